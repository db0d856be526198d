/**
 * Reading the report sheets (and the 说明数据 inputs) into grids in one round trip, through the defined
 * names the generated workbook carries (they follow renamed sheets and inserted rows). A workbook without
 * them (tables pasted from elsewhere) is scanned: two more round trips (extents, values), one more per 100,000 cells.
 */
import { INPUT_NAME } from "../core/narrative/inputSheet";
import { META_NAME, tableName } from "../core/plan/build";
import { parseA1, parseRangeRef } from "../core/plan/a1";
import type { GridSheet, GridValue, WorkbookGrid } from "../core/read/grid";

const TABLE_IDS = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09"];
const TABLE_NAMES = new Set(TABLE_IDS.map(tableName));

function toGridValue(v: unknown): GridValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(s) ? { error: s } : s;
}

/** A range's values placed at their sheet coordinates (rows/columns before the range are empty). */
function placed(address: string, values: unknown[][]): GridValue[][] {
  return placedAt(rangeStart(address), values, 0);
}

/** The sheet and top-left cell of an address as Excel returns it ("'公开01表'!C5:G41" → 公开01表, row 5, col 3). */
export function rangeStart(address: string): { sheet: string; row: number; col: number } {
  const parsed = parseRangeRef(address);
  return parsed ? { sheet: parsed.sheet, ...parsed.from } : { sheet: "", ...(parseA1(address.split(":")[0] ?? "A1") ?? { row: 1, col: 1 }) };
}

/** The sheet of an address as Excel returns it ("'公开01表'!A1:G41" → 公开01表). */
export function sheetOf(address: string): string {
  return rangeStart(address).sheet;
}

export interface ReadState {
  readonly grid: WorkbookGrid;
}

/** Queues everything 校验 and 情况说明 need to read; call ctx.sync() once, then `result()`. */
export function queueRead(ctx: Excel.RequestContext): () => ReadState | "scan" {
  const names = [...TABLE_NAMES, INPUT_NAME, META_NAME].map((n) => {
    const item = ctx.workbook.names.getItemOrNullObject(n);
    const range = item.getRangeOrNullObject();
    range.load("address,values");
    return { name: n, range };
  });
  return () => {
    const found = names.filter((n) => !n.range.isNullObject);
    if (!found.some((n) => TABLE_NAMES.has(n.name))) return "scan";
    const sheets: GridSheet[] = found.map((n) => ({ name: sheetOf(n.range.address), rows: placed(n.range.address, n.range.values) }));
    const grid: WorkbookGrid = { sheets, names: found.map((n) => ({ name: n.name, ref: n.range.address })) };
    return { grid };
  };
}

/** Cells per read request of the scan: at a few dozen bytes a cell, well under the 5 MB response limit. */
export const SCAN_BLOCK_CELLS = 100_000;

/**
 * The fallback for workbooks without our names: every sheet's used range. Its extent is read first, then its
 * values in blocks of rows (so a large pasted sheet never asks for a response over Excel on the web's 5 MB):
 * two round trips for an ordinary workbook (one when the caller already loaded the sheet names), one more
 * for each further SCAN_BLOCK_CELLS cells.
 */
export async function scanAll(ctx: Excel.RequestContext, known?: readonly string[]): Promise<WorkbookGrid> {
  let names = known;
  if (!names) {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await ctx.sync();
    names = sheets.items.map((ws) => ws.name);
  }
  const used = names.map((name) => {
    const r = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    r.load("address,rowCount,columnCount");
    return { name, r };
  });
  await ctx.sync();
  const rows = new Map<string, GridValue[][]>(names.map((n) => [n, []]));
  let pending: { name: string; start: { row: number; col: number }; r: Excel.Range }[] = [];
  let cells = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await ctx.sync();
    for (const p of pending) (rows.get(p.name) as GridValue[][]).push(...placedAt(p.start, p.r.values, (rows.get(p.name) as GridValue[][]).length));
    pending = [];
    cells = 0;
  };
  for (const { name, r } of used) {
    if (r.isNullObject) continue;
    const origin = rangeStart(r.address);
    const per = Math.max(1, Math.floor(SCAN_BLOCK_CELLS / Math.max(1, r.columnCount)));
    for (let top = 0; top < r.rowCount; top += per) {
      const size = Math.min(per, r.rowCount - top) * r.columnCount;
      if (cells > 0 && cells + size > SCAN_BLOCK_CELLS) await flush();
      const block = ctx.workbook.worksheets.getItem(name).getRangeByIndexes(origin.row - 1 + top, origin.col - 1, Math.min(per, r.rowCount - top), r.columnCount);
      block.load("values");
      pending.push({ name, start: { row: origin.row + top, col: origin.col }, r: block });
      cells += size;
    }
  }
  await flush();
  return { sheets: names.map((name) => ({ name, rows: rows.get(name) ?? [] })), names: [] };
}

/** Rows of a block placed at sheet coordinates, after `have` rows already placed. */
function placedAt(start: { row: number; col: number }, values: unknown[][], have: number): GridValue[][] {
  const pad: GridValue[] = Array.from({ length: start.col - 1 }, () => null);
  return [...Array.from({ length: Math.max(0, start.row - 1 - have) }, () => [] as GridValue[]), ...values.map((r) => [...pad, ...r.map(toGridValue)])];
}
