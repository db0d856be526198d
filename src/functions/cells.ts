/**
 * Glue between Excel's arguments and the core functions, shared by the JS.* wrappers:
 * - core results → values or CustomFunctions.Error (#VALUE!, #DIV/0!, #N/A, #NUM!) with the zh-CN message;
 * - element-wise evaluation over ranges: every range argument may be one cell or a range, ranges of one
 *   row or one column (or one cell) are repeated along the other ranges as Excel does for arrays, and
 *   cells outside a smaller range are #N/A — each result cell carries its own error, the others still
 *   calculate;
 * - optional arguments: Excel passes an omitted one as null (a direct call as undefined).
 *
 * No domain logic here (style.md C9): what a value means is decided in src/core.
 */
import { renderMessage } from "../core/messages/zh-CN";
import { fnError, isBlank, isFnError, toNumber, type FnError, type FnErrorKind, type FnResult } from "../core/result";

export type Out<T> = T | CustomFunctions.Error;
export type Matrix<T> = Array<Array<Out<T>>>;

function errorCode(kind: FnErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

export function excelError(e: FnError): CustomFunctions.Error {
  return new CustomFunctions.Error(errorCode(e.fnError), renderMessage(e.message, e.params ?? {}));
}

/** A core result as a cell value: the value, or the error it stands for. */
export function out<T>(r: FnResult<T>): Out<T> {
  return isFnError(r) ? excelError(r) : (r as T);
}

/** An error result filling a one-cell range (a bad option argument that applies to every cell). */
export function single<T>(e: FnError): Matrix<T> {
  return [[excelError(e)]];
}

const SHAPE = fnError("na", "fn.shape");
const MISSING: unique symbol = Symbol("missing");

function rowsOf(a: unknown): number {
  return Array.isArray(a) ? Math.max(a.length, 1) : 1;
}

function colsOf(a: unknown): number {
  if (!Array.isArray(a)) return 1;
  const first: unknown = a[0];
  return Array.isArray(first) ? Math.max(first.length, 1) : 1;
}

/** Row i of an argument (repeating a single row); a one-cell argument given as a bare value is that value. */
function rowAt(a: unknown, i: number): unknown {
  if (!Array.isArray(a)) return a;
  return a.length === 1 ? a[0] : i < a.length ? a[i] : MISSING;
}

/** Cell j of a row (repeating a single column); MISSING outside a smaller range. */
function cellAt(row: unknown, j: number): unknown {
  if (!Array.isArray(row)) return row;
  return row.length === 1 ? row[0] : j < row.length ? row[j] : MISSING;
}

/** A core result as a cell: the functions' values are primitives, so an object is an FnError. */
function toCell<T>(r: FnResult<T>): Out<T> {
  return typeof r === "object" && r !== null ? excelError(r as FnError) : (r as T);
}

/** A one-cell argument (how Excel passes a single cell to a range parameter: [[x]]). */
function isOneCell(a: unknown): boolean {
  if (!Array.isArray(a)) return true;
  if (a.length !== 1) return false;
  const row: unknown = a[0];
  return !Array.isArray(row) || row.length === 1;
}

function onlyCell(a: unknown): unknown {
  return cellAt(rowAt(a, 0), 0);
}

/**
 * Element-wise over two range arguments: fn(cell of a, cell of b, ctx). The context argument lets callers
 * pass options without allocating a closure per call (a sheet may call a function a million times).
 */
export function map2<T, C>(a: unknown, b: unknown, fn: (x: unknown, y: unknown, ctx: C) => FnResult<T>, ctx: C): Matrix<T> {
  if (isOneCell(a) && isOneCell(b)) return [[toCell(fn(onlyCell(a), onlyCell(b), ctx))]];
  const rows = Math.max(rowsOf(a), rowsOf(b));
  const cols = Math.max(colsOf(a), colsOf(b));
  const result: Matrix<T> = new Array<Array<Out<T>>>(rows);
  for (let i = 0; i < rows; i++) {
    const ra = rowAt(a, i);
    const rb = rowAt(b, i);
    const row = new Array<Out<T>>(cols);
    for (let j = 0; j < cols; j++) {
      const x = cellAt(ra, j);
      const y = cellAt(rb, j);
      row[j] = x === MISSING || y === MISSING ? excelError(SHAPE) : toCell(fn(x, y, ctx));
    }
    result[i] = row;
  }
  return result;
}

/** Element-wise over one range argument: fn(cell, ctx). */
export function map1<T, C>(a: unknown, fn: (x: unknown, ctx: C) => FnResult<T>, ctx: C): Matrix<T> {
  if (isOneCell(a)) return [[toCell(fn(onlyCell(a), ctx))]];
  const rows = rowsOf(a);
  const cols = colsOf(a);
  const result: Matrix<T> = new Array<Array<Out<T>>>(rows);
  for (let i = 0; i < rows; i++) {
    const ra = rowAt(a, i);
    const row = new Array<Out<T>>(cols);
    for (let j = 0; j < cols; j++) {
      const x = cellAt(ra, j);
      row[j] = x === MISSING ? excelError(SHAPE) : toCell(fn(x, ctx));
    }
    result[i] = row;
  }
  return result;
}

/**
 * Element-wise over any number of range arguments: fn(cells, ctx), where `cells` holds the current cell of
 * each argument (one array reused for every cell, so a million-cell call allocates no argument lists).
 */
export function mapN<T, C>(args: readonly unknown[], fn: (cells: readonly unknown[], ctx: C) => FnResult<T>, ctx: C): Matrix<T> {
  const n = args.length;
  let oneCell = true;
  for (let k = 0; k < n && oneCell; k++) oneCell = isOneCell(args[k]);
  if (oneCell) {
    const only = new Array<unknown>(n);
    for (let k = 0; k < n; k++) only[k] = onlyCell(args[k]);
    return [[toCell(fn(only, ctx))]];
  }
  let rows = 1;
  let cols = 1;
  for (const a of args) {
    rows = Math.max(rows, rowsOf(a));
    cols = Math.max(cols, colsOf(a));
  }
  const cells: unknown[] = args.map(() => undefined);
  const argRows: unknown[] = args.map(() => undefined);
  const result: Matrix<T> = new Array<Array<Out<T>>>(rows);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < n; k++) argRows[k] = rowAt(args[k], i);
    const row = new Array<Out<T>>(cols);
    for (let j = 0; j < cols; j++) {
      let missing = false;
      for (let k = 0; k < n; k++) {
        const v = cellAt(argRows[k], j);
        if (v === MISSING) missing = true;
        cells[k] = v;
      }
      row[j] = missing ? excelError(SHAPE) : toCell(fn(cells, ctx));
    }
    result[i] = row;
  }
  return result;
}

/**
 * Row i of an argument as at least `cols` cells, so a per-cell loop reads every argument with a plain index:
 * the row itself when it is that wide, else a filled copy (a repeated cell or column; MISSING outside a
 * smaller range).
 */
function wideRow(a: unknown, i: number, cols: number): readonly unknown[] {
  const row = rowAt(a, i);
  if (Array.isArray(row) && row.length >= cols) return row;
  const wide = new Array<unknown>(cols);
  if (!Array.isArray(row)) return wide.fill(row);
  if (row.length === 1) return wide.fill(row[0]);
  for (let j = 0; j < cols; j++) wide[j] = j < row.length ? row[j] : MISSING;
  return wide;
}

/** Whether every row of an argument is the same (a bare value, or one row repeated down the other ranges). */
function sameRows(a: unknown): boolean {
  return !Array.isArray(a) || a.length === 1;
}

/** What soleCell gives for an argument that is not one cell (a range of several). */
const MANY: unique symbol = Symbol("many");

/** The cell of a one-cell argument — [[x]], how Excel passes a single cell, or a bare value — else MANY. */
function soleCell(a: unknown): unknown {
  if (!Array.isArray(a)) return a;
  if (a.length !== 1) return MANY;
  const row: unknown = a[0];
  return !Array.isArray(row) ? row : row.length === 1 ? row[0] : MANY;
}

export type Cells5<T, C> = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, ctx: C) => T;

/**
 * A function's element-wise evaluation over five arguments, built once per function (its `quick` and `fn`
 * as in map5): one cell per call — how Excel calls a formula filled down a column — is decided without any
 * mapping or allocation but the result; ranges go through map5. (An omitted optional argument, null, is
 * one cell as it is.)
 */
export function cells5<T, C>(quick: Cells5<number, C>, fn: Cells5<FnResult<T>, C>): (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, ctx: C) => Matrix<T | number> {
  return (a, b, c, d, e, ctx) => {
    const x1 = soleCell(a);
    const x2 = soleCell(b);
    const x3 = soleCell(c);
    const x4 = soleCell(d);
    const x5 = e === null ? e : soleCell(e);
    if (x1 === MANY || x2 === MANY || x3 === MANY || x4 === MANY || x5 === MANY) return map5(a, b, c, d, e, quick, fn, ctx);
    const v = quick(x1, x2, x3, x4, x5, ctx);
    if (v === v) return [[v]];
    return [[toCell(fn(x1, x2, x3, x4, x5, ctx))]];
  };
}

/**
 * Element-wise over five range arguments, like mapN, with a numeric fast path: `quick` returns the cell's
 * number, or NaN when it cannot decide, and only then does `fn` compute the cell (its value or error).
 * `quick` gets Excel's cells as they are. Written out for five arguments and widened rows, with no
 * argument list per cell: a million-cell call allocates nothing but its result, and the engine can inline
 * `quick` into the loop and keep its number unboxed. (cells5 decides a one-cell call without it.)
 */
export function map5<T, C>(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, quick: Cells5<number, C>, fn: Cells5<FnResult<T>, C>, ctx: C): Matrix<T | number> {
  const rows = Math.max(rowsOf(a), rowsOf(b), rowsOf(c), rowsOf(d), rowsOf(e));
  const cols = Math.max(colsOf(a), colsOf(b), colsOf(c), colsOf(d), colsOf(e));
  // Arguments whose rows repeat are widened once, not per row.
  const fa = sameRows(a) ? wideRow(a, 0, cols) : undefined;
  const fb = sameRows(b) ? wideRow(b, 0, cols) : undefined;
  const fc = sameRows(c) ? wideRow(c, 0, cols) : undefined;
  const fd = sameRows(d) ? wideRow(d, 0, cols) : undefined;
  const fe = sameRows(e) ? wideRow(e, 0, cols) : undefined;
  const result: Matrix<T | number> = new Array<Array<Out<T | number>>>(rows);
  for (let i = 0; i < rows; i++) {
    const ra = fa ?? wideRow(a, i, cols);
    const rb = fb ?? wideRow(b, i, cols);
    const rc = fc ?? wideRow(c, i, cols);
    const rd = fd ?? wideRow(d, i, cols);
    const re = fe ?? wideRow(e, i, cols);
    const row = new Array<Out<T | number>>(cols);
    for (let j = 0; j < cols; j++) {
      const x1 = ra[j];
      const x2 = rb[j];
      const x3 = rc[j];
      const x4 = rd[j];
      const x5 = re[j];
      if (x1 === MISSING || x2 === MISSING || x3 === MISSING || x4 === MISSING || x5 === MISSING) {
        row[j] = excelError(SHAPE);
        continue;
      }
      // quick's number is stored as it is, and only a NaN replaced: no value merged from the two paths, so
      // the number goes into the row unboxed.
      const v = quick(x1, x2, x3, x4, x5, ctx);
      row[j] = v;
      if (v !== v) row[j] = toCell(fn(x1, x2, x3, x4, x5, ctx));
    }
    result[i] = row;
  }
  return result;
}

/** Every cell of a range argument, row by row. */
export function cellsOf(a: unknown): unknown[] {
  if (!Array.isArray(a)) return [a];
  return a.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/** A cell of a range that should hold a number; blank cells are null (for sums that skip them). */
export function numberOrBlank(v: unknown, param: string): FnResult<number | null> {
  return isBlank(v) ? null : toNumber(v, param);
}

/** An optional number argument: `fallback` when omitted (Excel passes null, a direct call undefined). */
export function optionalNumber(v: unknown, param: string, fallback: number): FnResult<number> {
  return v === null || v === undefined ? fallback : toNumber(v, param);
}

/** An optional TRUE/FALSE argument (1/0 accepted, as Excel does). */
export function flag(v: unknown, param: string, fallback: boolean): FnResult<boolean> {
  if (v === null || v === undefined) return fallback;
  if (typeof v === "boolean") return v;
  if (v === 0 || v === 1) return v === 1;
  return fnError("value", "fn.bad-flag", { param });
}

