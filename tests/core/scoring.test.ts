/**
 * Performance self-evaluation scoring (domain.md §6) in domain terms, with the seed's figures.
 * Percentages are fractions rounded to 4 decimals (0.9549 = 95.49%).
 */
import fc from "fast-check";
import { isFnError, type CellValue, type FnResult } from "../../src/core/result";
import {
  completionDegree,
  EXACT,
  executionRate,
  executionScore,
  grade,
  indicatorScore,
  LIAONING,
  overTarget,
  parseBand,
  parseBasis,
  parseGradeScheme,
  parseOperator,
  quickScore,
  totalScore,
  type Basis,
} from "../../src/core/scoring";

/** A result in test notation: the value, or "kind message-key" for an error. */
function r(x: FnResult<unknown>): unknown {
  return isFnError(x) ? `${x.fnError} ${x.message}${x.params?.param ? ` ${x.params.param}` : ""}` : x;
}

describe("执行率 = 执行数 / 预算数", () => {
  test.each<[string, number, number, object, unknown]>([
    ["01/04 支出决算 / 年初预算", 4725.08, 4948.06, {}, 0.9549],
    ["07 三公 决算 / 预算", 13.48, 23.14, {}, 0.5825],
    ["07 公务接待费", 0.44, 13.48, {}, 0.0326],
    ["总支出 / 预算", 4725.08, 5577.44, {}, 0.8472],
    ["政府购买法律服务 (the seed prints 83.17%; 22.12 / 26.6 = 83.158%)", 22.12, 26.6, {}, 0.8316],
    ["警用服装购置", 51, 63, {}, 0.8095],
    ["聘用医师经费", 7.68, 10.8, {}, 0.7111],
    ["非税收入成本支出", 62.07, 111, {}, 0.5592],
    ["over budget, uncapped (narrative: 完成年初预算的 327.33%)", 327.33, 100, {}, 3.2733],
    ["over budget, capped", 327.33, 100, { cap: true }, 1],
    ["under budget, capped", 51, 63, { cap: true }, 0.8095],
    ["整体 项目执行率 as an integer percent (35.11 / 41.86 → 84%)", 35.11, 41.86, { percentDigits: 0 }, 0.84],
    ["a half-up tie on the decimals", 1.005, 100, { percentDigits: 2 }, 0.0101],
    ["nothing executed", 0, 10, {}, 0],
    ["zero budget", 1, 0, {}, "div0 fn.zero-budget"],
    ["zero budget, zero executed", 0, 0, {}, "div0 fn.zero-budget"],
    ["negative executed", -1, 10, {}, "num fn.negative 执行数"],
    ["negative budget", 1, -10, {}, "num fn.negative 预算数"],
    ["bad percent digits", 1, 2, { percentDigits: 7 }, "value fn.bad-digits 百分比小数位"],
  ])("%s: %p / %p %p → %p", (_name, executed, budget, options, expected) => {
    expect(r(executionRate(executed, budget, options))).toEqual(expected);
  });
});

describe("预算执行率得分 = 分值 × min(执行率, 1), rounded to 2 decimals as the seed prints it", () => {
  test.each<[number, number, number | undefined, unknown]>([
    [22.12, 26.6, undefined, 8.32], // 83.17% → 8.32
    [51, 63, undefined, 8.1], // 80.95% → 8.10
    [7.68, 10.8, undefined, 7.11], // 71.11% → 7.11
    [62.07, 111, undefined, 5.59], // 55.92% → 5.59
    [27, 27, undefined, 10],
    [30, 27, undefined, 10],
    [8317, 10000, 10, 8.32],
    [8095, 10000, 10, 8.1], // 8.095 exactly: half-up
    [1, 3, 20, 6.67],
    [1, 0, 10, "div0 fn.zero-budget"],
    [1, 2, -1, "num fn.negative 分值"],
  ])("%p / %p, 分值 %p → %p", (executed, budget, points, expected) => {
    expect(r(executionScore(executed, budget, points))).toEqual(expected);
  });
});

describe("完成程度 and 指标得分", () => {
  const SEED_QUALITATIVE = "全部或基本达成预期指标 100%-80% (含)";
  test.each<[string, CellValue, CellValue, CellValue, Basis, unknown]>([
    ["seed: 法律援助受理案件数量 >= 260, 219 (printed 84.0%)", ">=", 260, 219, LIAONING, 0.84],
    ["seed: = 300, 55 (the seed printed 100%)", "=", 300, 55, LIAONING, 0.18],
    ["met", ">=", 95, 95, LIAONING, 1],
    ["over-achieved: full, no bonus", ">=", 10, 25, LIAONING, 1],
    [">= 0 target is met by anything", ">=", 0, 0, LIAONING, 1],
    ["exact basis keeps 4 decimals", ">=", 260, 219, EXACT, 0.8423],
    ["= over target", "=", 100, 125, LIAONING, 0.8],
    ["= both zero", "=", 0, 0, LIAONING, 1],
    ["= zero actual", "=", 10, 0, LIAONING, 0],
    ["<= met", "<=", 10, 8, LIAONING, 1],
    ["<= missed: 指标值 / 完成值", "<=", 10, 12, LIAONING, 0.83],
    ["<= missed, 偏离度: 1 − 2/10", "<=", 10, 12, { roundDegree: true, inverse: "deviation" }, 0.8],
    ["<= missed far, 偏离度 floors at 0", "<=", 10, 25, { roundDegree: true, inverse: "deviation" }, 0],
    ["<= 0 target, 0 actual", "<=", 0, 0, LIAONING, 1],
    ["<= 0 target missed", "<=", 0, 3, LIAONING, 0],
    ["full-width operator", "＞＝", 260, 219, LIAONING, 0.84],
    ["≥", "≥", 260, 219, LIAONING, 0.84],
    ["qualitative: band in 完成值 (the seed's rows)", null, "管理规范", SEED_QUALITATIVE, LIAONING, 1],
    ["qualitative: 定性", "定性", "管理规范", "部分达成", LIAONING, 0.7],
    ["qualitative: desktop Excel passes an empty cell as 0", 0, "管理规范", "未达成", LIAONING, 0.3],
    ["qualitative without a band", "", "管理规范", "很好", LIAONING, "value fn.no-band"],
    ["text 完成值", ">=", 260, "219个", LIAONING, "value fn.text 完成值"],
    ["blank 指标值", ">=", null, 219, LIAONING, "value fn.blank 指标值"],
    ["negative", ">=", 10, -1, LIAONING, "num fn.negative 完成值"],
    ["unknown operator", ">", 10, 5, LIAONING, "value fn.bad-operator"],
  ])("DEGREE %s: %p %p %p → %p", (_name, op, target, actual, basis, expected) => {
    expect(r(completionDegree(op, target, actual, basis))).toEqual(expected);
  });

  test.each<[string, CellValue, CellValue, CellValue, CellValue, CellValue, Basis, unknown]>([
    ["seed: >= 260, 219, 分值 7.1 → 7.1 × 0.84", ">=", 260, 219, 7.1, null, LIAONING, 5.964],
    ["seed: = 300, 55, 分值 10 → 1.8 (the seed printed 5; 1.83 unrounded)", "=", 300, 55, 10, null, LIAONING, 1.8],
    ["same, exact basis", "=", 300, 55, 10, null, EXACT, 1.8333333333],
    ["met: full 分值", ">=", 95, 95, 7.1, null, LIAONING, 7.1],
    ["over-achieved: full 分值", ">=", 10, 25, 13.4, null, LIAONING, 13.4],
    ["<=", "<=", 10, 12, 20, null, LIAONING, 16.6],
    ["qualitative, seed text", null, "管理规范", "全部或基本达成预期指标 100%-80% (含)", 3.3, null, LIAONING, 3.3],
    ["qualitative, 定性档 overrides", null, "管理规范", "全部或基本达成", 10, "部分达成", LIAONING, 7],
    ["qualitative, band with a percentage", null, "", "", 10, "部分达成 75%", LIAONING, 7.5],
    ["qualitative, coefficient", null, "", "", 10, 0.85, LIAONING, 8.5],
    ["qualitative, percentage outside its band", null, "", "", 10, "部分达成 90%", LIAONING, "value fn.bad-band"],
    ["qualitative, 未达成", null, "", "未达成且效果较差", 10, null, LIAONING, 3],
    ["text 分值", ">=", 1, 1, "十", null, LIAONING, "value fn.text 分值"],
    ["negative 分值", ">=", 1, 1, -1, null, LIAONING, "num fn.negative 分值"],
  ])("SCORE %s", (_name, op, target, actual, points, band, basis, expected) => {
    expect(r(indicatorScore(op, target, actual, points, band, basis))).toEqual(expected);
  });

  test("the seed's 法律援助 project: Σ 指标得分 = 88.864 → 小计 88.86, total 98.86", () => {
    const rows: [string, number, number, number][] = [
      [">=", 260, 219, 7.1],
      [">=", 95, 95, 7.1],
      ["=", 100, 100, 7.1],
      [">=", 90, 90, 7.4],
      [">=", 90, 90, 7.1],
      ["=", 100, 100, 7.1],
      ["=", 100, 100, 7.1],
      [">=", 10, 10, 13.4],
      [">=", 5, 5, 13.3],
      [">=", 95, 95, 13.3],
    ];
    const scores = rows.map(([op, t, a, p]) => indicatorScore(op, t, a, p) as number);
    expect(scores[0]).toBe(5.964);
    expect(totalScore(scores, executionScore(27, 27) as number, 0)).toBe(98.86);
  });

  test.each<[CellValue, unknown]>([
    [">=", ">="],
    [" <= ", "<="],
    ["＝", "="],
    ["==", "="],
    ["≤", "<="],
    [null, "qualitative"],
    ["", "qualitative"],
    ["定性", "qualitative"],
    [">", "value fn.bad-operator"],
    [1, "value fn.bad-operator"],
  ])("operator %p → %p", (v, expected) => expect(r(parseOperator(v))).toEqual(expected));

  test.each<[CellValue, unknown]>([
    [null, LIAONING],
    ["辽宁", LIAONING],
    ["精确", EXACT],
    ["不舍入", EXACT],
    ["偏离度", { roundDegree: true, inverse: "deviation" }],
    ["精确 偏离度", { roundDegree: false, inverse: "deviation" }],
    ["辽宁精确", "value fn.bad-basis"],
    ["上海", "value fn.bad-basis"],
    [true, "value fn.bad-basis"],
  ])("口径 %p → %p", (v, expected) => expect(r(parseBasis(v))).toEqual(expected));

  test.each<[CellValue, unknown]>([
    [null, undefined],
    [0, undefined],
    ["全部或基本达成", { band: "achieved", coefficient: 1 }],
    ["基本达成", { band: "achieved", coefficient: 1 }],
    ["部分达成并具有一定效果", { band: "partial", coefficient: 0.7 }],
    ["未达成", { band: "missed", coefficient: 0.3 }],
    ["全部或基本达成预期指标 100%-80% (含)", { band: "achieved", coefficient: 1 }],
    ["基本达成 80%", { band: "achieved", coefficient: 0.8 }],
    ["部分达成 60％", { band: "partial", coefficient: 0.6 }],
    ["部分达成 80%", "value fn.bad-band"],
    ["55%", { band: "missed", coefficient: 0.55 }],
    [0.9, { band: "achieved", coefficient: 0.9 }],
    [1.5, "value fn.bad-band"],
    ["优秀", "value fn.bad-band"],
  ])("定性档 %p → %p", (v, expected) => expect(r(parseBand(v))).toEqual(expected));

  test("overTarget flags 完成值 ≥ 1.5 × 指标值 on >= indicators", () => {
    expect(overTarget(">=", 10, 15)).toBe(true);
    expect(overTarget(">=", 10, 14.99)).toBe(false);
    expect(overTarget("<=", 10, 15)).toBe(false);
    expect(overTarget(">=", 0, 15)).toBe(false);
  });
});

describe("指标得分 辽宁口径: the inline path (quickScore) is the general path, exactly on the decimals", () => {
  /** The general path: an equal basis that is not the LIAONING object skips quickScore. */
  const GENERAL: Basis = { roundDegree: true, inverse: "ratio" };
  const OPS = [">=", "<=", "="] as const;

  function decimal(x: number): [bigint, number] {
    const [mant = "", exp = "0"] = String(x).split("e");
    const [int = "", frac = ""] = mant.split(".");
    return [BigInt(int + frac), Number(exp) - frac.length];
  }

  /** 分值 × (lo / hi rounded half-up to 2 decimals), with BigInt on the decimals as typed. */
  function reference(op: (typeof OPS)[number], target: number, actual: number, points: number): number {
    const met = op === ">=" ? actual >= target : op === "<=" ? actual <= target : actual === target;
    if (met) return points;
    const [lo, hi] = op === ">=" ? [actual, target] : op === "<=" ? [target, actual] : [Math.min(actual, target), Math.max(actual, target)];
    const [ml, el] = decimal(lo);
    const [mh, eh] = decimal(hi);
    const n = ml * 100n * 10n ** BigInt(Math.max(0, el - eh));
    const d = mh * 10n ** BigInt(Math.max(0, eh - el));
    const k = (2n * n + d) / (2n * d); // 完成程度 in hundredths
    const [mp, ep] = decimal(points);
    return Number(`${mp * k}e${ep - 2}`);
  }

  /** m × 10^-e: a non-negative decimal with up to e decimals. */
  const amount = (max: number, decimals: number) =>
    fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: decimals })).map(([m, e]) => Number(`${m}e-${e}`));

  test("random rows: fast, general and BigInt agree (2–4 decimals, zeros, equal values)", () => {
    const row = fc.tuple(fc.constantFrom(...OPS), amount(10_000_000, 4), amount(10_000_000, 4), amount(10_000, 2), fc.boolean());
    let decided = 0;
    fc.assert(
      fc.property(row, ([op, target, a, points, same]) => {
        const actual = same ? target : a;
        const general = indicatorScore(op, target, actual, points, null, GENERAL);
        expect(indicatorScore(op, target, actual, points)).toBe(general);
        const quick = quickScore(op, target, actual, points, null, LIAONING);
        if (!Number.isNaN(quick)) {
          decided++;
          expect(quick).toBe(general);
        }
        expect(general).toBe(reference(op, target, actual, points));
      }),
      { seed: 20241231, numRuns: 20_000 },
    );
    expect(decided).toBeGreaterThan(19_000); // the fast path is the common case
  });

  test("完成程度 exactly on a tie (k.5 hundredths) rounds up, through the exact path", () => {
    // actual / target = (2k + 1) / 200: actual = (2k + 1) × u, target = 200 × u.
    const tie = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), amount(1000, 2));
    fc.assert(
      fc.property(tie, ([k, m, e, points]) => {
        const actual = Number(`${(2 * k + 1) * m}e-${e}`);
        const target = Number(`${200 * m}e-${e}`);
        const expected = reference(">=", target, actual, points);
        expect(indicatorScore(">=", target, actual, points)).toBe(expected);
        expect(indicatorScore("<=", actual, target, points)).toBe(expected);
        expect(indicatorScore("=", target, actual, points)).toBe(expected);
        expect(indicatorScore(">=", target, actual, points, null, GENERAL)).toBe(expected);
      }),
      { seed: 3, numRuns: 3000 },
    );
    expect(indicatorScore(">=", 8, 1, 10)).toBe(1.3); // 0.125 → 0.13
    expect(indicatorScore(">=", 200, 1, 7.1)).toBe(0.071); // 0.005 → 0.01
  });

  test.each<[string, unknown, unknown, unknown, unknown, Basis]>([
    ["qualitative row, a band text not read before", null, "管理规范", "部分达成（首次出现的写法）", 10, LIAONING],
    ["qualitative row, 定性 spelled out", "定性", "管理规范", "部分达成", 10, LIAONING],
    ["full-width operator (parsed by the general path)", "＞＝", 260, 219, 7.1, LIAONING],
    ["unknown operator", ">", 10, 5, 7.1, LIAONING],
    ["negative 完成值", ">=", 10, -1, 7.1, LIAONING],
    ["negative 分值", ">=", 10, 5, -1, LIAONING],
    ["text 完成值", ">=", 260, "219个", 7.1, LIAONING],
    ["blank 分值", ">=", 1, 1, null, LIAONING],
    ["infinite 指标值", ">=", Number.POSITIVE_INFINITY, 1, 7.1, LIAONING],
    ["NaN 完成值", ">=", 10, Number.NaN, 7.1, LIAONING],
    ["subnormal amounts", ">=", 4.4e-323, 1e-323, 10, LIAONING],
    ["exact basis", ">=", 260, 219, 7.1, EXACT],
    ["偏离度", "<=", 10, 12, 7.1, { roundDegree: true, inverse: "deviation" }],
  ])("quickScore leaves the %s to the general path (NaN)", (_name, op, target, actual, points, basis) => {
    expect(quickScore(op, target, actual, points, null, basis)).toBeNaN();
  });

  test("qualitative rows: a band text read once is decided inline after, with the general path's value", () => {
    const texts = ["全部或基本达成预期指标 100%-80% (含)", "部分达成", "未达成", "部分达成 75%", "基本达成 85%", "未达成 12.5%", "部分达成 80%", "很好"];
    const points = fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 })).map(([m, e]) => Number(`${m}e-${e}`));
    fc.assert(
      fc.property(fc.constantFrom(...texts), points, fc.constantFrom(null, "", 0, undefined), fc.constantFrom(LIAONING, EXACT), (text, p, op, basis) => {
        const general = indicatorScore(op as CellValue, "管理规范", text, p, null, basis); // also reads the text into the cache
        const quick = quickScore(op, "管理规范", text, p, null, basis);
        if (isFnError(general)) expect(quick).toBeNaN();
        else if (p <= 100) expect(quick).toBe(general); // 10^12 units at most: always decided
        else if (!Number.isNaN(quick)) expect(quick).toBe(general);
        expect(indicatorScore(op as CellValue, "管理规范", text, p, null, basis)).toEqual(general);
        // A 定性档 always goes the general way.
        expect(quickScore(op, "管理规范", text, p, "部分达成", basis)).toBeNaN();
      }),
      { seed: 17, numRuns: 2000 },
    );
    expect(quickScore(null, "", "部分达成", 3.3, null, LIAONING)).toBe(2.31); // 3.3 × 0.7 (2.3099999999999996 in doubles)
    expect(quickScore(null, "", "部分达成 12.5%", 3.3, null, LIAONING)).toBeNaN(); // outside its band: the general path's error
    expect(r(indicatorScore(null, "", "部分达成 12.5%", 3.3))).toBe("value fn.bad-band");
  });

  test("what the general path makes of rows quickScore leaves to it", () => {
    expect(r(indicatorScore(">=", 10, -1, 7.1))).toBe("num fn.negative 完成值");
    expect(r(indicatorScore(">=", Number.POSITIVE_INFINITY, 1, 7.1))).toBe("value fn.not-number 指标值");
    // As doubles 1e-323 / 4.4e-323 is 2 / 9; on the decimals 0.227… → 0.23.
    expect(indicatorScore(">=", 4.4e-323, 1e-323, 10)).toBe(2.3);
  });
});

describe("总得分 and 等级", () => {
  test.each<[number[], number, number, unknown]>([
    [[88.86], 10, 0, 98.86],
    [[85], 5.59, 0, 90.59],
    [[88.864], 10, 0, 98.86],
    [[90], 7.1111, 8.1111, 89], // seed 聘用医师经费: 减分项 8.1111 is the plug to 89
    [[85], 5.59189, 21.59189, 69], // seed 非税收入成本支出
    [[], 10, 0, 10],
    [[90], 10, -1, "num fn.negative 减分项"],
  ])("TOTALSCORE(%p, %p, %p) → %p", (scores, execution, deduction, expected) => {
    expect(r(totalScore(scores, execution, deduction))).toEqual(expected);
  });

  test.each<[number, "standard" | "pass", unknown]>([
    [100, "standard", "优"],
    [90, "standard", "优"],
    [89.99, "standard", "良"],
    [80, "standard", "良"],
    [79.99, "standard", "中"],
    [60, "standard", "中"],
    [59.99, "standard", "差"],
    [0, "standard", "差"],
    [75, "pass", "合格"],
    [50, "pass", "不合格"],
    [100.01, "standard", "num fn.score-range"],
    [-1, "standard", "num fn.score-range"],
  ])("GRADE(%p, %p) → %p", (score, scheme, expected) => {
    expect(r(grade(score, scheme))).toEqual(expected);
  });

  test.each<[CellValue, unknown]>([
    [null, "standard"],
    [1, "standard"],
    [2, "pass"],
    ["优良中差", "standard"],
    ["优/良/合格/不合格", "pass"],
    [3, "value fn.bad-scheme"],
    ["ABCD", "value fn.bad-scheme"],
  ])("等级体系 %p → %p", (v, expected) => expect(r(parseGradeScheme(v))).toEqual(expected));
});
