/** Figure helpers (占比, 增减, 用词, 下级科目合计, 尾差检查) and subject names, in domain terms. */
import { economicItems } from "../../src/core/catalog/economic";
import { subjectName } from "../../src/core/catalog/lookup";
import { EXAMPLE_PRINTED } from "../../src/core/example/liaoning2024";
import { change, changeRate, checkSum, parseWording, share, sumNextLevel, trendWord } from "../../src/core/figures";
import { STANDARD_TOLERANCE } from "../../src/core/model/report";
import { fnError, isFnError, type CellValue, type FnResult } from "../../src/core/result";

function r(x: FnResult<unknown>): unknown {
  return isFnError(x) ? `${x.fnError} ${x.message}` : x;
}

test.each<[number, number, unknown]>([
  [13.04, 13.48, 0.9674], // 07: 公务用车 of 三公
  [0.44, 13.48, 0.0326],
  [1, 3, 0.3333],
  [2, 3, 0.6667],
  [0, 5, 0],
  [5, 0, "div0 fn.zero-total"],
])("占比 %p / %p → %p", (part, total, expected) => expect(r(share(part, total))).toEqual(expected));

test.each<[number, number, unknown]>([
  [4302.03, 4302.02, 0.01],
  [100, 120.5, -20.5],
  [0.3, 0.1, 0.2],
  [5, 5, 0],
])("增减额 %p − %p → %p", (a, b, expected) => expect(r(change(a, b))).toEqual(expected));

test.each<[number, number, unknown]>([
  [110, 100, 0.1],
  [13.48, 23.14, -0.4175],
  [100, 100, 0],
  [1.00005, 1, 0.0001], // half-up on the decimals
  [5, 0, "na fn.zero-base"],
  [5, -1, "num fn.negative-base"],
])("增减率 (%p − %p) / 上年 → %p", (a, b, expected) => expect(r(changeRate(a, b))).toEqual(expected));

test.each<[number, number, "change" | "growth" | "compare", string]>([
  [2, 1, "change", "增加"],
  [1, 2, "change", "减少"],
  [1, 1, "change", "持平"],
  [2, 1, "growth", "增长"],
  [1, 2, "growth", "降低"],
  [2, 1, "compare", "大于"],
  [1, 2, "compare", "小于"],
  [1, 1, "compare", "等于"],
  [0.1 + 0.2, 0.3, "change", "持平"], // SUM artefacts are not a change
  [4302.03, 4302.02, "change", "增加"],
])("用词 %p vs %p (%s) → %s", (a, b, wording, expected) => expect(trendWord(a, b, wording)).toBe(expected));

test.each<[CellValue, unknown]>([
  [null, "change"],
  [1, "change"],
  [2, "growth"],
  [3, "compare"],
  ["增长/降低", "growth"],
  ["大于", "compare"],
  ["增加", "change"],
  [4, "value fn.bad-wording"],
  ["上升", "value fn.bad-wording"],
])("用词参数 %p → %p", (v, expected) => expect(r(parseWording(v))).toEqual(expected));

describe("下级科目合计 (SUMIF on code prefix and length)", () => {
  const codes = ["204", "20406", "2040601", "2040602", "2040699", "20407", "2040701", "208"];
  const amounts = [100, 60, 10.01, 20.02, 30.03, 40, 40, 5];
  test.each<[string, unknown]>([
    ["20406", 60.06],
    ["204", 100],
    ["20407", 40],
    ["208", 0],
    ["2040601", "value fn.bad-prefix"],
    ["2a4", "value fn.bad-prefix"],
  ])("前缀 %p → %p", (prefix, expected) => expect(r(sumNextLevel(codes, amounts, prefix))).toEqual(expected));

  test("blank amounts count as 0; a bad amount in a matching row is the error; other rows are not read", () => {
    expect(sumNextLevel(["20406", "2040601", "2040602"], [fnError("value", "fn.text"), null, 1], "20406")).toBe(1);
    expect(r(sumNextLevel(["2040601", "2040602"], [1, fnError("value", "fn.text")], "20406"))).toBe("value fn.text");
    expect(sumNextLevel([undefined, "2040601"], [5, 1], "20406")).toBe(1);
  });
});

describe("尾差检查: the rules' τ(n) = 0.005 × (n + 1) 万元", () => {
  test("seed 06 302 商品和服务支出: 673.78 against 27 items summing to 673.76 → 尾差", () => {
    const t06 = EXAMPLE_PRINTED.T06?.values ?? {};
    const items = economicItems("302");
    expect(items).toHaveLength(27);
    const addends = items.map((i) => (t06[`${i.code}.amt`] === undefined ? null : (t06[`${i.code}.amt`] as number) / 100));
    const total = (t06["302.amt"] as number) / 100;
    expect(total).toBe(673.78);
    expect(addends.filter((a) => a !== null)).toHaveLength(16);
    const result = checkSum(total, addends);
    expect(isFnError(result)).toBe(false);
    expect(result).toMatchObject({ status: "rounding", text: "尾差", diff: 2, n: 27, limit: 14 });
  });

  test.each<[number, (number | null)[], string]>([
    [1, [0.5, 0.5], "通过"],
    [1, [0.5, 0.49], "尾差"], // 0.01 ≤ τ(2) = 0.015
    [1, [0.5, 0.48], "错误"], // 0.02 > 0.015
    [1, [0.5, 0.48, null], "尾差"], // τ(3) = 0.02: blank addends count
    [0.01, [], "错误"], // τ(0) = 0.005
    [0.004, [], "通过"], // figures are read as printed, to the cent: 0.004 prints as 0.00
    [673.784, [673.78], "通过"],
  ])("合计 %p vs %p → %s", (total, addends, expected) => {
    expect(checkSum(total, addends)).toMatchObject({ text: expected });
  });

  test("a difference at or beyond τ(n): 27 items 0.14 off is still 尾差, 0.15 is 错误", () => {
    const addends = [...Array<number>(26).fill(1), 0.86];
    expect(checkSum(26.86 + 0.14, addends)).toMatchObject({ text: "尾差", diff: 14 });
    expect(checkSum(26.86 + 0.15, addends)).toMatchObject({ text: "错误", diff: 15 });
  });

  test("a custom tolerance", () => {
    expect(checkSum(1, [0.5, 0.48], { ...STANDARD_TOLERANCE, perFigure: 0.01 })).toMatchObject({ text: "尾差" });
    expect(r(checkSum(1, [1], { ...STANDARD_TOLERANCE, perFigure: -1 }))).toBe("value fn.bad-tolerance");
  });
});

describe("科目名称", () => {
  test.each<["functional" | "economic", CellValue, unknown]>([
    ["functional", "204", "公共安全支出"],
    ["functional", 20406, "司法"],
    ["functional", 2040601, "行政运行"],
    ["functional", " 2080505 ", "机关事业单位基本养老保险缴费支出"],
    ["economic", 302, "商品和服务支出"],
    ["economic", "30231", "公务用车运行维护费"],
    ["functional", 2049998, "na fn.unknown-code"],
    ["economic", 30298, "na fn.unknown-code"],
    ["functional", "20406a", "value fn.bad-code"],
    ["functional", 2040, "value fn.bad-code"],
    ["economic", 2040601, "value fn.bad-code"],
    ["functional", 204.5, "value fn.bad-code"],
    ["functional", true, "value fn.bad-code"],
    ["functional", null, "value fn.blank"],
  ])("%s %p → %p", (kind, code, expected) => expect(r(subjectName(kind, code))).toEqual(expected));
});
