import { formatMoney, moneyFromDecimal, moneyFromNumber, yuanToWan } from "../../src/core/money";

describe("money: exact hundredths of 万元", () => {
  test.each([
    ["1059.71", 105971],
    ["5,577.44".replace(/,/g, ""), 557744],
    ["0.005", 1],
    ["1.005", 101],
    ["-3", -300],
    ["1e3", 100000],
    ["12.344999", 1234],
    ["abc", undefined],
    ["", undefined],
    ["1.2.3", undefined],
  ])("moneyFromDecimal(%s) = %s", (text, expected) => expect(moneyFromDecimal(text)).toBe(expected));

  test.each([
    [1059.71, 105971],
    [0.1 + 0.2, 30],
    [1.005, 101],
    [4302.03, 430203],
    [Number.NaN, undefined],
  ])("moneyFromNumber(%s) = %s", (n, expected) => expect(moneyFromNumber(n)).toBe(expected));

  test.each([
    [557744, "5,577.44"],
    [93, "0.93"],
    [0, "0.00"],
    [-20955, "-209.55"],
    [123456789012, "1,234,567,890.12"],
  ])("formatMoney(%s) = %s", (m, text) => expect(formatMoney(m)).toBe(text));

  test.each([
    [12345678, 2, 1234.57],
    [10050, 2, 1.01],
    [10049, 2, 1],
    [15000, 0, 2],
    [-10050, 2, -1.01],
    [0.5, 4, 0.0001],
    [1, 7, undefined],
    [Number.POSITIVE_INFINITY, 2, undefined],
  ])("yuanToWan(%s, %s) = %s", (yuan, digits, expected) => expect(yuanToWan(yuan, digits)).toBe(expected));
});
