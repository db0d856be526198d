/**
 * Reading the report sheets into grids in one round trip, through the defined names the generated
 * workbook carries (they follow renamed sheets and inserted rows). A workbook without them (tables pasted
 * from elsewhere) takes one more round trip to scan every sheet.
 */
import { META_NAME, tableName } from "../core/plan/build";
import { parseA1 } from "../core/plan/a1";
import type { GridSheet, GridValue, WorkbookGrid } from "../core/read/grid";
import { MARK_STORE } from "../core/marks";

const TABLE_IDS = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09"];

function toGridValue(v: unknown): GridValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(s) ? { error: s } : s;
}

/** A range's values placed at their sheet coordinates (rows/columns before the range are empty). */
function placed(address: string, values: unknown[][]): GridValue[][] {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const start = parseA1(local.split(":")[0] ?? "A1") ?? { row: 1, col: 1 };
  const pad: GridValue[] = Array.from({ length: start.col - 1 }, () => null);
  return [...Array.from({ length: start.row - 1 }, () => [] as GridValue[]), ...values.map((r) => [...pad, ...r.map(toGridValue)])];
}

function sheetOf(address: string): string {
  const s = address.slice(0, address.lastIndexOf("!"));
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

export interface ReadState {
  readonly grid: WorkbookGrid;
  /** The mark store's rows, if the workbook has marks from an earlier 校验. */
  readonly store: unknown[][] | null;
  /** Notes in the workbook (ExcelApi 1.18), to know whether the user has notes of their own. */
  readonly noteCount: number;
}

/** Queues everything 校验 needs to read; call ctx.sync() once, then `result()`. */
export function queueRead(ctx: Excel.RequestContext, withNotes: boolean): () => ReadState | "scan" {
  const names = [...TABLE_IDS.map(tableName), META_NAME].map((n) => {
    const item = ctx.workbook.names.getItemOrNullObject(n);
    const range = item.getRangeOrNullObject();
    range.load("address,values");
    return { name: n, range };
  });
  const storeSheet = ctx.workbook.worksheets.getItemOrNullObject(MARK_STORE);
  const storeRange = storeSheet.getUsedRangeOrNullObject(true);
  storeRange.load("values");
  const count = withNotes ? ctx.workbook.notes.getCount() : undefined;
  return () => {
    const found = names.filter((n) => !n.range.isNullObject);
    if (!found.some((n) => n.name !== META_NAME)) return "scan";
    const sheets: GridSheet[] = found.map((n) => ({ name: sheetOf(n.range.address), rows: placed(n.range.address, n.range.values) }));
    const grid: WorkbookGrid = { sheets, names: found.map((n) => ({ name: n.name, ref: n.range.address })) };
    return { grid, store: storeRange.isNullObject ? null : storeRange.values, noteCount: count?.value ?? 0 };
  };
}

/** The fallback for workbooks without our names: every sheet's used range (one more round trip). */
export async function scanAll(ctx: Excel.RequestContext): Promise<WorkbookGrid> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  const ranges = sheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("address,values");
    return { name: ws.name, r };
  });
  await ctx.sync();
  return {
    sheets: ranges.map(({ name, r }) => ({ name, rows: r.isNullObject ? [] : placed(r.address, r.values) })),
    names: [],
  };
}
