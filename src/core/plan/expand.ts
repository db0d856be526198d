/** Layout + report → TableInstance: the one place where a layout's rows, ids and formulas are decided. */
import { codeLevel, compareCodes, functionalSubject, parentCode } from "../catalog/functional";
import { economicItems, economicSubject } from "../catalog/economic";
import type { CodeTable, EconTable, FixedRow, FixedSide, FixedTable, TableLayout, Template } from "../layouts/types";
import { cellId, type TableData } from "../model/report";
import { codeSum, sumOf, type Expr } from "./expr";
import type { ColumnSpec, InstCell, InstRow, RowKind, TableInstance } from "./instance";
import { chineseNumeral } from "./numerals";

const EMPTY: InstCell = { t: "empty" };

export function expandTable(layout: TableLayout, template: Template, data: TableData | undefined): TableInstance {
  switch (layout.kind) {
    case "fixed":
      return expandFixed(layout, template);
    case "codes":
      return expandCodes(layout, data);
    case "econ":
      return expandEcon(layout);
  }
}

// ---- fixed tables (01, 04, 07) ------------------------------------------------------------------

interface SideRow {
  key: string | null;
  label: string;
  sum?: FixedRow["sum"];
  classCode?: string;
}

function sideBody(side: FixedSide, template: Template): SideRow[] {
  if (Array.isArray(side.body)) return (side.body as FixedRow[]).map((r) => ({ key: r.key ?? null, label: r.label, sum: r.sum }));
  return template.expenditureClasses.map((code, i) => ({
    key: code,
    label: `${chineseNumeral(i + 1)}、${functionalSubject(code)?.name ?? code}`,
    classCode: code,
  }));
}

function pad(rows: SideRow[], n: number): SideRow[] {
  return [...rows, ...Array.from({ length: n - rows.length }, () => ({ key: null, label: "" }))];
}

function expandFixed(layout: FixedTable, template: Template): TableInstance {
  const bodies = layout.sides.map((s) => sideBody(s, template));
  const bodyLen = Math.max(...bodies.map((b) => b.length));
  const footLen = Math.max(...layout.sides.map((s) => s.foot.length));
  const sideRows = layout.sides.map((s, i) =>
    pad(bodies[i] ?? [], bodyLen).concat(
      pad(
        s.foot.map((r) => ({ key: r.key ?? null, label: r.label, sum: r.sum })),
        footLen,
      ),
    ),
  );
  const columns: ColumnSpec[] = layout.sides.flatMap((s, side) => [
    { side, key: "label" },
    ...(s.rowNumbers ? [{ side, key: "rowNo" }] : []),
    ...s.columns.map((key) => ({ side, key })),
  ]);
  const total = bodyLen + footLen;
  const rows: InstRow[] = [];
  for (let r = 0; r < total; r++) {
    const cells: InstCell[] = [];
    layout.sides.forEach((side, s) => {
      const row = sideRows[s]?.[r] ?? { key: null, label: "" };
      cells.push(row.label ? { t: "text", text: row.label, role: "label" } : EMPTY);
      if (side.rowNumbers) cells.push({ t: "rowNo", n: s * total + r + 1 });
      for (const col of side.columns) {
        cells.push(row.key === null ? EMPTY : fixedAmount(layout.id, side, sideRows[s] ?? [], bodyLen, row, col));
      }
    });
    const keys = layout.sides.map((_, s) => sideRows[s]?.[r]?.key ?? null);
    const anySum = layout.sides.some((_, s) => sideRows[s]?.[r]?.sum !== undefined);
    rows.push({ keys, cells, merges: [], kind: keys.every((k) => k === null) ? "blank" : anySum ? "total" : "item" });
  }
  return { layout, columns, rows };
}

function fixedAmount(table: string, side: FixedSide, rows: SideRow[], bodyLen: number, row: SideRow, col: string): InstCell {
  const key = row.key as string;
  const id = cellId(table, key, col);
  const parts = side.columnSums?.[col];
  let expr: Expr | undefined;
  if (parts) expr = sumOf(parts.map((c) => cellId(table, key, c)));
  else if (row.sum === "body") {
    expr = sumOf(rows.slice(0, bodyLen).flatMap((b) => (b.key ? [cellId(table, b.key, col)] : [])));
  } else if (row.sum) expr = sumOf(row.sum.map((k) => cellId(table, k, col)));
  else if (row.classCode && !Array.isArray(side.body)) {
    const link = (side.body as { links: Record<string, { table: string; col: string }> }).links[col];
    if (link) expr = codeSum(link.table, link.col, row.classCode, row.classCode.length);
  }
  return expr ? { t: "amount", id, expr } : { t: "amount", id };
}

// ---- code tables (02, 03, 05, 08, 09) ----------------------------------------------------------

/** The codes of a code table with every ancestor added, in depth-first order. */
export function tableCodes(data: TableData | undefined): string[] {
  const set = new Set<string>();
  for (const code of data?.codes ?? []) {
    for (let c: string | undefined = code; c; c = parentCode(c)) {
      if (codeLevel(c) === undefined) {
        set.add(code); // malformed codes are kept as they are, for the rules to report
        break;
      }
      set.add(c);
    }
  }
  return [...set].sort(compareCodes);
}

function expandCodes(layout: CodeTable, data: TableData | undefined): TableInstance {
  const columns: ColumnSpec[] = [
    { side: 0, key: "code" },
    { side: 0, key: "name" },
    ...layout.columns.map((key) => ({ side: 0, key })),
  ];
  const codes = tableCodes(data);
  const blank = data === undefined;
  const amounts = (rowKey: string, derive: (col: string) => Expr | undefined): InstCell[] =>
    layout.columns.map((col) => {
      const parts = layout.columnSums?.[col];
      const expr = parts ? sumOf(parts.map((c) => cellId(layout.id, rowKey, c))) : derive(col);
      const id = cellId(layout.id, rowKey, col);
      return expr ? { t: "amount", id, expr } : { t: "amount", id };
    });
  const totalRow: InstRow = {
    keys: ["total"],
    cells: [{ t: "text", text: "合计", role: "center" }, EMPTY, ...amounts("total", (col) => codeSum(layout.id, col, "", 3))],
    merges: [[0, 1]],
    kind: "total",
  };
  const parents = new Set(codes.map((c) => c.slice(0, -2)));
  const codeRows: InstRow[] = codes.map((code) => {
    const hasChildren = parents.has(code);
    const name = data?.names?.[code] ?? functionalSubject(code)?.name ?? "";
    const kind: RowKind = code.length === 7 ? "item" : "class";
    return {
      keys: [code],
      cells: [
        { t: "text", text: code, role: "code" },
        { t: "text", text: name, role: "name" },
        ...amounts(code, (col) => (hasChildren ? codeSum(layout.id, col, code, code.length + 2, true) : undefined)),
      ],
      merges: [],
      kind,
    };
  });
  // A blank template offers empty input rows; their ids are placeholders ("~1") that no report uses.
  const blankRows: InstRow[] = blank
    ? Array.from({ length: layout.blankRows }, (_, i) => ({
        keys: [null],
        cells: [{ t: "text", text: "", role: "code" }, { t: "text", text: "", role: "name" }, ...amounts(`~${i + 1}`, () => undefined)],
        merges: [],
        kind: "item",
      }))
    : [];
  const data_ = [...codeRows, ...blankRows];
  const rows = layout.totalPosition === "top" ? [totalRow, ...data_] : [...data_, totalRow];
  const first = layout.totalPosition === "top" ? 1 : 0;
  const last = Math.max(first, first + data_.length - 1);
  return { layout, columns, rows, dataRows: [first, last] };
}

// ---- 06 --------------------------------------------------------------------------------------------

function groupEntries(layout: EconTable, g: number): { code: string; name: string; isClass: boolean }[] {
  const group = layout.groups[g];
  if (!group) return [];
  return group.classes.flatMap((cls) => [
    { code: cls, name: economicSubject(cls)?.name ?? cls, isClass: true },
    ...economicItems(cls)
      .filter((s) => !group.omit?.includes(s.code))
      .map((s) => ({ ...s, isClass: false })),
  ]);
}

function expandEcon(layout: EconTable): TableInstance {
  const entries = layout.groups.map((_, g) => groupEntries(layout, g));
  const n = Math.max(...entries.map((e) => e.length));
  const columns: ColumnSpec[] = layout.groups.flatMap((_, side) => [
    { side, key: "code" },
    { side, key: "name" },
    { side, key: "amt" },
  ]);
  const rows: InstRow[] = [];
  for (let r = 0; r < n; r++) {
    const cells: InstCell[] = [];
    const keys: (string | null)[] = [];
    entries.forEach((list) => {
      const e = list[r];
      keys.push(e?.code ?? null);
      if (!e) {
        cells.push(EMPTY, EMPTY, EMPTY);
        return;
      }
      const items = e.isClass ? list.filter((x) => !x.isClass && x.code.startsWith(e.code)).map((x) => cellId(layout.id, x.code, "amt")) : [];
      const id = cellId(layout.id, e.code, "amt");
      cells.push(
        { t: "text", text: e.code, role: "code" },
        { t: "text", text: e.name, role: "name" },
        e.isClass ? { t: "amount", id, expr: sumOf(items) } : { t: "amount", id },
      );
    });
    rows.push({ keys, cells, merges: [], kind: "item" });
  }
  // Total row: each total's label runs from its label group's code column to the column before its value.
  const cells: InstCell[] = columns.map(() => EMPTY);
  const keys: (string | null)[] = layout.groups.map(() => null);
  const merges: [number, number][] = [];
  for (const t of layout.totals) {
    const start = t.labelGroup * 3;
    const valueCol = t.valueGroup * 3 + 2;
    cells[start] = { t: "text", text: t.label, role: "label" };
    cells[valueCol] = { t: "amount", id: cellId(layout.id, t.key, "amt"), expr: sumOf(t.classes.map((c) => cellId(layout.id, c, "amt"))) };
    keys[t.valueGroup] = t.key;
    if (valueCol - 1 > start) merges.push([start, valueCol - 1]);
  }
  rows.push({ keys, cells, merges, kind: "total" });
  return { layout, columns, rows };
}

export function expandTemplate(template: Template, tables: Record<string, TableData> | undefined): TableInstance[] {
  return template.tables.map((l) => expandTable(l, template, tables ? (tables[l.id] ?? { amounts: {}, overrides: {} }) : undefined));
}
