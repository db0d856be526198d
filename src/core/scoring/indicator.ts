/**
 * 绩效指标 完成程度 and 得分 (domain.md §6.1, §6.2, §6.4), for the 绩效自评表 and JS.DEGREE / JS.SCORE.
 *
 * Quantitative indicators (运算符 >=, <=, =):
 * - `>=` (正向): 完成程度 = min(完成值 / 指标值, 1); 指标值 0 is met by any 完成值.
 * - `<=` (反向): 1 when 完成值 ≤ 指标值, else 指标值 / 完成值 (default, the proportional rule applied
 *   inversely) or, with the 偏离度 basis, max(0, 1 − (完成值 − 指标值) / 指标值) (used by some provinces).
 * - `=`: 1 when equal, else min(完成值, 指标值) / max(完成值, 指标值).
 * - Meeting or exceeding the target scores the full 分值, never more (财预〔2020〕10号); overTarget() flags
 *   完成值 ≥ 1.5 × 指标值 ("指标值设定明显偏低") for a warning.
 * - 辽宁口径 (default): 完成程度 is rounded half-up to 2 decimals (219 / 260 = 0.8423 → 0.84) and 得分 = 分值 ×
 *   that rounded 完成程度 without further rounding (7.1 × 0.84 = 5.964). 精确口径: 完成程度 is shown to 4 decimals
 *   (a percentage with 2), and 得分 uses the unrounded ratio.
 *
 * Qualitative indicators (运算符 blank or 定性) are scored by band, 分值 × 得分系数: 全部或基本达成 100%–80%（含）,
 * 部分达成并具有一定效果 80%–60%（含）, 未达成且效果较差 60%–0%; a band alone scores its default coefficient
 * (1, 0.7, 0.3; domain.md §6.4), a band with one percentage ("部分达成 75%") or a bare coefficient (0.75 or "75%")
 * scores that coefficient. The band comes from the 定性档 argument or, when that is blank, from the 完成值 text
 * ("全部或基本达成预期指标 100%-80% (含)" in the seed's tables).
 *
 * Scores are returned with at most 10 decimals: exact on the decimals, without binary artefacts.
 */
import { exactDifference, isPlain, quickRatio, roundRatio } from "../decimal";
import { fnError, isBlank, isFnError, negative, OVERFLOW, toNumber, type CellValue, type FnError, type FnResult } from "../result";

export type Operator = ">=" | "<=" | "=";
export type OperatorOrQualitative = Operator | "qualitative";

/** Decimals a score keeps (far below anything printed; only removes binary artefacts). */
export const SCORE_EXACT_DIGITS = 10;

export interface Basis {
  /** 辽宁口径: round 完成程度 to 2 decimals and score with the rounded value. */
  readonly roundDegree: boolean;
  /** Rule for a missed `<=` target: 指标值 / 完成值 ("ratio") or 1 − 偏离度 ("deviation"). */
  readonly inverse: "ratio" | "deviation";
}

export const LIAONING: Basis = { roundDegree: true, inverse: "ratio" };
export const EXACT: Basis = { roundDegree: false, inverse: "ratio" };

/**
 * 口径 text: blank or 辽宁 → LIAONING; 精确 (or 不舍入) → EXACT; either may add 偏离度 for the `<=` rule
 * ("辽宁 偏离度", "精确偏离度"; 偏离度 alone means 辽宁 with 偏离度).
 */
export function parseBasis(v: CellValue): FnResult<Basis> {
  if (isBlank(v) || v === 0) return LIAONING;
  if (typeof v !== "string") return fnError("value", "fn.bad-basis");
  const text = v.trim();
  const exact = /精确|不舍入/.test(text);
  const liaoning = /辽宁/.test(text);
  const deviation = /偏离/.test(text);
  if ((exact && liaoning) || (!exact && !liaoning && !deviation && text !== "")) return fnError("value", "fn.bad-basis");
  if (!exact && !deviation) return LIAONING;
  if (exact && !deviation) return EXACT;
  return { roundDegree: !exact, inverse: "deviation" };
}

const FULL_WIDTH: Readonly<Record<string, string>> = { "＞": ">", "＜": "<", "＝": "=", "≥": ">=", "≤": "<=", "≧": ">=", "≦": "<=" };

/** >=, <=, = (also ≥ ≤ and full-width forms); blank, 0 (an empty cell as Excel desktop passes it) or 定性 → qualitative. */
export function parseOperator(v: CellValue): FnResult<OperatorOrQualitative> {
  if (v === ">=" || v === "<=" || v === "=") return v;
  if (isBlank(v) || v === 0) return "qualitative";
  if (typeof v !== "string") return fnError("value", "fn.bad-operator");
  const op = v.replace(/\s+/g, "").replace(/[＞＜＝≥≤≧≦]/g, (c) => FULL_WIDTH[c] ?? c);
  if (op === ">=" || op === "<=" || op === "=") return op;
  if (op === "==") return "=";
  if (op === "" || op === "定性") return "qualitative";
  return fnError("value", "fn.bad-operator");
}

export type Band = "achieved" | "partial" | "missed";

export interface BandInfo {
  readonly label: string;
  /** Coefficient range: min ≤ c < max (achieved includes 1). */
  readonly min: number;
  readonly max: number;
  /** Default coefficient when only the band is given (domain.md §6.4). */
  readonly coefficient: number;
}

export const BANDS: Readonly<Record<Band, BandInfo>> = {
  achieved: { label: "全部或基本达成", min: 0.8, max: 1, coefficient: 1 },
  partial: { label: "部分达成并具有一定效果", min: 0.6, max: 0.8, coefficient: 0.7 },
  missed: { label: "未达成且效果较差", min: 0, max: 0.6, coefficient: 0.3 },
};

export interface Qualitative {
  readonly band: Band;
  /** 得分系数, 0..1. */
  readonly coefficient: number;
}

function bandOfCoefficient(c: number): Band {
  return c >= 0.8 ? "achieved" : c >= 0.6 ? "partial" : "missed";
}

function bandOfText(text: string): Band | undefined {
  if (/未达成|未完成/.test(text)) return "missed";
  if (/部分达成|部分完成/.test(text)) return "partial";
  if (/达成|完成/.test(text)) return "achieved";
  return undefined;
}

const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/g;

/**
 * 定性档: a band text, optionally with one percentage inside the band; a percentage or a coefficient 0 < c ≤ 1.
 * Blank or 0 (an empty cell) means "not given" (undefined). Anything else is #VALUE!.
 */
export function parseBand(v: CellValue): FnResult<Qualitative | undefined> {
  if (isBlank(v) || v === 0) return undefined;
  if (typeof v === "number") {
    if (!(v > 0 && v <= 1)) return fnError("value", "fn.bad-band");
    return { band: bandOfCoefficient(v), coefficient: v };
  }
  if (typeof v !== "string") return fnError("value", "fn.bad-band");
  const text = v.trim();
  const band = bandOfText(text);
  const percents = [...text.matchAll(PERCENT)].map((m) => Number(m[1]));
  // One percentage is a coefficient; two (the seed's "100%-80% (含)") describe the band's range.
  const p = percents.length === 1 ? roundRatio(percents[0] as number, 100, SCORE_EXACT_DIGITS) : undefined;
  if (p !== undefined) {
    if (p < 0 || p > 1) return fnError("value", "fn.bad-band");
    if (band && !inBand(band, p)) return fnError("value", "fn.bad-band");
    return { band: band ?? bandOfCoefficient(p), coefficient: p };
  }
  if (band) return { band, coefficient: BANDS[band].coefficient };
  return fnError("value", "fn.bad-band");
}

function inBand(band: Band, c: number): boolean {
  const { min, max } = BANDS[band];
  return band === "achieved" ? c >= min && c <= max : c >= min && c < max;
}

/**
 * factor × 完成程度 rounded to `digits`, for a quantitative indicator with non-negative target and actual.
 * Met or exceeded targets give the full factor.
 */
function scaledDegree(op: Operator, target: number, actual: number, inverse: Basis["inverse"], digits: number, factor: number): number | undefined {
  // Met or exceeded: the full factor (分值 × 1 is the 分值 as entered).
  const full = factor === 1 || digits >= SCORE_EXACT_DIGITS ? factor : roundRatio(factor, 1, digits);
  switch (op) {
    case ">=":
      return actual >= target ? full : roundRatio(actual, target, digits, factor);
    case "<=": {
      if (actual <= target) return full;
      if (inverse === "ratio") return roundRatio(target, actual, digits, factor);
      // 1 − (完成值 − 指标值) / 指标值 = (2 × 指标值 − 完成值) / 指标值, at least 0.
      const num = target === 0 ? 0 : exactDifference(2 * target, actual);
      if (num === undefined) return undefined;
      return num <= 0 ? 0 : roundRatio(num, target, digits, factor);
    }
    case "=":
      if (actual === target) return full;
      return actual < target ? roundRatio(actual, target, digits, factor) : roundRatio(target, actual, digits, factor);
  }
}

/** A number cell inline (the common case), else toNumber's #VALUE! naming the argument. */
function num(v: CellValue, param: string): FnResult<number> {
  return typeof v === "number" && v - v === 0 ? v : toNumber(v, param);
}

/** 指标值 and 完成值 of a quantitative row: an error, or undefined when both are valid (read them with num). */
function badQuantity(target: CellValue, actual: CellValue): FnError | undefined {
  const t = num(target, "指标值");
  if (typeof t !== "number") return t;
  const a = num(actual, "完成值");
  if (typeof a !== "number") return a;
  if (t < 0) return negative("指标值");
  if (a < 0) return negative("完成值");
  return undefined;
}

const NO_BAND = fnError("value", "fn.no-band");

/** Parsed band texts: a sheet repeats a handful of them on every qualitative row. */
const bandCache = new Map<string, FnResult<Qualitative | undefined>>();

function parseBandCached(v: CellValue): FnResult<Qualitative | undefined> {
  if (typeof v !== "string") return parseBand(v);
  let r = bandCache.get(v);
  if (r === undefined && !bandCache.has(v)) {
    if (bandCache.size >= 1000) bandCache.clear();
    r = parseBand(v);
    bandCache.set(v, r);
  }
  return r;
}

function qualitative(actual: CellValue, band: CellValue): FnResult<Qualitative> {
  const given = parseBandCached(band);
  if (given !== undefined) return given;
  // No 定性档: the band is written in the 完成值 cell.
  if (typeof actual === "string") {
    const fromText = parseBandCached(actual);
    // A text naming a band with a percentage outside it is an error; a text naming no band is "no band".
    if (fromText !== undefined && (!isFnError(fromText) || bandOfText(actual) !== undefined)) return fromText;
  }
  return NO_BAND;
}

/**
 * 完成程度 as a fraction: 辽宁口径 2 decimals (0.84), 精确口径 4 decimals; qualitative rows give the band's
 * coefficient (完成值 holds the band text).
 */
export function completionDegree(operator: CellValue, target: CellValue, actual: CellValue, basis: Basis = LIAONING, band: CellValue = null): FnResult<number> {
  const op = operator === ">=" || operator === "<=" || operator === "=" ? operator : parseOperator(operator);
  if (typeof op === "object") return op;
  if (op === "qualitative") {
    const q = qualitative(actual, band);
    return isFnError(q) ? q : q.coefficient;
  }
  const bad = badQuantity(target, actual);
  if (bad) return bad;
  return scaledDegree(op, target as number, actual as number, basis.inverse, basis.roundDegree ? 2 : 4, 1) ?? OVERFLOW;
}

/** 指标得分 = 分值 × 完成程度 (辽宁口径: × the rounded 完成程度, no further rounding). */
export function indicatorScore(operator: CellValue, target: CellValue, actual: CellValue, points: CellValue, band: CellValue = null, basis: Basis = LIAONING): FnResult<number> {
  const s = quickScore(operator, target, actual, points, band, basis);
  if (s === s) return s;
  const op = operator === ">=" || operator === "<=" || operator === "=" ? operator : parseOperator(operator);
  if (typeof op === "object") return op;
  const p = num(points, "分值");
  if (typeof p !== "number") return p;
  if (p < 0) return negative("分值");
  if (op === "qualitative") {
    const q = qualitative(actual, band);
    if (isFnError(q)) return q;
    return q.coefficient === 1 ? p : (roundRatio(q.coefficient, 1, SCORE_EXACT_DIGITS, p) ?? OVERFLOW);
  }
  const bad = badQuantity(target, actual);
  if (bad) return bad;
  const t = target as number;
  const a = actual as number;
  if (!basis.roundDegree) return scaledDegree(op, t, a, basis.inverse, SCORE_EXACT_DIGITS, p) ?? OVERFLOW;
  const degree = scaledDegree(op, t, a, basis.inverse, 2, 1);
  if (degree === undefined) return OVERFLOW;
  return degree === 1 ? p : (roundRatio(degree, 1, SCORE_EXACT_DIGITS, p) ?? OVERFLOW);
}

/**
 * indicatorScore's common rows decided inline, for per-cell loops (a sheet may score a million cells): a
 * quantitative row (>=, <=, =) of plain numbers (decimal.ts isPlain) under 辽宁口径, and a qualitative row (运算符
 * blank) whose 完成值 names a band already read (bandCache) and no 定性档. The same value as indicatorScore,
 * or NaN for any other row — other operator texts, a band text seen for the first time, every error — and
 * where quickRatio cannot decide (near a rounding tie, absurd magnitudes); then call indicatorScore.
 * Arguments may be anything Excel passes.
 */
export function quickScore(operator: unknown, target: unknown, actual: unknown, points: unknown, band: unknown, basis: Basis): number {
  if (!isPlain(points)) return Number.NaN;
  // 完成程度 rounded to 2 decimals, or the band's 得分系数.
  let ratio: number;
  if (operator === ">=" || operator === "<=" || operator === "=") {
    if (basis !== LIAONING || !isPlain(target) || !isPlain(actual)) return Number.NaN;
    // 完成程度 = lo / hi, met when lo ≥ hi: >= 完成值 / 指标值, <= 指标值 / 完成值, = the smaller over the larger.
    let lo = actual;
    let hi = target;
    if (operator === "<=" || (operator === "=" && actual > target)) {
      lo = target;
      hi = actual;
    }
    if (lo >= hi) return +points;
    ratio = quickRatio(lo, hi, 2, 1); // 0 ≤ lo < hi, both plain; the result is plain too (or NaN)
  } else {
    if (!(isBlank(operator) || operator === 0) || !(isBlank(band) || band === 0) || typeof actual !== "string") return Number.NaN;
    const q = bandCache.get(actual);
    if (q === undefined || isFnError(q)) return Number.NaN;
    ratio = +q.coefficient;
  }
  // `+points` is points and `+q.coefficient` the coefficient; written so, the engine keeps every value here
  // an unboxed double (a cell of a mixed range, an object's field, are boxed numbers) and allocates nothing
  // per cell. 分值 × ratio is exact to 10 decimals; a NaN (quickRatio undecided) passes through.
  return ratio === 1 ? +points : quickRatio(ratio, 1, SCORE_EXACT_DIGITS, points);
}

/** 完成值 ≥ 1.5 × 指标值 on a `>=` indicator: full score, but the target looks set too low (warning). */
export function overTarget(op: Operator, target: number, actual: number): boolean {
  return op === ">=" && target > 0 && actual * 2 >= target * 3;
}
