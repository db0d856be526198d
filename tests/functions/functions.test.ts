/**
 * The JS.* wrappers called as Excel calls them: ranges as 2-D arrays (a single cell is [[x]]), omitted
 * optional arguments as null, errors RETURNED as CustomFunctions.Error with a code and a Chinese message.
 * Results are shown as values or "#CODE message".
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { installCustomFunctions, shown, StubError } from "../helpers/customFunctions";

installCustomFunctions();

/** Calls with Excel-style loose arguments that TypeScript would reject. */
type Loose = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]) => shown((fn as Loose)(...args));
/** One cell in, one cell out. */
const cell = (fn: unknown, ...args: unknown[]) => {
  const result = call(fn, ...args.map((a) => [[a]]));
  expect(Array.isArray(result)).toBe(true);
  return (result as unknown[][])[0]?.[0];
};

describe("the issue's seed values, through the wrappers", () => {
  test.each<[string, () => unknown, unknown]>([
    ["EXECRATE 4725.08/4948.06 → 95.49%", () => cell(F.execrate, 4725.08, 4948.06), 0.9549],
    ["EXECRATE 13.48/23.14 → 58.25%", () => cell(F.execrate, 13.48, 23.14), 0.5825],
    ["EXECRATE 0.44/13.48 → 3.26%", () => cell(F.execrate, 0.44, 13.48), 0.0326],
    ["EXECRATE 4725.08/5577.44 → 84.72%", () => cell(F.execrate, 4725.08, 5577.44), 0.8472],
    ["EXECSCORE 62.07/111 → 5.59", () => cell(F.execscore, 62.07, 111), 5.59],
    ["EXECSCORE 83.17% → 8.32", () => cell(F.execscore, 0.8317, 1), 8.32],
    ["EXECSCORE 80.95% → 8.10", () => cell(F.execscore, 0.8095, 1), 8.1],
    ["EXECSCORE 71.11% → 7.11", () => cell(F.execscore, 0.7111, 1), 7.11],
    ["EXECSCORE seed amounts 22.12/26.6 → 8.32", () => cell(F.execscore, 22.12, 26.6), 8.32],
    ["EXECSCORE seed amounts 51/63 → 8.10", () => cell(F.execscore, 51, 63), 8.1],
    ["EXECSCORE seed amounts 7.68/10.8 → 7.11", () => cell(F.execscore, 7.68, 10.8), 7.11],
    ["SCORE >=,260,219,7.1 → 5.964", () => cell(F.score, ">=", 260, 219, 7.1), 5.964],
    ["SCORE =,300,55,10 → 1.8 (辽宁口径)", () => cell(F.score, "=", 300, 55, 10), 1.8],
    ["SCORE =,300,55,10 → 1.83 unrounded (精确口径)", () => call(F.score, [["="]], [[300]], [[55]], [[10]], null, "精确"), [[1.8333333333]]],
    ["DEGREE 219 vs 260 → 0.84", () => cell(F.degree, ">=", 260, 219), 0.84],
    ["TOTALSCORE(88.86, 10, 0) → 98.86", () => call(F.totalscore, [[88.86]], 10, 0), 98.86],
    ["TOTALSCORE(85, 5.59, 0) → 90.59", () => call(F.totalscore, [[85]], 5.59, 0), 90.59],
    ["SHARE 13.04 of 13.48 → 96.74%", () => cell(F.share, 13.04, 13.48), 0.9674],
  ])("%s", (_name, run, expected) => expect(run()).toEqual(expected));
});

describe("every function, one cell at a time", () => {
  test.each<[string, unknown, unknown[], unknown]>([
    ["EXECRATE capped", F.execrate, [[[150]], [[100]], true], [[1]]],
    ["EXECRATE uncapped", F.execrate, [[[150]], [[100]], null], [[1.5]]],
    ["EXECRATE 0 percent digits", F.execrate, [[[35.11]], [[41.86]], false, 0], [[0.84]]],
    ["EXECRATE 1.005%", F.execrate, [[[1.005]], [[100]]], [[0.0101]]],
    ["EXECSCORE 分值 20", F.execscore, [[[1]], [[3]], [[20]]], [[6.67]]],
    ["EXECSCORE default 分值 when omitted (null)", F.execscore, [[[51]], [[63]], null], [[8.1]]],
    ["DEGREE <=", F.degree, [[["<="]], [[10]], [[12]]], [[0.83]]],
    ["DEGREE <= 偏离度", F.degree, [[["<="]], [[10]], [[12]], "偏离度"], [[0.8]]],
    ["DEGREE qualitative", F.degree, [[[null]], [["管理规范"]], [["部分达成"]]], [[0.7]]],
    ["SCORE qualitative, seed text", F.score, [[[null]], [["管理规范"]], [["全部或基本达成预期指标 100%-80% (含)"]], [[3.3]]], [[3.3]]],
    ["SCORE qualitative with 定性档", F.score, [[[""]], [[""]], [[""]], [[10]], [["部分达成 75%"]]], [[7.5]]],
    ["TOTALSCORE over a range with blanks", F.totalscore, [[[5.964], [7.1], [null], [""], [13.4]], 10], 36.46],
    ["TOTALSCORE 减分项", F.totalscore, [[[90]], 7.1111, 8.1111], 89],
    ["GRADE", F.grade, [[[98.86], [89.99], [70], [59]]], [["优"], ["良"], ["中"], ["差"]]],
    ["GRADE 优良合格不合格", F.grade, [[[70], [59]], "优良合格不合格"], [["合格"], ["不合格"]]],
    ["CHANGE", F.change, [[[4302.03]], [[4302.02]]], [[0.01]]],
    ["CHANGERATE", F.changerate, [[[110]], [[100]]], [[0.1]]],
    ["TREND", F.trend, [[[2], [1], [1]], [[1], [2], [1]]], [["增加"], ["减少"], ["持平"]]],
    ["TREND 增长", F.trend, [[[2], [1]], [[1], [2]], 2], [["增长"], ["降低"]]],
    ["TREND 大于", F.trend, [[[2], [1], [1]], [[1], [2], [1]], "大于"], [["大于"], ["小于"], ["等于"]]],
    ["SUBJECT", F.subject, [[[2040601], ["20406"], [204]]], [["行政运行"], ["司法"], ["公共安全支出"]]],
    ["ECON", F.econ, [[[302], ["30201"]]], [["商品和服务支出"], ["办公费"]]],
    ["SUMCODE 项 under 20406", F.sumcode, [[["204"], ["20406"], [2040601], ["2040602"], ["20407"]], [[10], [5], [1.005], [2.003], [3]], 20406], 3.008],
    ["SUMCODE 款 under 204", F.sumcode, [[["204"], ["20406"], [2040601], ["20407"]], [[10], [5], [1], [3]], "204"], 8],
    ["SUMCODE blank amounts", F.sumcode, [[["20406"], ["20407"]], [[null], [3]], "204"], 3],
    ["WANYUAN", F.wanyuan, [[[12345678, 12350]]], [[1234.57, 1.24]]],
    ["CHECK 通过", F.check, [1, [[0.5], [0.5]]], "通过"],
    ["CHECK 尾差", F.check, [1, [[0.5], [0.49]]], "尾差"],
    ["CHECK 错误 (≥ τ)", F.check, [1, [[0.5], [0.48]]], "错误"],
    ["CHECK blank addends count in n", F.check, [1, [[0.5], [0.48], [null]]], "尾差"],
    ["CHECK custom tolerance", F.check, [1, [[0.5], [0.48]], 0.01], "尾差"],
  ])("%s", (_name, fn, args, expected) => expect(call(fn, ...args)).toEqual(expected));

  test("CHECK: seed 06 302 (673.78 against 27 items summing to 673.76) → 尾差; 0.15 off → 错误", () => {
    const printed = [64.31, 4.67, null, null, 1.53, 22.92, 3.83, 80.21, 0.92, null, 64.46, null, 10.36, null, null, 8.14, 0.44];
    const items = [...printed, null, null, 207.63, 1.23, 13.04, 158.85, null, null, null, 31.22].map((v) => [v]);
    expect(items).toHaveLength(27);
    expect(call(F.check, 673.78, items)).toBe("尾差");
    expect(call(F.check, 673.91, items)).toBe("错误");
  });
});

describe("errors: the right code and a Chinese message, returned, never thrown, never a silent 0", () => {
  test.each<[string, unknown, unknown[], unknown]>([
    ["EXECRATE zero budget", F.execrate, [[[1]], [[0]]], [["#DIV/0! 预算数为零"]]],
    ["EXECRATE text", F.execrate, [[["abc"]], [[1]]], [["#VALUE! 执行数“abc”不是数字"]]],
    ["EXECRATE number stored as text", F.execrate, [[["123"]], [[1]]], [["#VALUE! 执行数“123”不是数字"]]],
    ["EXECRATE blank (Excel on the web passes null)", F.execrate, [[[1]], [[null]]], [["#VALUE! 预算数为空，请填写数字"]]],
    ["EXECRATE blank text", F.execrate, [[[""]], [[1]]], [["#VALUE! 执行数为空，请填写数字"]]],
    ["EXECRATE logical", F.execrate, [[[true]], [[1]]], [["#VALUE! 执行数是逻辑值，请填写数字"]]],
    ["EXECRATE negative", F.execrate, [[[-1]], [[1]]], [["#NUM! 执行数不能为负数"]]],
    ["EXECRATE bad 封顶", F.execrate, [[[1]], [[1]], "是"], [["#VALUE! 封顶应为 TRUE 或 FALSE"]]],
    ["EXECRATE bad digits", F.execrate, [[[1]], [[1]], null, 9], [["#VALUE! 百分比小数位须为 0–6 的整数"]]],
    ["EXECSCORE zero budget", F.execscore, [[[1]], [[0]]], [["#DIV/0! 预算数为零"]]],
    ["EXECSCORE text 分值", F.execscore, [[[1]], [[2]], [["十分"]]], [["#VALUE! 分值“十分”不是数字"]]],
    ["DEGREE bad operator", F.degree, [[[">"]], [[1]], [[1]]], [["#VALUE! 运算符应为 >=、<= 或 =，定性指标留空"]]],
    ["DEGREE bad 口径", F.degree, [[[">="]], [[1]], [[1]], "上海"], [["#VALUE! 口径应为“辽宁”或“精确”，可加“偏离度”"]]],
    ["DEGREE text 完成值", F.degree, [[[">="]], [[260]], [["219个"]]], [["#VALUE! 完成值“219个”不是数字"]]],
    ["SCORE no band", F.score, [[[null]], [["管理规范"]], [["很好"]], [[10]]], [["#VALUE! 定性指标请在完成值或定性档中写明“全部或基本达成”“部分达成”或“未达成”"]]],
    ["SCORE blank 分值", F.score, [[[">="]], [[1]], [[1]], [[null]]], [["#VALUE! 分值为空，请填写数字"]]],
    ["TOTALSCORE text in range", F.totalscore, [[[1], ["x"]], 10], "#VALUE! 指标得分“x”不是数字"],
    ["TOTALSCORE blank 执行率得分", F.totalscore, [[[1]], null], "#VALUE! 执行率得分为空，请填写数字"],
    ["TOTALSCORE negative 减分项", F.totalscore, [[[1]], 1, -2], "#NUM! 减分项不能为负数"],
    ["GRADE out of range", F.grade, [[[120]]], [["#NUM! 总分应在 0 到 100 之间"]]],
    ["GRADE bad scheme", F.grade, [[[90]], 5], [["#VALUE! 等级体系应为 1（优良中差）或 2（优良合格不合格）"]]],
    ["SHARE zero total", F.share, [[[1]], [[0]]], [["#DIV/0! 总数为零，不计算占比"]]],
    ["CHANGE text", F.change, [[["一百"]], [[1]]], [["#VALUE! 本年数“一百”不是数字"]]],
    ["CHANGERATE zero base", F.changerate, [[[5]], [[0]]], [["#N/A 上年数为零，不计算增减率"]]],
    ["CHANGERATE negative base", F.changerate, [[[5]], [[-1]]], [["#NUM! 上年数为负数，不计算增减率"]]],
    ["TREND bad wording", F.trend, [[[1]], [[1]], 7], [["#VALUE! 用词应为 1（增加/减少/持平）、2（增长/降低/持平）或 3（大于/小于/等于）"]]],
    ["SUBJECT unknown code", F.subject, [[[2049998]]], [["#N/A 未找到科目编码"]]],
    ["SUBJECT malformed code", F.subject, [[["20406a"]]], [["#VALUE! 科目编码“20406a”格式不对，应为 3、5 或 7 位数字"]]],
    ["SUBJECT blank", F.subject, [[[null]]], [["#VALUE! 科目编码为空，请填写数字"]]],
    ["ECON unknown code", F.econ, [[[30298]]], [["#N/A 未找到科目编码"]]],
    ["ECON 7 digits", F.econ, [[[2040601]]], [["#VALUE! 科目编码“2040601”格式不对，应为 3 或 5 位数字"]]],
    ["SUMCODE bad prefix", F.sumcode, [[["20406"]], [[1]], "2040601"], "#VALUE! 前缀应为 3 位或 5 位科目编码"],
    ["SUMCODE ranges of different size", F.sumcode, [[["20406"], ["20407"]], [[1]], "204"], "#VALUE! 编码范围和金额范围的行列数须一致"],
    ["SUMCODE text amount in a matching row", F.sumcode, [[["20406"]], [["x"]], "204"], "#VALUE! 金额“x”不是数字"],
    ["WANYUAN text", F.wanyuan, [[["abc"]]], [["#VALUE! 元“abc”不是数字"]]],
    ["WANYUAN bad digits", F.wanyuan, [[[1]], 7], [["#VALUE! 小数位须为 0–6 的整数"]]],
    ["CHECK text total", F.check, ["合计", [[1]]], "#VALUE! 合计“合计”不是数字"],
    ["CHECK text addend", F.check, [1, [[1], ["—"]]], "#VALUE! 明细“—”不是数字"],
    ["CHECK bad tolerance", F.check, [1, [[1]], 2], "#VALUE! 每数容差应为 0 到 1 之间的数（万元）"],
  ])("%s", (_name, fn, args, expected) => {
    let result: unknown;
    expect(() => (result = (fn as Loose)(...args))).not.toThrow();
    expect(shown(result)).toEqual(expected);
  });

  test("error cells are CustomFunctions.Error instances", () => {
    const [[e]] = F.execrate([[1]], [[0]]) as unknown as [[StubError]];
    expect(e).toBeInstanceOf(StubError);
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBe("预算数为零");
  });

  const ALL: Record<string, unknown> = { ...F };
  const anything = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom(">=", "<=", "=", "部分达成", "2040601", "辽宁", "精确"),
  );
  const range = fc.oneof(anything, fc.array(fc.array(anything, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));
  test.each(Object.keys(ALL))("%s never throws and returns only values or CustomFunctions.Error, for any arguments", (name) => {
    const fn = ALL[name] as Loose;
    fc.assert(
      fc.property(fc.array(range, { maxLength: fn.length + 1 }), (args) => {
        const result = fn(...args);
        const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
        for (const c of cells) {
          const ok = c instanceof StubError || typeof c === "string" || (typeof c === "number" && Number.isFinite(c));
          expect([name, args, ok]).toEqual([name, args, true]);
        }
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe("ranges: same-shape results, per-cell errors, Excel's array broadcasting", () => {
  test("EXECRATE over a column with one bad row: the other rows still calculate", () => {
    expect(call(F.execrate, [[4725.08], [1], [13.48], ["x"]], [[4948.06], [0], [23.14], [1]])).toEqual([
      [0.9549],
      ["#DIV/0! 预算数为零"],
      [0.5825],
      ["#VALUE! 执行数“x”不是数字"],
    ]);
  });

  test("a single cell repeats along a range (one budget for a row of execution figures)", () => {
    expect(call(F.share, [[1, 2, 3]], [[4]])).toEqual([[0.25, 0.5, 0.75]]);
    expect(call(F.execscore, [[51], [7.68]], [[63], [10.8]], [[10]])).toEqual([[8.1], [7.11]]);
  });

  test("a row repeats down a column and a column across a row (outer shape)", () => {
    expect(call(F.change, [[10], [20]], [[1, 2]])).toEqual([
      [9, 8],
      [19, 18],
    ]);
  });

  test("cells outside a smaller range are #N/A", () => {
    expect(call(F.changerate, [[110], [120], [130]], [[100], [100]])).toEqual([[0.1], [0.2], ["#N/A 各参数区域的行列数不一致"]]);
  });

  test("a 2-D range keeps its shape", () => {
    expect(call(F.wanyuan, [[10000, 20000], [null, 35000]])).toEqual([
      [1, 2],
      ["#VALUE! 元为空，请填写数字", 3.5],
    ]);
  });

  test("SCORE over a whole indicator table (the seed's 法律援助 project), 小计 through TOTALSCORE", () => {
    const ops = [[">="], [">="], ["="], [">="], [">="], ["="], ["="], [">="], [">="], [">="]];
    const targets = [[260], [95], [100], [90], [90], [100], [100], [10], [5], [95]];
    const actuals = [[219], [95], [100], [90], [90], [100], [100], [10], [5], [95]];
    const points = [[7.1], [7.1], [7.1], [7.4], [7.1], [7.1], [7.1], [13.4], [13.3], [13.3]];
    const scores = F.score(ops, targets, actuals, points) as number[][];
    expect(scores.flat()).toEqual([5.964, 7.1, 7.1, 7.4, 7.1, 7.1, 7.1, 13.4, 13.3, 13.3]);
    expect(F.totalscore(scores, 10, 0)).toBe(98.86);
    expect(F.grade([[98.86]])).toEqual([["优"]]);
  });

  test("a bad option argument fills the one-cell result with its error", () => {
    expect(call(F.execrate, [[1], [2]], [[2], [2]], "x")).toEqual([["#VALUE! 封顶应为 TRUE 或 FALSE"]]);
  });
});
