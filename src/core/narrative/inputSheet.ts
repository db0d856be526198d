/**
 * The 说明数据 sheet: one labelled input cell per field, a row per 05/08/09 项 (年初预算, 用途, 原因) and a
 * row per 绩效 project. Column A (hidden) holds each row's key so the reader finds the inputs again after
 * rows are inserted or the sheet is renamed; the defined name JSGK_INPUTS locates the sheet.
 */
import { moneyToNumber } from "../money";
import { absA1, quoteSheet } from "../plan/a1";
import type { Place } from "../plan/formula";
import { textWidth, type PlanCell, type SheetPlan, type StyleKey } from "../plan/sheet";
import { INPUT_GROUPS, ITEM_FIELDS, itemKey, PROJECT_FIELDS, projectKey, type InputField, type InputKind, type Inputs, type ItemRow } from "./inputs";

export const INPUT_SHEET = "说明数据";
export const INPUT_NAME = "JSGK_INPUTS";
const TABLE_NUMBER: Readonly<Record<string, string>> = { T05: "公开05表", T08: "公开08表", T09: "公开09表" };

export type InputRow =
  | { readonly t: "title" | "note" | "section"; readonly text: string }
  | { readonly t: "header"; readonly labels: readonly string[] }
  | { readonly t: "field"; readonly field: InputField }
  | { readonly t: "item"; readonly item: ItemRow }
  | { readonly t: "project"; readonly n: number };

/** Rows of the sheet, from row 1. */
export function inputRows(items: readonly ItemRow[], projectRows: number): InputRow[] {
  const rows: InputRow[] = [
    { t: "title", text: "说明数据（情况说明所需的表外数据）" },
    { t: "note", text: "请在带边框的单元格中填写：金额单位为万元；原因、用途等文字不必以句号结尾。情况说明工作表中的文字随这些单元格和公开01–09表自动更新。" },
  ];
  for (const g of INPUT_GROUPS) {
    rows.push({ t: "section", text: g.title });
    for (const field of g.fields) rows.push({ t: "field", field });
  }
  rows.push({ t: "section", text: "十、财政拨款支出项级科目（按公开05、08、09表的项级科目逐行填写）" });
  rows.push({ t: "header", labels: ["科目", ...ITEM_FIELDS.map((f) => f.label)] });
  for (const item of items) rows.push({ t: "item", item });
  rows.push({ t: "section", text: "十一、项目绩效自评（每个项目一行，未用的行留空）" });
  rows.push({ t: "header", labels: PROJECT_FIELDS.map((f) => f.label) });
  for (let n = 1; n <= projectRows; n++) rows.push({ t: "project", n });
  return rows;
}

/** Row key written in the hidden column A. */
export function inputRowKey(row: InputRow): string | undefined {
  if (row.t === "field") return row.field.key;
  if (row.t === "item") return `item.${row.item.table}.${row.item.code}`;
  if (row.t === "project") return `project.${row.n}`;
  return undefined;
}

/** The cells a row's fields occupy: [key, column] (1-based). */
export function rowFields(rowKey: string): { key: string; field: InputField; col: number }[] {
  const item = /^item\.(T\d\d)\.(\d+)$/.exec(rowKey);
  if (item) return ITEM_FIELDS.map((f, i) => ({ key: itemKey(item[1] ?? "", item[2] ?? "", f.key), field: f, col: 3 + i }));
  const project = /^project\.(\d+)$/.exec(rowKey);
  if (project) return PROJECT_FIELDS.map((f, i) => ({ key: projectKey(Number(project[1]), f.key), field: f, col: 2 + i }));
  for (const g of INPUT_GROUPS) {
    const f = g.fields.find((x) => x.key === rowKey);
    if (f) return [{ key: f.key, field: f, col: 3 }];
  }
  return [];
}

/** Where each input key is in a generated sheet. */
export function inputPlaces(rows: readonly InputRow[]): Map<string, Place> {
  const places = new Map<string, Place>();
  rows.forEach((row, i) => {
    const k = inputRowKey(row);
    if (k) for (const f of rowFields(k)) places.set(f.key, { sheet: INPUT_SHEET, row: i + 1, col: f.col });
  });
  return places;
}

const STYLE: Readonly<Record<InputKind, StyleKey>> = { money: "amountZero", count: "count", score: "score", text: "inputText" };

/** Sheet value of an input: money and scores back to 万元 / 分, counts and texts as they are. */
export function inputCellValue(kind: InputKind, v: number | string | undefined): string | number | null {
  if (v === undefined || v === "") return null;
  if (kind === "text") return String(v);
  if (typeof v !== "number") return null;
  return kind === "count" ? v : moneyToNumber(v);
}

/** The cells of a 项 row (key, label, 年初预算, 用途, 原因), also appended to an existing sheet. */
export function itemRowCells(item: ItemRow, inputs: Inputs): PlanCell[] {
  const key = inputRowKey({ t: "item", item }) ?? "";
  const cells: PlanCell[] = [
    { v: key, s: "key" },
    { v: `${item.code} ${item.name}（${TABLE_NUMBER[item.table] ?? item.table}）`, s: "label" },
  ];
  for (const f of rowFields(key)) cells[f.col - 1] = { v: inputCellValue(f.field.kind, inputs[f.key]), s: STYLE[f.field.kind] };
  return cells;
}

/**
 * Column widths (characters), A hidden. Narrow enough that LibreOffice and Excel print the sheet landscape on
 * A4 at about 75 % (the former 200 characters printed at ≈ 56 %, in 5–6 pt text); the long texts wrap and their
 * rows grow instead. B labels / 项目名称, C amounts and scores, D–E 用途 and 原因 of a 项 (amounts of a project),
 * F–H a project's 完成情况, 问题, 措施.
 */
const WIDTHS = [14, 28, 12, 22, 22, 25, 23, 23];
/** Points per wrapped line of 10-pt text, and the padding of a row. */
const LINE_PT = 14;
const PAD_PT = 4;

/** The height a row needs for its wrapped cells (`merged` cells span to column H). */
function wrappedHeight(cells: readonly (PlanCell | undefined)[], merged: boolean): number {
  let lines = 1;
  cells.forEach((c, i) => {
    if (!c || c.s === "key" || c.v === null || c.v === "") return;
    const width = merged && i === 2 ? WIDTHS.slice(2).reduce((a, b) => a + b, 0) : (WIDTHS[i] ?? 10);
    lines = Math.max(lines, Math.ceil(textWidth(String(c.v)) / Math.max(1, width - 2)));
  });
  return Math.min(400, LINE_PT * lines + PAD_PT);
}

export function inputSheetPlan(rows: readonly InputRow[], inputs: Inputs): SheetPlan {
  const out: (PlanCell | undefined)[][] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = { 1: 28, 2: 30 };
  rows.forEach((row, i) => {
    const r = i + 1;
    const key = inputRowKey(row);
    const cells: (PlanCell | undefined)[] = [{ v: key ?? null, s: "key" }];
    switch (row.t) {
      case "title":
      case "note":
      case "section":
        cells[1] = { v: row.text, s: row.t === "title" ? "title" : row.t === "note" ? "note" : "section" };
        if (row.t !== "section") merges.push(`B${r}:H${r}`);
        break;
      case "header":
        row.labels.forEach((l, c) => (cells[1 + c] = { v: l, s: "header" }));
        rowHeights[r] = wrappedHeight(cells, false);
        break;
      case "field":
        cells[1] = { v: row.field.label, s: "label" };
        cells[2] = { v: inputCellValue(row.field.kind, inputs[row.field.key]), s: STYLE[row.field.kind] };
        if (row.field.kind === "text") merges.push(`C${r}:H${r}`);
        rowHeights[r] = wrappedHeight(cells, row.field.kind === "text");
        break;
      case "item":
        cells.splice(0, cells.length, ...itemRowCells(row.item, inputs));
        rowHeights[r] = wrappedHeight(cells, false);
        break;
      case "project":
        for (const f of rowFields(key ?? "")) cells[f.col - 1] = { v: inputCellValue(f.field.kind, inputs[f.key]), s: STYLE[f.field.kind] };
        rowHeights[r] = Math.max(32, wrappedHeight(cells, false));
        break;
    }
    out.push(cells);
  });
  return {
    name: INPUT_SHEET,
    rows: out,
    merges,
    widths: WIDTHS,
    rowHeights,
    hiddenRows: [],
    hiddenColumns: [1],
    print: { orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0 },
    names: [{ name: INPUT_NAME, ref: `${quoteSheet(INPUT_SHEET)}!${absA1(1, 1)}:${absA1(rows.length, 8)}` }],
    state: "visible",
  };
}

/** The field an input key names (fixed, per 项 or per project), if any. */
export function inputFieldOf(key: string): InputField | undefined {
  const m = /^(item\.T\d\d\.\d+|project\.\d+)\.\w+$/.exec(key);
  const fields = rowFields(m ? (m[1] ?? "") : key);
  return fields.find((f) => f.key === key)?.field;
}
