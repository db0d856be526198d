/**
 * The same checks as built-in formulas in HyperFormula (bench only): a sheet of printed values and a sheet
 * with, per check, left side, right side, difference and the status formula of the 校验 sheet.
 */
import { HyperFormula } from "hyperformula";
import { getTemplate } from "../src/core/layouts/templates";
import { indexInstances } from "../src/core/model/evaluate";
import { compileProgram, runProgram } from "../src/core/model/program";
import type { Report } from "../src/core/model/report";
import { expandTemplate } from "../src/core/plan/expand";
import { buildChecks } from "../src/core/rules/checks";
import { cellLabels } from "../src/core/rules/labels";
import { statusFormula } from "../src/core/plan/checkSheet";
import { termCells } from "../src/core/rules/run";
import type { Check } from "../src/core/rules/types";

/** SUM over value rows, chunked below the 255-argument limit. */
function sum(rows: number[]): string {
  if (rows.length === 0) return "0";
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += 200) chunks.push(`SUM(${rows.slice(i, i + 200).map((r) => `V!A${r + 1}`).join(",")})`);
  return chunks.join("+");
}


export interface HfCase {
  values: number[][];
  formulas: string[][];
}

export function hyperFormulaCase(report: Report): HfCase {
  const template = getTemplate(report.templateId)!;
  const instances = expandTemplate(template, report.tables);
  const index = indexInstances(instances);
  const program = compileProgram(index);
  const values = runProgram(program, report.tables);
  const checks = buildChecks(template.rules, { instances, present: new Set(Object.keys(report.tables)), labels: cellLabels(instances) });
  const rows = (terms: Check["left"]) => terms.flatMap((t) => termCells(t, index)).map((id) => program.slot.get(id) as number);
  const formulas = checks.map((c, i) => {
    const r = i + 1;
    const right = rows(c.right);
    const { perFigure, sameFigure } = report.tolerance;
    const status = statusFormula(c, { diff: `C${r}`, n: String(right.length), perFigure: String(perFigure), sameFigure: String(sameFigure) });
    return [`=${sum(rows(c.left))}-(${sum(rows(c.minus))})`, `=${sum(right)}`, `=ROUND(A${r}-B${r},2)`, `=${status}`];
  });
  return { values: Array.from(values, (v) => [v / 100]), formulas };
}

export function runHyperFormula(c: HfCase): string[] {
  const hf = HyperFormula.buildFromSheets({ V: c.values, C: c.formulas }, { licenseKey: "gpl-v3" });
  const out = hf.getSheetValues(hf.getSheetId("C") as number).map((r) => String(r[3]));
  hf.destroy();
  return out;
}

/** A built HyperFormula engine whose value sheet can be replaced, for the re-check measurement. */
export function hyperFormulaEngine(c: HfCase): { recheck(values: number[][]): string[]; destroy(): void } {
  const hf = HyperFormula.buildFromSheets({ V: c.values, C: c.formulas }, { licenseKey: "gpl-v3" });
  const v = hf.getSheetId("V") as number;
  const sheet = hf.getSheetId("C") as number;
  return {
    recheck(values) {
      hf.setSheetContent(v, values);
      return hf.getSheetValues(sheet).map((r) => String(r[3]));
    },
    destroy: () => hf.destroy(),
  };
}
