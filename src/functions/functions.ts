/**
 * Excel custom functions (namespace JS, e.g. =JS.WANYUAN(A1)).
 *
 * Pattern for every function here: JSDoc with `@customfunction ID 中文名` (the webpack
 * CustomFunctionsMetadataPlugin generates functions.json from it and appends the
 * CustomFunctions.associate calls, so this file never calls associate itself), a thin wrapper that
 * validates Excel's input, delegates the arithmetic to src/core, and RETURNS (never throws)
 * a CustomFunctions.Error for bad input.
 *
 * Naming (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming): the id is A–Z/0–9/_/.
 * only and never changes; the display name (what users type after "JS.") may be Chinese, but both must
 * start with a letter and be at least three characters long — hence 元转万元, not 万元.
 */
import { yuanToWan } from "../core/money";

/**
 * 元转换为万元（四舍五入）。
 * @customfunction WANYUAN 元转万元
 * @param 元 金额（元）
 * @param [小数位] 保留小数位数，默认 2
 * @returns 万元金额
 */
export function wanyuan(元: number, 小数位?: number): number | CustomFunctions.Error {
  if (typeof 元 !== "number" || !Number.isFinite(元)) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "请输入数字金额");
  }
  // An omitted optional argument arrives as null (Excel) or undefined (direct call).
  const digits = 小数位 === null || 小数位 === undefined ? 2 : 小数位;
  if (typeof digits !== "number") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "小数位须为 0–6 的整数");
  }
  const result = yuanToWan(元, digits);
  if (result === undefined) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "小数位须为 0–6 的整数");
  }
  return result;
}
