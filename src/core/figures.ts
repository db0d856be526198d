/**
 * Figure helpers shared by the narrative, the 自评 tables and the custom functions: 占比, 增减额, 增减率,
 * the words for a change (增加/减少/持平 …), Σ of the next-level codes under a prefix, and a total against
 * its printed addends with the 尾差 tolerance τ(n) of the rules (domain.md §4.4).
 *
 * Percentages are fractions (0.9674 = 96.74%) computed from the unrounded figures and rounded half-up to
 * 2 decimals of the percentage, exactly on the decimals (no binary artefacts).
 */
import { exactDifference, exactSum, roundHalfUp, roundRatio } from "./decimal";
import { moneyFromNumber, type Money } from "./money";
import { STANDARD_TOLERANCE, type Tolerance } from "./model/report";
import { STATUS_TEXT } from "./plan/checkSheet";
import { statusOf, sumToleranceCents, totalCheck } from "./rules/run";
import type { Check, Status } from "./rules/types";
import { fnError, isFnError, OVERFLOW, type CellValue, type FnError, type FnResult } from "./result";

/** Decimals of a percentage kept as a fraction: 4 (= 2 decimals of the percent). */
export const FRACTION_DIGITS = 4;

export const ZERO_TOTAL: FnError = fnError("div0", "fn.zero-total");
export const ZERO_BASE: FnError = fnError("na", "fn.zero-base");
export const NEGATIVE_BASE: FnError = fnError("num", "fn.negative-base");

/** 占比 = 部分 / 总数 (13.04 / 13.48 → 0.9674). */
export function share(part: number, total: number): FnResult<number> {
  if (total === 0) return ZERO_TOTAL;
  return roundRatio(part, total, FRACTION_DIGITS) ?? OVERFLOW;
}

/** 增减额 = 本年 − 上年, exact on the decimals (4302.03 − 4302.02 = 0.01). */
export function change(current: number, previous: number): FnResult<number> {
  return exactDifference(current, previous) ?? OVERFLOW;
}

/** 增减率 = (本年 − 上年) / 上年; no rate for a zero (#N/A) or negative (#NUM!) 上年数. */
export function changeRate(current: number, previous: number): FnResult<number> {
  if (previous === 0) return ZERO_BASE;
  if (previous < 0) return NEGATIVE_BASE;
  const d = exactDifference(current, previous);
  return (d === undefined ? undefined : roundRatio(d, previous, FRACTION_DIGITS)) ?? OVERFLOW;
}

export type Wording = "change" | "growth" | "compare";

/** [more, less, equal] */
export const TREND_WORDS: Readonly<Record<Wording, readonly [string, string, string]>> = {
  change: ["增加", "减少", "持平"],
  growth: ["增长", "降低", "持平"],
  compare: ["大于", "小于", "等于"],
};

/** 用词: blank or 1 → 增加/减少/持平; 2 → 增长/降低/持平; 3 → 大于/小于/等于; or any of those words. */
export function parseWording(v: CellValue): FnResult<Wording> {
  if (v === null || v === undefined || v === "" || v === 0 || v === 1) return "change";
  if (v === 2) return "growth";
  if (v === 3) return "compare";
  if (typeof v === "string") {
    if (/增加|减少/.test(v)) return "change";
    if (/增长|降低|下降/.test(v)) return "growth";
    if (/大于|小于|等于/.test(v)) return "compare";
  }
  return fnError("value", "fn.bad-wording");
}

/** Decimals at which two figures are compared for 持平 (absorbs binary artefacts of SUM results). */
export const TREND_DIGITS = 6;

/** 增加 / 减少 / 持平 (or the other wordings) for 本年 against 上年, compared at 6 decimals. */
export function trendWord(current: number, previous: number, wording: Wording = "change"): FnResult<string> {
  const a = roundHalfUp(current, TREND_DIGITS);
  const b = roundHalfUp(previous, TREND_DIGITS);
  if (a === undefined || b === undefined) return OVERFLOW;
  const words = TREND_WORDS[wording];
  return a > b ? words[0] : a < b ? words[1] : words[2];
}

/**
 * Σ amounts of the rows whose code is one level below `prefix` (2 more digits, starting with it), the
 * SUMIF(codes, "20406??", amounts) the generated sheets use: all 项 under 款 20406, all 款 under 类 204,
 * all 款 under economic 类 302. Blank amounts (null) count as 0; an invalid amount in a matching row is
 * returned as the error. Rows that do not match are not looked at.
 */
export function sumNextLevel(codes: readonly (string | undefined)[], amounts: readonly FnResult<number | null>[], prefix: string): FnResult<number> {
  if (!/^(\d{3}|\d{5})$/.test(prefix)) return fnError("value", "fn.bad-prefix");
  const length = prefix.length + 2;
  const values: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === undefined || code.length !== length || !code.startsWith(prefix)) continue;
    const amount = amounts[i];
    if (amount === undefined || amount === null) continue;
    if (isFnError(amount)) return amount;
    values.push(amount);
  }
  return exactSum(values) ?? OVERFLOW;
}

/** The rule the tolerance applies to: a total against the sum of its addends (rules/run.ts statusOf). */
const SUM_CHECK: Check = totalCheck("JS.CHECK", "合计等于明细之和");

export interface SumCheck {
  readonly status: Status;
  /** 通过 / 尾差 / 错误, the words of the 校验 sheet. */
  readonly text: string;
  /** 合计 − Σ明细, hundredths of 万元. */
  readonly diff: Money;
  /** Number of addends, blank ones included. */
  readonly n: number;
  /** τ(n) in hundredths of 万元. */
  readonly limit: number;
}

/**
 * A printed total against its printed addends (万元, each taken to 2 decimals as printed): 通过 when equal,
 * 尾差 within τ(n) = perFigure × (n + 1), 错误 beyond — the same evaluation as the rules and the 校验 sheet.
 * Blank addends (null) count in n: a blank printed figure can hide up to 0.005.
 */
export function checkSum(total: number, addends: readonly (number | null)[], tolerance: Tolerance = STANDARD_TOLERANCE): FnResult<SumCheck> {
  if (!(tolerance.perFigure >= 0 && tolerance.perFigure <= 1)) return fnError("value", "fn.bad-tolerance");
  const t = moneyFromNumber(total);
  if (t === undefined) return OVERFLOW;
  let sum = 0;
  for (const a of addends) {
    if (a === null) continue;
    const m = moneyFromNumber(a);
    if (m === undefined) return OVERFLOW;
    sum += m;
  }
  const n = addends.length;
  const diff = t - sum;
  const status = statusOf(SUM_CHECK, diff, n, tolerance);
  return { status, text: STATUS_TEXT[status], diff, n, limit: sumToleranceCents(tolerance, n) };
}
