import fc from "fast-check";
import { exactDifference, exactSum, isPlain, quickRatio, roundHalfUp, roundRatio } from "../../src/core/decimal";

/** Reference: the decimals as typed (String(x)), divided with BigInt, rounded half away from zero. */
function reference(num: number, den: number, digits: number, factor = 1): number {
  const parse = (x: number): [bigint, number] => {
    const [mant = "", exp = "0"] = String(x).split("e");
    const [int = "", frac = ""] = mant.split(".");
    return [BigInt(int + frac), Number(exp) - frac.length];
  };
  const [a, ae] = parse(num);
  const [b, be] = parse(den);
  const [f, fe] = parse(factor);
  let n = a * f;
  let d = b;
  const k = ae + fe - be + digits;
  if (k >= 0) n *= 10n ** BigInt(k);
  else d *= 10n ** BigInt(-k);
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const r = (2n * an + ad) / (2n * ad);
  const s = r.toString().padStart(digits + 1, "0");
  const v = Number(`${s.slice(0, s.length - digits)}.${s.slice(s.length - digits) || "0"}`);
  return neg && v !== 0 ? -v : v;
}

describe("decimal: half-up rounding on the decimals, not the binary doubles", () => {
  test.each<[number, number, number, number | undefined]>([
    [1.005, 1, 2, 1.01],
    [1.015, 1, 2, 1.02],
    [2.675, 1, 2, 2.68],
    [-1.005, 1, 2, -1.01],
    [0.125, 1, 2, 0.13],
    [1.0049999, 1, 2, 1],
    [4725.08, 4948.06, 4, 0.9549],
    [13.48, 23.14, 4, 0.5825],
    [0.44, 13.48, 4, 0.0326],
    [4725.08, 5577.44, 4, 0.8472],
    [13.04, 13.48, 4, 0.9674],
    [219, 260, 2, 0.84],
    [55, 300, 2, 0.18],
    [1, 8, 2, 0.13], // 0.125 exactly: a tie, rounded up
    [-1, 8, 2, -0.13],
    [1, 3, 0, 0],
    [2, 3, 0, 1],
    [1e-7, 1, 6, 0],
    [5e-7, 1, 6, 0.000001],
    [1.5e21, 1e21, 1, 1.5],
    [1, 0, 2, undefined],
    [Number.NaN, 1, 2, undefined],
    [1, 1, 16, undefined],
    [1, 1, 1.5, undefined],
  ])("roundRatio(%p, %p, %p) = %p", (num, den, digits, expected) => {
    expect(roundRatio(num, den, digits)).toBe(expected);
  });

  test.each<[number, number, number, number]>([
    [0.84, 7.1, 10, 5.964], // 7.1 × 0.84 in doubles is 5.9639999999999995
    [0.18, 10, 10, 1.8], // 10 × 0.18 is 1.7999999999999998
    [51, 10 / 63, 2, 8.1],
  ])("roundRatio(%p, 1, %p digits, factor) removes binary artefacts: → %p", (num, factor, digits, expected) => {
    expect(roundRatio(num, 1, digits, factor)).toBe(expected);
  });

  test("the fast path agrees with exact BigInt division (random decimals, near-ties included)", () => {
    const decimal = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 })).map(([m, e]) => Number(`${m}e-${e}`));
    fc.assert(
      fc.property(decimal, decimal.filter((d) => d !== 0), fc.integer({ min: 0, max: 8 }), (num, den, digits) => {
        expect(roundRatio(num, den, digits)).toBe(reference(num, den, digits));
      }),
      { seed: 20241231, numRuns: 5000 },
    );
    // Exact ties x.xx5 at every scale go through the exact path.
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }), (m, digits) => {
        const x = Number(`${m}5e-${digits + 1}`);
        expect(roundHalfUp(x, digits)).toBe(reference(x, 1, digits));
      }),
      { seed: 7, numRuns: 3000 },
    );
  });

  test("roundRatio with a factor, signs and up to 4 decimals agrees with BigInt division", () => {
    const decimal = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 })).map(([m, e]) => Number(`${m}e-${e}`));
    fc.assert(
      fc.property(decimal, decimal.filter((d) => d !== 0), fc.integer({ min: 0, max: 12 }), decimal, (num, den, digits, factor) => {
        expect(roundRatio(num, den, digits, factor)).toBe(reference(num, den, digits, factor));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });

  test("operands that are not plain (subnormal, huge, infinite) skip the fast path", () => {
    // As doubles 1e-323 / 4.4e-323 is 2 / 9 = 0.22…; as the decimals typed it is 0.227… → 0.23.
    expect(roundRatio(1e-323, 4.4e-323, 2)).toBe(0.23);
    expect(roundRatio(1e-323, 4.4e-323, 2)).toBe(reference(1e-323, 4.4e-323, 2));
    expect(roundRatio(3e200, 2e200, 1)).toBe(1.5);
    expect(roundRatio(1, Number.POSITIVE_INFINITY, 2)).toBeUndefined();
    expect(roundRatio(1, 2, 2, Number.NaN)).toBeUndefined();
    expect(roundRatio(1, 2, -1)).toBeUndefined();
    expect(roundRatio(1e308, 1e-10, 2)).toBeUndefined(); // too large for a double
    // Zero results are 0, never −0 (as the exact path gives them).
    expect(Object.is(roundRatio(0.7, 1, 10, -0), 0)).toBe(true);
    expect(Object.is(roundRatio(-0, 5, 2), 0)).toBe(true);
    expect(Object.is(roundRatio(-1e-9, 1, 2), 0)).toBe(true);
    expect([0, 1e-100, 1, 1e100].map(isPlain)).toEqual([true, true, true, true]);
    expect([-1, 1e-101, 1e101, 5e-324, Number.NaN, Number.POSITIVE_INFINITY, "1", null].map(isPlain)).toEqual([false, false, false, false, false, false, false, false]);
  });

  test.each<[number[], number | undefined]>([
    [[0.1, 0.2], 0.3],
    [[88.864, 10], 98.864],
    [[5.964, 7.1, 7.1, 7.4, 7.1, 7.1, 7.1, 13.4, 13.3, 13.3], 88.864],
    [[1e-20, 1], 1],
    [[], 0],
    [[1, Number.POSITIVE_INFINITY], undefined],
  ])("exactSum(%p) = %p", (values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  test("exactDifference(4302.03, 4302.02) = 0.01 (binary: 0.010000000000218279)", () => {
    expect(exactDifference(4302.03, 4302.02)).toBe(0.01);
    expect(exactDifference(1.1, 2.2)).toBe(-1.1);
  });
});

describe("decimal: quickRatio, the fast path on its own", () => {
  /** m × 10^-e for m ≥ 0: a plain decimal with up to e decimals. */
  const plain = (max: number, decimals: number) =>
    fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: decimals })).map(([m, e]) => Number(`${m}e-${e}`));

  test("decides almost every case of a spreadsheet's size, and then always as BigInt division does", () => {
    let decided = 0;
    let ordinary = 0;
    fc.assert(
      fc.property(plain(10_000_000, 4), plain(10_000_000, 4).filter((d) => d !== 0), fc.integer({ min: 0, max: 10 }), plain(100_000, 2), (num, den, digits, factor) => {
        const exact = reference(num, den, digits, factor);
        const q = quickRatio(num, den, digits, factor);
        // Results of up to 10^12 units (a 10-digit amount to 2 decimals): the fast path should decide.
        const isOrdinary = Math.abs(exact) * 10 ** digits < 1e12;
        if (isOrdinary) ordinary++;
        if (Number.isNaN(q)) return;
        if (isOrdinary) decided++;
        expect(q).toBe(exact);
      }),
      { seed: 20250101, numRuns: 20_000 },
    );
    expect(ordinary).toBeGreaterThan(10_000);
    expect(decided / ordinary).toBeGreaterThan(0.99);
  });

  test("exact ties (x.xx5 on the decimals) are left to the exact path, which rounds them up", () => {
    // num / den = (2k + 1) / (2 × 10^digits) exactly: num = (2k + 1) × u, den = 2 × 10^digits × u.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 6 }), plain(100_000, 2).filter((u) => u !== 0), (k, digits, u) => {
        const num = reference((2 * k + 1) * 100, 100, 2, u); // exact decimal product, as a double
        const den = reference(2 * 10 ** digits * 100, 100, 2, u);
        expect(quickRatio(num, den, digits, 1)).toBeNaN();
        expect(roundRatio(num, den, digits)).toBe(reference(num, den, digits));
        expect(roundRatio(num, den, digits)).toBe(reference(k + 1, 10 ** digits, digits));
      }),
      { seed: 11, numRuns: 3000 },
    );
    // The same as a product: factor × numerator lands on a tie (7.1 × 0.05 = 0.355 → 0.36).
    expect(quickRatio(0.05, 1, 2, 7.1)).toBeNaN();
    expect(roundRatio(0.05, 1, 2, 7.1)).toBe(0.36);
    expect(roundRatio(1.005, 1, 2)).toBe(1.01);
  });

  test("digits outside 0..15 or not an integer give NaN (roundRatio then answers undefined)", () => {
    for (const digits of [-1, 1.5, 16, 22, Number.NaN]) {
      expect(quickRatio(1, 3, digits, 1)).toBeNaN();
      expect(roundRatio(1, 3, digits)).toBeUndefined();
    }
    expect(quickRatio(1, 3, 12, 1)).toBe(0.333333333333);
    expect(quickRatio(1, 3, 15, 1)).toBeNaN(); // 10^15 units: too close to a double's precision to decide
  });
});
