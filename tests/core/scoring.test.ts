/**
 * Performance self-evaluation scoring (domain.md §6) in domain terms, with the seed's figures.
 * Percentages are fractions rounded to 4 decimals (0.9549 = 95.49%).
 */
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
