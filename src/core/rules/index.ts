/**
 * checkReport: the whole 审核 of a report — balance rules over its printed figures and the code rules —
 * as findings naming sheet, address and cell id of every cell involved.
 *
 * Everything that depends only on the report's shape (template, tables present, the codes of the code
 * tables) is compiled once and cached, so re-checking after an edit is one pass over typed arrays.
 */
import { getTemplate } from "../layouts/templates";
import type { Template } from "../layouts/types";
import { indexInstances, type CellIndex } from "../model/evaluate";
import type { CellRef, Finding } from "../model/finding";
import { compileProgram, runProgram, type CellProgram } from "../model/program";
import type { CellId, Report } from "../model/report";
import { a1 } from "../plan/a1";
import { codeRowPlace, placeCells } from "../plan/build";
import { expandTemplate } from "../plan/expand";
import type { Place } from "../plan/formula";
import type { TableInstance } from "../plan/instance";
import { inputCheckFindings } from "../narrative/inputChecks";
import { INPUT_SHEET } from "../narrative/inputSheet";
import { buildChecks } from "./checks";
import { codeFindings } from "./codes";
import { cellLabels } from "./labels";
import { compileChecks, resultFindings, runChecks, type CheckResult, type CompiledChecks } from "./run";
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

interface Compiled {
  readonly template: Template;
  readonly instances: readonly TableInstance[];
  readonly index: CellIndex;
  readonly program: CellProgram;
  readonly checks: CompiledChecks;
  readonly places: ReadonlyMap<CellId, Place>;
  /** Code rows' code cells by `${table}.${code}`. */
  readonly rowPlaces: ReadonlyMap<string, Place>;
}

const cache = new Map<string, Compiled>();
const CACHE_SIZE = 4;

export function shapeKey(report: Report, present: ReadonlySet<string>): string {
  const codes = Object.entries(report.tables).map(([t, d]) => `${t}:${(d.codes ?? []).join(",")}`);
  return `${report.templateId}|${[...present].sort().join(",")}|${codes.join(";")}`;
}

function compile(report: Report, template: Template, present: ReadonlySet<string>): Compiled {
  const key = shapeKey(report, present);
  const hit = cache.get(key);
  if (hit) return hit;
  const instances = expandTemplate(template, report.tables);
  const index = indexInstances(instances);
  const program = compileProgram(index);
  const checks = buildChecks(template.rules, { instances, present, labels: cellLabels(instances) });
  const rowPlaces = new Map<string, Place>();
  for (const inst of instances) {
    if (inst.layout.kind !== "codes") continue;
    // Rows are consecutive below the header: place the 合计 row once and count from it.
    const top = codeRowPlace(inst, "total");
    const totalIndex = inst.rows.findIndex((x) => x.keys[0] === "total");
    inst.rows.forEach((row, r) => {
      const code = row.keys[0];
      if (top && code && code !== "total") rowPlaces.set(`${inst.layout.id}.${code}`, { ...top, row: top.row - totalIndex + r });
    });
  }
  const compiled = { template, instances, index, program, checks: compileChecks(checks, program), places: placeCells(instances).places, rowPlaces };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, compiled);
  return compiled;
}

export function checkReport(report: Report, options: CheckOptions = {}): CheckOutput {
  const template = getTemplate(report.templateId);
  if (!template) throw new Error(`unknown template ${report.templateId}`);
  const c = compile(report, template, options.present ?? new Set(Object.keys(report.tables)));
  const values = runProgram(c.program, report.tables);
  const results = runChecks(c.checks, values, report.tolerance);
  const locate = (id: CellId): CellRef => {
    const known = options.locations?.get(id);
    if (known) return known;
    const p = c.places.get(id);
    return p ? { sheet: p.sheet, address: a1(p.row, p.col), id } : { sheet: "", address: "", id };
  };
  const locateRow = (table: string, code: string): CellRef => {
    const known = options.rowLocations?.get(`${table}.${code}`);
    if (known) return known;
    const p = c.rowPlaces.get(`${table}.${code}`);
    return p ? { sheet: p.sheet, address: a1(p.row, p.col) } : { sheet: table, address: "" };
  };
  const failing = results.filter((r) => r.status !== "pass");
  const value = (id: CellId) => {
    const slot = c.program.slot.get(id);
    return slot === undefined ? 0 : (values[slot] as number);
  };
  // 说明数据 cells are known only where a workbook was read; otherwise the finding names the sheet.
  const locateSource = (source: string): CellRef =>
    source.startsWith("input:") ? (options.locations?.get(source) ?? { sheet: INPUT_SHEET, address: "", id: source }) : locate(source);
  const findings = [
    ...resultFindings(failing, c.index, locate, report.tolerance),
    ...codeFindings(report, template, locateRow),
    ...inputCheckFindings(report, value, locateSource),
  ];
  return { checks: c.checks.checks, results, findings };
}
