/**
 * Exact money. Amounts are integers in hundredths of 万元 (i.e. 100 元), the unit the published tables
 * print to. Conversions from user input go through decimal strings so that binary floats never decide
 * a rounding (1.005 → 1.01, not 1.00).
 */

/** An amount in hundredths of 万元 (one unit = 0.01 万元 = 100 元). Always a safe integer. */
export type Money = number;

/** Rounds a non-negative decimal string half-up to `digits` decimals and returns it as an integer scaled by 10^digits. */
function roundDecimalString(intPart: string, fracPart: string, digits: number): bigint {
  const padded = (fracPart + "0".repeat(digits + 1)).slice(0, digits + 1);
  const scaled = BigInt((intPart || "0") + padded.slice(0, digits));
  const rest = fracPart.slice(digits);
  return /^[5-9]/.test(rest) ? scaled + 1n : scaled;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a plain decimal string in 万元 ("1059.71", "-3", "1e3") into Money, half-up at 0.01.
 * Returns undefined when the text is not a plain number.
 */
export function moneyFromDecimal(text: string): Money | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined;
  let [, sign, intPart = "", frac = ""] = m;
  const exp = Number(m[4] ?? 0);
  if (exp > 0) {
    frac = frac.padEnd(exp, "0");
    intPart += frac.slice(0, exp);
    frac = frac.slice(exp);
  } else if (exp < 0) {
    intPart = intPart.padStart(-exp + 1, "0");
    frac = intPart.slice(intPart.length + exp) + frac;
    intPart = intPart.slice(0, intPart.length + exp);
  }
  const v = Number(roundDecimalString(intPart, frac, 2));
  if (!Number.isSafeInteger(v)) return undefined;
  return sign === "-" && v !== 0 ? -v : v;
}

/** Money from a spreadsheet number in 万元; the shortest round-trip decimal of the double is what the user typed. */
export function moneyFromNumber(n: number): Money | undefined {
  if (!Number.isFinite(n)) return undefined;
  return moneyFromDecimal(String(n));
}

/** Money to a JavaScript number in 万元 for writing to a cell (1059.71). */
export function moneyToNumber(m: Money): number {
  return m / 100;
}

/** 万元 text with thousands separators and two decimals: 557744 → "5,577.44". */
export function formatMoney(m: Money): string {
  const neg = m < 0;
  const abs = Math.abs(m);
  const int = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = String(abs % 100).padStart(2, "0");
  return `${neg ? "-" : ""}${int}.${frac}`;
}

/** Amount has at most two decimals when read as 万元 (true for 12.34, false for 12.345). */
export function hasAtMostTwoDecimals(n: number): boolean {
  const m = /\.(\d+)/.exec(String(n));
  return !m || (m[1] ?? "").length <= 2;
}

export function sumMoney(values: readonly Money[]): Money {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * 元 → 万元 rounded half-up to `digits` decimals (custom function JS.WANYUAN). Undefined for a non-finite
 * amount or digits outside 0..6.
 */
export function yuanToWan(yuan: number, digits: number): number | undefined {
  if (!Number.isFinite(yuan) || !Number.isInteger(digits) || digits < 0 || digits > 6) return undefined;
  const m = DECIMAL.exec(String(Math.abs(yuan)));
  if (!m) return undefined;
  // Shift the decimal point four places left on the digits themselves: no binary division.
  const [intPart, frac] = shiftLeft(m[2] ?? "", m[3] ?? "", 4 - Number(m[4] ?? 0));
  const scaled = Number(roundDecimalString(intPart, frac, digits)) / 10 ** digits;
  return yuan < 0 && scaled !== 0 ? -scaled : scaled;
}

function shiftLeft(intPart: string, frac: string, places: number): [string, string] {
  if (places >= 0) {
    const padded = intPart.padStart(places + 1, "0");
    return [padded.slice(0, padded.length - places), padded.slice(padded.length - places) + frac];
  }
  const f = frac.padEnd(-places, "0");
  return [intPart + f.slice(0, -places), f.slice(-places)];
}
