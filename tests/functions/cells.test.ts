/**
 * cells5 and map5, the element-wise evaluation JS.SCORE runs on (src/functions/cells.ts), against mapN, the
 * generic loop SCORE ran on before: the same cells, errors and shapes for any arguments — single cells,
 * rows, columns, ragged and empty ranges, texts, blanks, booleans, objects — with and without the numeric
 * fast path.
 */
import fc from "fast-check";
import { isFnError, type CellValue } from "../../src/core/result";
import { indicatorScore, parseBasis, type Basis } from "../../src/core/scoring/indicator";
import { cells5, map5, mapN, single } from "../../src/functions/cells";
import * as F from "../../src/functions/functions";
import { installCustomFunctions, shown } from "../helpers/customFunctions";

installCustomFunctions();

/** As src/functions/functions.ts reads an argument: anything but a primitive is NaN (#VALUE!). */
function asCell(v: unknown): CellValue {
  return v === null || v === undefined || typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : Number.NaN;
}

/** JS.SCORE as it was: mapN over the five ranges, every cell through indicatorScore. */
function scoreByMapN(op: unknown, target: unknown, actual: unknown, points: unknown, band: unknown, basisText: unknown): unknown {
  const basis = parseBasis(asCell(basisText));
  if (isFnError(basis)) return single(basis);
  return mapN([op, target, actual, points, band ?? null], (c, b: Basis) => indicatorScore(asCell(c[0]), asCell(c[1]), asCell(c[2]), asCell(c[3]), asCell(c[4]), b), basis);
}

const value = fc.oneof(
  fc.constantFrom(">=", "<=", "=", "≥", "＜＝", ">", "定性", "", null, undefined, 0, 1, true),
  fc.tuple(fc.integer({ min: -1000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 })).map(([m, e]) => Number(`${m}e-${e}`)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 5e-324, 1e300, -0),
  fc.constantFrom("管理规范", "部分达成", "未达成", "全部或基本达成预期指标 100%-80% (含)", "部分达成 75%", "219个", "精确"),
  fc.constant({ type: "Entity" }),
);
/** An argument: a bare value, or a (possibly ragged or empty) 2-D range. */
const range = fc.oneof(
  { weight: 1, arbitrary: value },
  { weight: 4, arbitrary: fc.array(fc.array(value, { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 4 }) },
  { weight: 2, arbitrary: value.map((v) => [[v]]) },
);
const basisText = fc.constantFrom(null, undefined, "辽宁", "精确", "偏离度", "上海");

describe("map5 (JS.SCORE) is mapN with a fast path", () => {
  test("SCORE equals the mapN loop cell for cell, for any arguments", () => {
    fc.assert(
      fc.property(range, range, range, range, fc.oneof(fc.constant(null), range), basisText, (op, target, actual, points, band, basis) => {
        const args = [op, target, actual, points, band, basis] as const;
        const expected = shown(scoreByMapN(...args));
        expect([args, shown((F.score as (...a: unknown[]) => unknown)(...args))]).toEqual([args, expected]);
      }),
      { seed: 20241231, numRuns: 5000 },
    );
  });

  test("on number tables (the fast path's case) with repeated rows, columns and cells", () => {
    const amount = fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 })).map(([m, e]) => Number(`${m}e-${e}`));
    const table = <V>(v: fc.Arbitrary<V>) =>
      fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([rows, cols]) => fc.array(fc.array(v, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
    const op = fc.constantFrom(">=", "<=", "=");
    fc.assert(
      fc.property(table(op), table(amount), table(amount), table(amount), (ops, targets, actuals, points) => {
        expect(shown(F.score(ops, targets, actuals, points))).toEqual(shown(scoreByMapN(ops, targets, actuals, points, null, null)));
      }),
      { seed: 9, numRuns: 2000 },
    );
  });

  test("quick decides a cell when it returns a number; NaN hands the cell to fn", () => {
    const quick = (a: unknown) => (typeof a === "number" ? a * 2 : Number.NaN);
    const fn = (a: unknown) => (typeof a === "string" ? `text ${a}` : { fnError: "value" as const, message: "fn.not-number", params: { param: "x" } });
    const cells = map5([[1, "a"], [null, 3]], null, null, null, null, quick, fn, undefined);
    expect(shown(cells)).toEqual([
      [2, "text a"],
      ["#VALUE! x不是有效的数字", 6],
    ]);
    expect(map5([[4]], [[0]], 0, [[0]], null, quick, fn, undefined)).toEqual([[8]]);
    expect(shown(map5([[1], [2], [3]], [[1], [2]], null, null, null, quick, fn, undefined))).toEqual([[2], [4], ["#N/A 各参数区域的行列数不一致"]]);
    // cells5: one cell per argument without mapping, else map5.
    const each = cells5(quick, fn);
    expect(each([[4]], 0, [[null]], null, null, undefined)).toEqual([[8]]);
    expect(each("b", [[0]], 0, [[0]], null, undefined)).toEqual([["text b"]]);
    expect(shown(each([[1, "a"]], null, null, null, [[0]], undefined))).toEqual([[2, "text a"]]);
  });

  test("the bench's shapes: a 1000-cell row against a single 分值 and a column of 运算符", () => {
    const targets = [Array.from({ length: 1000 }, (_, j) => 100 + j)];
    const actuals = [Array.from({ length: 1000 }, (_, j) => 90 + j / 100)];
    const result = F.score([[">="]], targets, actuals, [[7.1]]) as number[][];
    expect(result).toEqual(scoreByMapN([[">="]], targets, actuals, [[7.1]], null, null));
    expect(result[0]?.[0]).toBe(6.39); // 90 / 100 = 0.9 → 7.1 × 0.9
  });
});
