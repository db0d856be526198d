/**
 * Results of the calculation functions behind the `JS.*` custom functions (scoring, figures, catalog
 * look-ups). Bad user input is a value, never an exception: a function returns its value (a number or a
 * text) or an FnError naming the spreadsheet error it stands for and a zh-CN message key (messages/zh-CN.ts).
 * The functions' values are numbers or texts, so `typeof r === "object"` tells the two apart cheaply.
 */

/** The spreadsheet error an FnError is shown as: #VALUE!, #DIV/0!, #N/A, #NUM!. */
export type FnErrorKind = "value" | "div0" | "na" | "num";

export interface FnError {
  readonly fnError: FnErrorKind;
  /** zh-CN message key ("fn.…"). */
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type FnResult<T> = T | FnError;

export function fnError(kind: FnErrorKind, message: string, params?: Readonly<Record<string, string | number>>): FnError {
  return params ? { fnError: kind, message, params } : { fnError: kind, message };
}

export function isFnError(r: unknown): r is FnError {
  return typeof r === "object" && r !== null && "fnError" in r;
}

/** `param` (a parameter's Chinese name) must not be negative. */
export function negative(param: string): FnError {
  return fnError("num", "fn.negative", { param });
}

/** A result too large for a number (only with absurd inputs). */
export const OVERFLOW: FnError = fnError("num", "fn.overflow");

/** What a spreadsheet cell (or an argument) holds: a number, a text, a logical value, or nothing. */
export type CellValue = number | string | boolean | null | undefined;

export function isBlank(v: unknown): v is null | undefined | "" {
  return v === null || v === undefined || v === "";
}

/**
 * A cell that must hold a number: the number, or #VALUE! with a message naming the argument (`param`,
 * its Chinese name) for a blank, a text, a logical value or NaN/Infinity. Blank is never read as 0.
 */
export function toNumber(v: unknown, param: string): FnResult<number> {
  if (typeof v === "number") return Number.isFinite(v) ? v : fnError("value", "fn.not-number", { param });
  if (isBlank(v)) return fnError("value", "fn.blank", { param });
  if (typeof v === "string") return fnError("value", "fn.text", { param, text: v.length > 20 ? `${v.slice(0, 20)}…` : v });
  if (typeof v === "boolean") return fnError("value", "fn.boolean", { param });
  return fnError("value", "fn.not-number", { param });
}
