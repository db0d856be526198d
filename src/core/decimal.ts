/**
 * Exact decimal arithmetic for the few places where a spreadsheet number is divided, multiplied or summed
 * and then rounded: percentages (执行率, 占比, 增减率), scores and score totals.
 *
 * A number is taken as the decimal the user typed — the shortest decimal that round-trips to the double
 * (String(1.005) = "1.005") — never as the binary double itself (1.00499999999999989…). Results are rounded
 * half away from zero (四舍五入, like Excel's ROUND) on that exact decimal value, and returned as the double
 * nearest to the rounded decimal, so ROUND-style results have no binary artefacts (1.005 → 1.01,
 * 7.1 × 0.84 → 5.964, not 5.9639999999999995).
 *
 * Fast path (quickRatio): plain double arithmetic decides whenever the scaled result is clearly away from a
 * rounding tie (almost always); only near a tie, or for operands outside [1e-100, 1e100] (isPlain), are the
 * operands re-read as decimals and divided exactly with BigInt.
 */

/** Most decimals a result may be rounded to. */
export const MAX_DIGITS = 15;

/**
 * 10^k for the valid `digits` 0..15, exact as doubles. Any other index (16, -1, 1.5) reads undefined, which
 * quickRatio's arithmetic turns into NaN: that is its digits check.
 */
const POW10: readonly number[] = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 10 ** k);

/** Magnitudes quickRatio takes (isPlain): products and quotients of three of them stay normal doubles. */
const PLAIN_MIN = 1e-100;
const PLAIN_MAX = 1e100;

interface Decimal {
  /** value = m × 10^e */
  readonly m: bigint;
  readonly e: number;
}

const SHORTEST = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The decimal a finite double stands for (its shortest round-trip representation). */
function decimalOf(x: number): Decimal {
  const match = SHORTEST.exec(String(x));
  if (!match) return { m: 0n, e: 0 }; // unreachable for finite numbers
  const frac = match[3] ?? "";
  return { m: BigInt(`${match[1] ?? ""}${match[2] ?? "0"}${frac}`), e: Number(match[4] ?? 0) - frac.length };
}

function pow10n(k: number): bigint {
  return 10n ** BigInt(k);
}

function validDigits(digits: number): boolean {
  return Number.isInteger(digits) && digits >= 0 && digits <= MAX_DIGITS;
}

/** r / 10^digits with the sign, as the double nearest to that decimal; undefined when it does not fit. */
function scaledResult(negative: boolean, r: number, digits: number): number | undefined {
  const v = r / (POW10[digits] as number);
  if (!Number.isFinite(v)) return undefined;
  return negative && v !== 0 ? -v : v;
}

/**
 * factor × numerator / denominator, rounded half away from zero to `digits` decimals, exactly on the
 * decimals the arguments stand for. Undefined when the denominator is 0, an argument is not finite, digits
 * is not an integer in 0..15, or the result is too large for a double.
 */
export function roundRatio(numerator: number, denominator: number, digits: number, factor = 1): number | undefined {
  const n = numerator < 0 ? -numerator : numerator;
  const d = denominator < 0 ? -denominator : denominator;
  const f = factor < 0 ? -factor : factor;
  if (d !== 0 && isPlain(d) && isPlain(n) && isPlain(f)) {
    const r = quickRatio(n, d, digits, f);
    if (r === r) return r !== 0 && numerator < 0 !== denominator < 0 !== factor < 0 ? -r : r;
  }
  return checkedExactRatio(numerator, denominator, digits, factor);
}

/**
 * A non-negative number quickRatio may take: 0 or in [1e-100, 1e100], so that no intermediate result
 * overflows or loses precision as a subnormal. NaN, Infinity, negative and absurd numbers, and anything
 * that is not a number, are not plain.
 */
export function isPlain(v: unknown): v is number {
  return typeof v === "number" && (v === 0 || (v >= PLAIN_MIN && v <= PLAIN_MAX));
}

/**
 * roundRatio's fast path, small enough for the engine to inline into a per-cell loop (a sheet may call it
 * a million times): for plain operands (isPlain; the denominator not 0) the same value as roundRatio, or
 * NaN when double arithmetic cannot decide — within about 1e-9 (or a relative 1e-13) of a rounding tie,
 * which takes in every result of 5·10^12 units or more, or digits not an integer in 0..15 — and roundRatio
 * must divide exactly. The caller checks the operands: that keeps this function small.
 *
 * Why it is exact: each plain operand is within half an ulp of the decimal it stands for, and each of the
 * three operations adds at most half an ulp, so x is within a relative 1e-15 of the exact scaled decimal
 * quotient; away from .5 by more than the bound, both round the same way. The rounded units are an
 * integer below 5·10^12, exact as a double, so units / 10^digits is the double nearest to the rounded decimal.
 */
export function quickRatio(numerator: number, denominator: number, digits: number, factor: number): number {
  const scale = POW10[digits] as number; // undefined (x NaN) for bad digits
  const x = ((factor * numerator) / denominator) * scale + 0; // + 0: a −0 operand gives 0, not −0
  const floor = Math.floor(x);
  const off = x - floor - 0.5; // x − floor is exact; |off| ≤ .5, so from 5·10^12 units (bound > .5) on, NaN
  const bound = 1e-9 + x * 1e-13;
  return off > bound || off < -bound ? (off > 0 ? floor + 1 : floor) / scale : Number.NaN;
}

/** roundRatio off the fast path: checks the arguments, then divides exactly (out of line: roundRatio stays small). */
function checkedExactRatio(numerator: number, denominator: number, digits: number, factor: number): number | undefined {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator) || !Number.isFinite(factor)) return undefined;
  if (!validDigits(digits)) return undefined;
  return exactRatio(numerator, denominator, digits, factor);
}

function exactRatio(numerator: number, denominator: number, digits: number, factor: number): number | undefined {
  const a = decimalOf(numerator);
  const b = decimalOf(denominator);
  const f = decimalOf(factor);
  let n = a.m * f.m;
  let d = b.m;
  const k = a.e + f.e - b.e + digits;
  if (k >= 0) n *= pow10n(k);
  else d *= pow10n(-k);
  const negative = n < 0n !== d < 0n;
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  const r = (2n * n + d) / (2n * d);
  if (r <= BigInt(Number.MAX_SAFE_INTEGER)) return scaledResult(negative, Number(r), digits);
  // Too many digits for an exact integer double: let the decimal parser round once.
  const v = Number(`${r}e-${digits}`);
  if (!Number.isFinite(v)) return undefined;
  return negative ? -v : v;
}

/** x rounded half away from zero to `digits` decimals (ROUND(x, digits) without binary artefacts). */
export function roundHalfUp(x: number, digits: number): number | undefined {
  return roundRatio(x, 1, digits);
}

/** Number of decimals of the shortest decimal that is x (0 for integers), or -1 when above 15 or x is huge. */
function decimalPlaces(x: number): number {
  for (let k = 0; k <= MAX_DIGITS; k++) {
    const scale = POW10[k] as number;
    const y = x * scale;
    if (!(Math.abs(y) < 2 ** 52)) return -1;
    if (Math.round(y) / scale === x) return k;
  }
  return -1;
}

/**
 * The exact sum of the decimals the values stand for, as the nearest double (0.1 + 0.2 → 0.3;
 * 88.864 + 10 → 98.864). Undefined when a value is not finite or the sum overflows.
 */
export function exactSum(values: readonly number[]): number | undefined {
  let places = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) return undefined;
    const p = decimalPlaces(v);
    if (p < 0) return bigSum(values);
    if (p > places) places = p;
  }
  const scale = POW10[places] as number;
  let sum = 0;
  for (const v of values) {
    const y = v * scale;
    if (!(Math.abs(y) < 2 ** 52)) return bigSum(values);
    sum += Math.round(y);
  }
  if (!(Math.abs(sum) < 2 ** 53)) return bigSum(values);
  const r = sum / scale;
  return r === 0 ? 0 : r;
}

/** a − b, exactly on the decimals (4302.03 − 4302.02 → 0.01). */
export function exactDifference(a: number, b: number): number | undefined {
  return exactSum([a, -b]);
}

function bigSum(values: readonly number[]): number | undefined {
  const decimals = values.map(decimalOf);
  const e = Math.min(0, ...decimals.map((d) => d.e));
  let sum = 0n;
  for (const d of decimals) sum += d.m * pow10n(d.e - e);
  const r = Number(`${sum}e${e}`);
  if (!Number.isFinite(r)) return undefined;
  return r === 0 ? 0 : r;
}
