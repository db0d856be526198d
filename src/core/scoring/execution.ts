/**
 * 预算执行率 and 预算执行率得分 (domain.md §6.2, §6.4): the same calculation for the 绩效自评表, the
 * narrative ("完成年初预算的 X%") and the custom functions JS.EXECRATE / JS.EXECSCORE.
 */
import { roundHalfUp, roundRatio } from "../decimal";
import { fnError, negative, OVERFLOW, type FnError, type FnResult } from "../result";

/** Percentages are fractions (0.9549 = 95.49%) rounded to this many percent decimals unless told otherwise. */
export const PERCENT_DIGITS = 2;

/** 执行率得分 is printed with two decimals (8.32, 8.10, 7.11, 5.59). */
export const SCORE_DIGITS = 2;

/** The default 分值 of 预算执行率 in a project self-evaluation (财预〔2020〕10号: 10%). */
export const EXECUTION_POINTS = 10;

export const ZERO_BUDGET: FnError = fnError("div0", "fn.zero-budget");

export interface RateOptions {
  /** Cap the rate at 100% (for scoring). Default false: the narrative reports 327.33%. */
  readonly cap?: boolean;
  /** Decimals of the percentage (default 2: 0.9549 = 95.49%). 0..6. */
  readonly percentDigits?: number;
}

export function validPercentDigits(d: number): boolean {
  return Number.isInteger(d) && d >= 0 && d <= 6;
}

/**
 * 执行率 = 执行数 / 预算数 as a fraction, computed from the unrounded amounts and rounded half-up to
 * `percentDigits` decimals of the percentage (4725.08 / 4948.06 → 0.9549).
 */
export function executionRate(executed: number, budget: number, options: RateOptions = {}): FnResult<number> {
  if (executed < 0) return negative("执行数");
  if (budget < 0) return negative("预算数");
  const percentDigits = options.percentDigits ?? PERCENT_DIGITS;
  // (The default needs no check: one call less per cell.)
  if (percentDigits !== PERCENT_DIGITS && !validPercentDigits(percentDigits)) return fnError("value", "fn.bad-digits", { param: "百分比小数位" });
  if (budget === 0) return ZERO_BUDGET;
  const digits = percentDigits + 2;
  if (options.cap && executed >= budget) return 1;
  return roundRatio(executed, budget, digits) ?? OVERFLOW;
}

/**
 * 预算执行率得分 = 分值 × min(执行率, 1), from the unrounded rate, rounded half-up to 2 decimals as the
 * seed's tables print it (22.12 / 26.6 → 8.32; 51 / 63 → 8.10; 62.07 / 111 → 5.59).
 */
export function executionScore(executed: number, budget: number, points: number = EXECUTION_POINTS): FnResult<number> {
  if (executed < 0) return negative("执行数");
  if (budget < 0) return negative("预算数");
  if (points < 0) return negative("分值");
  if (budget === 0) return ZERO_BUDGET;
  const r = executed >= budget ? roundHalfUp(points, SCORE_DIGITS) : roundRatio(executed, budget, SCORE_DIGITS, points);
  return r ?? OVERFLOW;
}
