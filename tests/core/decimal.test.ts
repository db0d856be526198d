import fc from "fast-check";
import { exactDifference, exactSum, roundHalfUp, roundRatio } from "../../src/core/decimal";

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
