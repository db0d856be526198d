/** Expression → Excel formula text. Only SUM and SUMIF, which Excel, WPS and LibreOffice all have. */
import type { CellId } from "../model/report";
import { a1, absA1, colLetter, quoteSheet } from "./a1";
import type { Expr } from "./expr";

export interface Place {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Where a code table's SUMIF ranges are: its code column and data rows. */
export interface CodeRange {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly codeCol: number;
  readonly colOf: (colKey: string) => number;
}

export interface FormulaContext {
  readonly sheet: string;
  readonly place: (id: CellId) => Place;
  readonly codeRange: (table: string) => CodeRange;
}

function runs(nums: number[]): [number, number][] {
  const sorted = [...new Set(nums)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** SUM arguments with contiguous cells folded into ranges: "C6:C12,C14". */
function sumArgs(places: Place[]): string {
  const sameRow = places.every((p) => p.row === places[0]?.row);
  if (sameRow && places.length > 0) {
    const row = places[0]?.row ?? 0;
    return runs(places.map((p) => p.col))
      .map(([a, b]) => (a === b ? a1(row, a) : `${a1(row, a)}:${a1(row, b)}`))
      .join(",");
  }
  const byCol = new Map<number, number[]>();
  for (const p of places) byCol.set(p.col, [...(byCol.get(p.col) ?? []), p.row]);
  return [...byCol.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([col, rows]) => runs(rows).map(([a, b]) => (a === b ? a1(a, col) : `${a1(a, col)}:${a1(b, col)}`)))
    .join(",");
}

/** `at` is the formula's own cell (needed for SUMIFs over the rows below it). */
export function exprToFormula(expr: Expr, ctx: FormulaContext, at?: Place): string {
  if (expr.kind === "sum") {
    const places = expr.cells.map(ctx.place);
    if (places.some((p) => p.sheet !== ctx.sheet)) throw new Error(`sum across sheets is not supported (${expr.cells.join(",")})`);
    return places.length === 0 ? "0" : `SUM(${sumArgs(places)})`;
  }
  const r = ctx.codeRange(expr.table);
  const prefix = r.sheet === ctx.sheet ? "" : `${quoteSheet(r.sheet)}!`;
  const col = colLetter(r.colOf(expr.col));
  const criterion = expr.prefix + "?".repeat(expr.length - expr.prefix.length);
  const first = expr.below && at ? at.row + 1 : r.firstRow;
  const last = Math.max(first, r.lastRow);
  const codes = `${prefix}${absA1(first, r.codeCol)}:${absA1(last, r.codeCol)}`;
  const amounts = `${prefix}${col}$${first}:${col}$${last}`;
  return `SUMIF(${codes},"${criterion}",${amounts})`;
}

/** References to cells anywhere, folded into per-sheet ranges: "'公开01表'!C8:C15,'公开03表'!C9". */
export function placesToRefs(places: readonly Place[], here: string): string[] {
  const bySheet = new Map<string, Place[]>();
  for (const p of places) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p]);
  return [...bySheet.entries()].flatMap(([sheet, ps]) => {
    const prefix = sheet === here ? "" : `${quoteSheet(sheet)}!`;
    return sumArgs(ps)
      .split(",")
      .map((r) => prefix + r);
  });
}

/** SUMIF range pieces for a code-table pattern, seen from sheet `here`. */
export function sumIfRanges(r: CodeRange, col: string, here: string): { codes: string; amounts: string } {
  const prefix = r.sheet === here ? "" : `${quoteSheet(r.sheet)}!`;
  const c = colLetter(r.colOf(col));
  return {
    codes: `${prefix}${absA1(r.firstRow, r.codeCol)}:${absA1(r.lastRow, r.codeCol)}`,
    amounts: `${prefix}${c}$${r.firstRow}:${c}$${r.lastRow}`,
  };
}
