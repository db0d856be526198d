/**
 * checkReport: the whole 审核 of a report — balance rules over its printed figures and the code rules —
 * as findings naming sheet, address and cell id of every cell involved.
 */
import { getTemplate } from "../layouts/templates";
import { evaluate, indexInstances } from "../model/evaluate";
import type { CellRef, Finding } from "../model/finding";
import type { CellId, Report } from "../model/report";
import { a1 } from "../plan/a1";
import { codeRowPlace, placeCells } from "../plan/build";
import { expandTemplate } from "../plan/expand";
import { buildChecks } from "./checks";
import { codeFindings } from "./codes";
import { cellLabels } from "./labels";
import { resultFindings, runChecks, type CheckResult } from "./run";
import type { Check } from "./types";

export interface CheckOptions {
  /** Tables present (default: the report's tables). Checks involving other tables are skipped. */
  readonly present?: ReadonlySet<string>;
  /** Where cells really are (a read workbook); defaults to the generated layout's addresses. */
  readonly locations?: ReadonlyMap<CellId, CellRef>;
  /** Where code rows really are, by `${table}.${code}`. */
  readonly rowLocations?: ReadonlyMap<string, CellRef>;
}

export interface CheckOutput {
  readonly checks: readonly Check[];
  readonly results: readonly CheckResult[];
  readonly findings: readonly Finding[];
}

export function checkReport(report: Report, options: CheckOptions = {}): CheckOutput {
  const template = getTemplate(report.templateId);
  if (!template) throw new Error(`unknown template ${report.templateId}`);
  const instances = expandTemplate(template, report.tables);
  const index = indexInstances(instances);
  const values = evaluate(index, report.tables);
  const present = options.present ?? new Set(Object.keys(report.tables));
  const checks = buildChecks(template.rules, { instances, present, labels: cellLabels(instances) });
  const results = runChecks(checks, values, index, report.tolerance);
  const { places } = placeCells(instances);
  const locate = (id: CellId): CellRef => {
    const known = options.locations?.get(id);
    if (known) return known;
    const p = places.get(id);
    return p ? { sheet: p.sheet, address: a1(p.row, p.col), id } : { sheet: "", address: "", id };
  };
  const byTable = new Map(instances.map((i) => [i.layout.id, i]));
  const locateRow = (table: string, code: string): CellRef => {
    const known = options.rowLocations?.get(`${table}.${code}`);
    if (known) return known;
    const inst = byTable.get(table);
    const p = inst ? codeRowPlace(inst, code) : undefined;
    return p ? { sheet: p.sheet, address: a1(p.row, p.col) } : { sheet: inst?.layout.number ?? table, address: "" };
  };
  const findings = [...resultFindings(results, index, locate, report.tolerance), ...codeFindings(report, template, locateRow)];
  return { checks, results, findings };
}
