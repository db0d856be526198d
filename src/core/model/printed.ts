/**
 * Printed figures → report. A published table (or a sheet read back) shows a figure in every cell; the
 * report keeps the entered ones and, for derived cells, only those whose printed figure differs from what
 * the formula gives over the printed figures (the overrides). Used by the reader and the built-in example.
 */
import { getTemplate } from "../layouts/templates";
import type { Money } from "../money";
import { expandTemplate, tableCodes } from "../plan/expand";
import { indexInstances } from "./evaluate";
import { compileProgram, formulaValue } from "./program";
import { splitCellId, type CellKey, type Report, type TableData, type Tolerance } from "./report";

export interface PrintedTable {
  /** Code tables: row codes as printed (any level). */
  codes?: string[];
  /** Code tables: printed names that differ from the catalog. */
  names?: Record<string, string>;
  /** Every non-empty printed amount, by `${row}.${col}`. */
  values: Record<CellKey, Money>;
  /** Cells holding a formula whose result the file did not save (a writer that does not calculate). */
  unknown?: CellKey[];
}

export interface PrintedReport {
  readonly report: Report;
  /** Unknown cells that are entered cells (not derived by the template): their value cannot be known. */
  readonly unreadable: readonly { table: string; key: CellKey }[];
  /** How many unknown derived cells were computed from the template's formulas instead. */
  readonly recomputed: number;
}

export interface ReportHeader {
  templateId: string;
  department: string;
  year: number;
  units: string[];
  tolerance: Tolerance;
}

export function reportFromPrinted(header: ReportHeader, printed: Record<string, PrintedTable>): Report {
  return readPrinted(header, printed).report;
}

/**
 * As reportFromPrinted, also for cells whose printed figure is unknown: a derived one takes what the
 * template's formula gives over the other cells (so it is no override), an entered one is unreadable.
 */
export function readPrinted(header: ReportHeader, printed: Record<string, PrintedTable>): PrintedReport {
  const template = getTemplate(header.templateId);
  if (!template) throw new Error(`unknown template ${header.templateId}`);
  const shapes: Record<string, TableData> = {};
  for (const [id, t] of Object.entries(printed)) {
    shapes[id] = { amounts: {}, overrides: {}, ...(t.codes ? { codes: tableCodes({ amounts: {}, overrides: {}, codes: t.codes }) } : {}), ...(t.names && Object.keys(t.names).length > 0 ? { names: { ...t.names } } : {}) };
  }
  const program = compileProgram(indexInstances(expandTemplate(template, shapes)));
  // Every cell as printed; a derived cell is an override where its formula over these disagrees.
  const shown = Float64Array.from(program.ids, (id) => {
    const { table, key } = splitCellId(id);
    return printed[table]?.values[key] ?? 0;
  });
  const unknown = new Uint8Array(program.ids.length);
  const unreadable: { table: string; key: CellKey }[] = [];
  for (const [table, t] of Object.entries(printed)) {
    for (const key of t.unknown ?? []) {
      const s = program.byTable.get(table)?.get(key);
      if (s === undefined) continue;
      if (program.derived[s]) unknown[s] = 1;
      else unreadable.push({ table, key });
    }
  }
  // Unknown derived cells in evaluation order, so a total over unknown subtotals sees their values.
  let recomputed = 0;
  for (const s of program.order) {
    if (!unknown[s]) continue;
    shown[s] = formulaValue(program, shown, s);
    recomputed++;
  }
  program.ids.forEach((id, s) => {
    const { table, key } = splitCellId(id);
    const data = shapes[table];
    const p = shown[s] as Money;
    if (!data) return;
    if (program.derived[s]) {
      if (formulaValue(program, shown, s) !== p) data.overrides[key] = p;
    } else if (p !== 0) data.amounts[key] = p;
  });
  return { report: { ...header, units: [...header.units], tables: shapes }, unreadable, recomputed };
}
