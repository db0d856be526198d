/**
 * Reading one table sheet into printed figures, either by the hidden keys the plan wrote (generated
 * workbooks, after any row insertions) or by labels (a table pasted from elsewhere).
 */
import { functionalSubject } from "../catalog/functional";
import { economicItems, economicSubject } from "../catalog/economic";
import type { EconTable, FixedTable, TableLayout, Template } from "../layouts/types";
import type { Money } from "../money";
import type { CellRef, Finding } from "../model/finding";
import type { PrintedTable } from "../model/printed";
import { a1 } from "../plan/a1";
import { expandTable } from "../plan/expand";
import { readAmount } from "./amount";
import { cellAt, compactText, type GridSheet } from "./grid";

export interface TableRead {
  printed: PrintedTable;
  findings: Finding[];
  /** Where each amount cell id was read. */
  locations: Map<string, CellRef>;
  /** Where each code row was read (its code cell), by `${table}.${code}`. */
  rowLocations: Map<string, CellRef>;
}

class Collector {
  readonly values: Record<string, Money> = {};
  readonly findings: Finding[] = [];
  readonly locations = new Map<string, CellRef>();
  readonly rowLocations = new Map<string, CellRef>();
  /** Formula cells whose result the file did not save. */
  readonly unknown: string[] = [];
  constructor(
    readonly sheet: GridSheet,
    readonly tableId: string,
    readonly tableNumber: string,
  ) {}
  ref(row: number, col: number, key?: string): CellRef {
    return { sheet: this.sheet.name, address: a1(row, col), ...(key ? { id: `${this.tableId}.${key}` } : {}) };
  }
  amount(row: number, col: number, key: string): void {
    const ref = this.ref(row, col, key);
    if (!this.locations.has(`${this.tableId}.${key}`)) this.locations.set(`${this.tableId}.${key}`, ref);
    const v = cellAt(this.sheet, row, col);
    if (v === null && this.sheet.formulas?.[row - 1]?.[col - 1]) {
      this.unknown.push(key);
      return;
    }
    const r = readAmount(v, ref);
    if (r.finding) this.findings.push(r.finding);
    if (r.value !== 0 && this.values[key] === undefined) this.values[key] = r.value;
  }
  note(code: string, severity: Finding["severity"], row: number, col: number, params: Record<string, string | number>, ruleId?: string): void {
    this.findings.push({ code, severity, cells: [this.ref(row, col)], params, ...(ruleId ? { ruleId } : {}) });
  }
  result(printed: PrintedTable): TableRead {
    const withUnknown = this.unknown.length > 0 ? { ...printed, unknown: this.unknown } : printed;
    return { printed: withUnknown, findings: this.findings, locations: this.locations, rowLocations: this.rowLocations };
  }
}

function textOf(sheet: GridSheet, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  if (typeof v === "number") return String(v);
  return typeof v === "string" ? v.trim() : "";
}

function isNoteRow(sheet: GridSheet, row: number): boolean {
  return /^(注|本表|如本表|其中：预算数)/.test(compactText(cellAt(sheet, row, 1)));
}

/** Rows of a code table between `first` and the notes: 合计 and code rows, with names. */
function readCodeRows(c: Collector, first: number, codeCol: number, cols: Map<number, string>): PrintedTable {
  const codes: string[] = [];
  const names: Record<string, string> = {};
  const seen = new Set<string>();
  for (let row = first; row <= c.sheet.rows.length && !isNoteRow(c.sheet, row); row++) {
    const code = textOf(c.sheet, row, codeCol).replace(/\s+/g, "");
    if (code === "") {
      const filled = [...cols.keys()].some((col) => {
        const v = cellAt(c.sheet, row, col);
        return v !== null && v !== 0 && textOf(c.sheet, row, col) !== "";
      });
      if (filled) c.note("read.amount-without-code", "error", row, codeCol, {});
      continue;
    }
    const key = code === "合计" ? "total" : code;
    if (seen.has(key)) {
      c.note("read.duplicate-code", "error", row, codeCol, { code }, `C${c.tableId.slice(1)}-3`);
      continue;
    }
    seen.add(key);
    if (key !== "total") {
      const ruleId = `C${c.tableId.slice(1)}-3`;
      const previous = codes[codes.length - 1];
      if (previous !== undefined && /^\d+$/.test(previous) && /^\d+$/.test(code) && code < previous) c.note("code.order", "error", row, codeCol, { table: c.tableNumber, code, previous }, ruleId);
      const parent = code.length > 3 ? code.slice(0, -2) : undefined;
      if (parent && /^\d+$/.test(code) && !seen.has(parent)) c.note("code.parent-missing", "error", row, codeCol, { table: c.tableNumber, code, parent }, ruleId);
      c.rowLocations.set(`${c.tableId}.${code}`, c.ref(row, codeCol));
      codes.push(code);
      const name = textOf(c.sheet, row, codeCol + 1);
      if (name !== (functionalSubject(code)?.name ?? "")) names[code] = name;
    }
    for (const [col, colKey] of cols) c.amount(row, col, `${key}.${colKey}`);
  }
  return { codes, names, values: c.values };
}

function findRow(sheet: GridSheet, from: number, test: (row: number) => boolean): number | undefined {
  for (let row = from; row <= Math.min(sheet.rows.length, from + 40); row++) if (test(row)) return row;
  return undefined;
}

/** By the hidden key row (row `keyRow`) and key column (`keyCol`) the plan wrote. */
export function readKeyed(sheet: GridSheet, layout: TableLayout, keyRow: number, keyCol: number): TableRead {
  const c = new Collector(sheet, layout.id, layout.number);
  const specs = new Map<number, { side: number; key: string }>();
  for (let col = 1; col < keyCol; col++) {
    const [side, key] = textOf(sheet, keyRow, col).split(":");
    if (key) specs.set(col, { side: Number(side), key });
  }
  const amountCols = new Map([...specs].filter(([, s]) => !["label", "rowNo", "code", "name"].includes(s.key)));
  if (layout.kind === "codes") {
    const codeCol = [...specs].find(([, s]) => s.key === "code")?.[0] ?? 1;
    const lanci = findRow(sheet, keyRow + 1, (row) => compactText(cellAt(sheet, row, codeCol)) === "栏次") ?? keyRow + 3 + layout.header.length;
    const cols = new Map([...amountCols].map(([col, s]) => [col, s.key]));
    return c.result(readCodeRows(c, lanci + 1, codeCol, cols));
  }
  for (let row = keyRow + 1; row <= sheet.rows.length; row++) {
    const keys = textOf(sheet, row, keyCol);
    if (!keys) continue;
    const parts = keys.split("|");
    for (const [col, s] of amountCols) {
      const rowKey = parts[s.side];
      if (rowKey) c.amount(row, col, `${rowKey}.${s.key}`);
    }
  }
  return c.result({ values: c.values });
}

/** A pasted table without keys: columns by 栏次 / header labels, rows by codes or labels. */
export function readByLabels(sheet: GridSheet, layout: TableLayout, template: Template, titleRow: number): TableRead | undefined {
  const c = new Collector(sheet, layout.id, layout.number);
  if (layout.kind === "econ") return readEconByLabels(c, layout, titleRow);
  if (layout.kind === "codes") {
    const lanci = findRow(sheet, titleRow, (row) => sheet.rows[row - 1]?.some((v) => compactText(v) === "栏次") ?? false);
    if (lanci === undefined) return undefined;
    const codeCol = (sheet.rows[lanci - 1] ?? []).findIndex((v) => compactText(v) === "栏次") + 1;
    const cols = new Map<number, string>();
    (sheet.rows[lanci - 1] ?? []).forEach((v, i) => {
      const n = compactText(v);
      if (/^\d+$/.test(n)) cols.set(i + 1, `c${n}`);
    });
    return c.result(readCodeRows(c, lanci + 1, codeCol, cols));
  }
  // The last header line starts with 栏次 (01, 04) or with the label column's heading (07: 项目).
  const lastHeader = compactText(layout.header[layout.header.length - 1]?.[0] ?? "");
  const headerRow = findRow(sheet, titleRow, (row) => compactText(cellAt(sheet, row, 1)) === lastHeader);
  return headerRow === undefined ? undefined : readFixedByLabels(c, layout, template, headerRow);
}

function readFixedByLabels(c: Collector, layout: FixedTable, template: Template, headerRow: number): TableRead | undefined {
  const inst = expandTable(layout, template, { amounts: {}, overrides: {} });
  // label text → row key, per side
  const labels = layout.sides.map((_, side) => {
    const m = new Map<string, string>();
    const labelCol = inst.columns.findIndex((s) => s.side === side && s.key === "label");
    for (const row of inst.rows) {
      const cell = row.cells[labelCol];
      const key = row.keys[side];
      if (cell?.t === "text" && key) m.set(compactText(cell.text), key);
    }
    return m;
  });
  const header = c.sheet.rows[headerRow - 1] ?? [];
  const hasLanci = header.some((v) => compactText(v) === "栏次");
  // Side starts: the 栏次 cells (01/04) or, for a one-side table, column 1; amount columns by 栏次 number
  // or, without 栏次 (07), in layout order after the label column.
  const starts = hasLanci ? header.flatMap((v, i) => (compactText(v) === "栏次" ? [i + 1] : [])) : [1];
  const sides = starts.map((start, side) => {
    const end = starts[side + 1] ?? header.length + 1;
    const cols = new Map<number, string>();
    const spec = layout.sides[side];
    if (!spec) return { start, cols };
    if (hasLanci) {
      for (let col = start + 1; col < end; col++) {
        const n = compactText(header[col - 1] ?? null);
        if (/^\d+$/.test(n)) cols.set(col, `c${n}`);
      }
    } else spec.columns.forEach((k, i) => cols.set(start + 1 + i, k));
    return { start, cols };
  });
  if (sides.length !== layout.sides.length) return undefined;
  for (let row = headerRow + 1; row <= c.sheet.rows.length && !isNoteRow(c.sheet, row); row++) {
    sides.forEach(({ start, cols }, side) => {
      const label = compactText(cellAt(c.sheet, row, start));
      if (!label) return;
      const key = labels[side]?.get(label);
      if (!key) {
        c.note("read.unknown-row", "warning", row, start, { text: label });
        return;
      }
      for (const [col, colKey] of cols) c.amount(row, col, `${key}.${colKey}`);
    });
  }
  return c.result({ values: c.values });
}

/** 06 pasted: three (科目编码, 科目名称, 决算数) groups; 4-digit codes (a PDF extraction artefact) are
 * restored by name within their class. */
function readEconByLabels(c: Collector, layout: EconTable, titleRow: number): TableRead | undefined {
  const header = findRow(c.sheet, titleRow, (row) => compactText(cellAt(c.sheet, row, 1)) === "科目编码");
  if (header === undefined) return undefined;
  const totals = new Map(layout.totals.map((t) => [t.label, t.key]));
  for (let row = header + 1; row <= c.sheet.rows.length && !isNoteRow(c.sheet, row); row++) {
    for (let g = 0; g < layout.groups.length; g++) {
      const col = g * 3 + 1;
      const first = compactText(cellAt(c.sheet, row, col));
      const totalKey = totals.get(first);
      if (totalKey) {
        const valueCol = findValueCol(c.sheet, row, col + 1);
        if (valueCol) c.amount(row, valueCol, `${totalKey}.amt`);
        continue;
      }
      const code = restoreEconCode(first, compactText(cellAt(c.sheet, row, col + 1)));
      if (code) c.amount(row, col + 2, `${code}.amt`);
    }
  }
  return c.result({ values: c.values });
}

function findValueCol(sheet: GridSheet, row: number, from: number): number | undefined {
  for (let col = from; col <= (sheet.rows[row - 1]?.length ?? 0); col++) {
    const v = cellAt(sheet, row, col);
    if (v !== null && compactText(v) !== "") return col;
  }
  return undefined;
}

function restoreEconCode(code: string, name: string): string | undefined {
  if (!/^\d{3,5}$/.test(code)) return undefined;
  if (code.length === 3 || (code.length === 5 && economicSubject(code))) return code;
  const items = economicItems(code.slice(0, 3));
  return items.find((s) => s.code.startsWith(code) && (s.name === name || s.name.startsWith(name)))?.code;
}
