/**
 * Excel custom functions (namespace JS, e.g. =JS.EXECRATE(B5, C5)).
 *
 * Pattern for every function here: JSDoc with `@customfunction ID ID` (the webpack
 * CustomFunctionsMetadataPlugin generates functions.json from it and appends the
 * CustomFunctions.associate calls, so this file never calls associate itself), a thin wrapper that
 * changes Excel's arguments into core values, delegates to src/core (scoring/, figures.ts, catalog/,
 * money.ts), and RETURNS (never throws) a CustomFunctions.Error for bad input — per cell inside ranges.
 *
 * Naming (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming): the id is A–Z/0–9/_/.
 * only and never changes; the name is what users type after "JS." and is the id itself (=JS.EXECRATE, as
 * the docs, the README and the manifest say). What Excel's formula tooltip shows in Chinese is the
 * description and the parameter names, which stay Chinese.
 *
 * Ranges: arguments typed `number[][]` / `unknown[][]` accept one cell or a range (Excel passes both as a
 * 2-D array); the result has the shape of the largest range (single cells, rows and columns repeat along
 * it) and spills. `unknown` parameters (type any) receive texts unchanged, so a text cell gets a Chinese
 * #VALUE! message instead of Excel's bare error.
 *
 * Return types are spelled out (Array<Array<number | CustomFunctions.Error>>): the metadata generator
 * reads the annotation's syntax and rejects type aliases.
 *
 * Percentages are returned as fractions rounded half-up to 4 decimals (0.9549; format the cell as % to
 * show 95.49%), computed from the unrounded figures, exactly on the decimals (src/core/decimal.ts).
 */
import { codeText, subjectName } from "../core/catalog/lookup";
import { change as changeOf, changeRate, checkSum, parseWording, share as shareOf, sumNextLevel, trendWord, type Wording } from "../core/figures";
import { STANDARD_TOLERANCE } from "../core/model/report";
import { yuanToWan } from "../core/money";
import { fnError, isFnError, toNumber, type CellValue, type FnResult } from "../core/result";
// Straight from the modules, not the scoring/ index: fewer re-export hops on the per-cell path.
import { executionRate, executionScore, EXECUTION_POINTS, PERCENT_DIGITS, type RateOptions } from "../core/scoring/execution";
import { completionDegree, indicatorScore, LIAONING, parseBasis, quickScore, type Basis } from "../core/scoring/indicator";
import { grade as gradeOf, parseGradeScheme, totalScore, type GradeScheme } from "../core/scoring/total";
import { cells5, cellsOf, excelError, flag, map1, map2, mapN, numberOrBlank, optionalNumber, out, single } from "./cells";

/** An argument as core's CellValue; anything else Excel might pass (an entity, an error) reads as NaN (#VALUE!). */
function asCell(v: unknown): CellValue {
  return v === null || v === undefined || typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : Number.NaN;
}

/** A number cell, or the #VALUE! for anything else (the common case decided inline). */
function num(v: unknown, name: string): FnResult<number> {
  return typeof v === "number" && v - v === 0 ? v : toNumber(v, name);
}

/**
 * Per-cell functions, made once: f(number a, number b, ctx) over two number cells, with the arguments'
 * Chinese names for the error messages. (No closure is allocated per call.)
 */
function numbers2<T, C = undefined>(nameA: string, nameB: string, f: (a: number, b: number, ctx: C) => FnResult<T>): (x: unknown, y: unknown, ctx: C) => FnResult<T> {
  return (x, y, ctx) => {
    const a = num(x, nameA);
    if (typeof a !== "number") return a;
    const b = num(y, nameB);
    if (typeof b !== "number") return b;
    return f(a, b, ctx);
  };
}

// Per-cell functions are handed over as values (executionRate itself here, quickScore below): webpack's
// minifier rewrites a function called from one place only into a function expression created at every
// call, an allocation per cell (as SCORE's indicatorScore is, on the cells quickScore leaves to it).
const RATE = numbers2<number, RateOptions>("执行数", "预算数", executionRate);
const DEFAULT_RATE: RateOptions = { cap: false, percentDigits: PERCENT_DIGITS };
const EXEC_SCORE = (c: readonly unknown[]): FnResult<number> => {
  const a = num(c[0], "执行数");
  if (typeof a !== "number") return a;
  const b = num(c[1], "预算数");
  if (typeof b !== "number") return b;
  const p = num(c[2], "分值");
  if (typeof p !== "number") return p;
  return executionScore(a, b, p);
};
const DEGREE = (c: readonly unknown[], basis: Basis) => completionDegree(asCell(c[0]), asCell(c[1]), asCell(c[2]), basis);
const SCORE = (o: unknown, t: unknown, a: unknown, p: unknown, band: unknown, basis: Basis) => indicatorScore(asCell(o), asCell(t), asCell(a), asCell(p), asCell(band), basis);
/** quickScore decides the common cells unboxed, the rest go through SCORE. */
const SCORE_CELLS = cells5(quickScore, SCORE);
const GRADE = (x: unknown, scheme: GradeScheme): FnResult<string> => {
  const s = num(x, "总分");
  return typeof s === "number" ? gradeOf(s, scheme) : s;
};
const SHARE = numbers2("部分", "总数", (a, b) => shareOf(a, b));
const CHANGE = numbers2("本年数", "上年数", (a, b) => changeOf(a, b));
const CHANGE_RATE = numbers2("本年数", "上年数", (a, b) => changeRate(a, b));
const TREND = numbers2("本年数", "上年数", (a, b, wording: Wording) => trendWord(a, b, wording));
const SUBJECT = (code: unknown) => subjectName("functional", asCell(code));
const ECON = (code: unknown) => subjectName("economic", asCell(code));
const WANYUAN = (x: unknown, digits: number): FnResult<number> => {
  const yuan = num(x, "元");
  if (typeof yuan !== "number") return yuan;
  return yuanToWan(yuan, digits) ?? fnError("value", "fn.bad-digits", { param: "小数位" });
};

/**
 * 预算执行率＝执行数÷预算数，返回小数（0.9549 即 95.49%，请设为百分比格式），按未舍入金额计算、四舍五入。
 * @customfunction EXECRATE EXECRATE
 * @param 执行数 全年执行数，单元格或区域
 * @param 预算数 预算数（全年预算数、年初预算数），单元格或区域；为零时返回 #DIV/0!
 * @param [封顶] TRUE 时执行率最高为 100%（用于评分），默认 FALSE
 * @param [百分比小数位] 百分比保留的小数位数，默认 2（即 95.49%）
 * @returns 执行率（小数）
 */
export function execrate(执行数: number[][], 预算数: number[][], 封顶?: boolean, 百分比小数位?: number): Array<Array<number | CustomFunctions.Error>> {
  const cap = flag(封顶, "封顶", false);
  if (isFnError(cap)) return single(cap);
  const percentDigits = optionalNumber(百分比小数位, "百分比小数位", PERCENT_DIGITS);
  if (isFnError(percentDigits)) return single(percentDigits);
  // The default options are one object, not one per call.
  return map2(执行数, 预算数, RATE, !cap && percentDigits === PERCENT_DIGITS ? DEFAULT_RATE : { cap, percentDigits });
}

/**
 * 预算执行率得分＝分值×min(执行率, 1)，按未舍入的执行率计算，四舍五入到 2 位小数（如 8.32）。
 * @customfunction EXECSCORE EXECSCORE
 * @param 执行数 全年执行数，单元格或区域
 * @param 预算数 项目预算金额，单元格或区域；为零时返回 #DIV/0!
 * @param [分值] 预算执行率的分值，默认 10
 * @returns 执行率得分
 */
export function execscore(执行数: number[][], 预算数: number[][], 分值?: number[][]): Array<Array<number | CustomFunctions.Error>> {
  const points = 分值 === null || 分值 === undefined ? EXECUTION_POINTS : 分值;
  return mapN([执行数, 预算数, points], EXEC_SCORE, undefined);
}

/**
 * 绩效指标完成程度（小数），运算符 >=、<=、=；达到或超过指标值为 1。辽宁口径保留 2 位小数（219÷260→0.84）。
 * @customfunction DEGREE DEGREE
 * @param 运算符 >=（正向）、<=（反向）、=（等于）；定性指标留空
 * @param 指标值 年度指标值
 * @param 完成值 全年完成值；定性指标填“全部或基本达成”“部分达成”“未达成”
 * @param [口径] “辽宁”（默认，完成程度保留 2 位小数）或“精确”；可加“偏离度”改变 <= 未达标的算法
 * @returns 完成程度（小数）
 */
export function degree(运算符: unknown[][], 指标值: unknown[][], 完成值: unknown[][], 口径?: string): Array<Array<number | CustomFunctions.Error>> {
  const basis = parseBasis(asCell(口径));
  if (isFnError(basis)) return single(basis);
  return mapN([运算符, 指标值, 完成值], DEGREE, basis);
}

/**
 * 绩效指标得分：定量指标＝分值×完成程度（辽宁口径用 2 位小数的完成程度，如 7.1×0.84＝5.964）；定性指标按档次计分。
 * @customfunction SCORE SCORE
 * @param 运算符 >=（正向）、<=（反向）、=（等于）；定性指标留空
 * @param 指标值 年度指标值（定性指标可为文字）
 * @param 完成值 全年完成值；定性指标可填“全部或基本达成”“部分达成”“未达成”
 * @param 分值 指标分值
 * @param [定性档] 定性指标的档次：全部或基本达成（100%–80%）、部分达成（80%–60%）、未达成（60%–0%），或得分系数
 * @param [口径] “辽宁”（默认，完成程度保留 2 位小数）或“精确”；可加“偏离度”改变 <= 未达标的算法
 * @returns 指标得分
 */
export function score(运算符: unknown[][], 指标值: unknown[][], 完成值: unknown[][], 分值: number[][], 定性档?: unknown[][], 口径?: string): Array<Array<number | CustomFunctions.Error>> {
  // Omitted 口径 (the common call) is 辽宁 without parsing, as parseBasis reads a blank.
  const basis = 口径 === null || 口径 === undefined ? LIAONING : parseBasis(asCell(口径));
  if (isFnError(basis)) return single(basis);
  return SCORE_CELLS(运算符, 指标值, 完成值, 分值, 定性档 ?? null, basis);
}

/**
 * 绩效自评总得分＝指标得分小计（四舍五入到 2 位）＋预算执行率得分－减分项，结果保留 2 位小数。
 * @customfunction TOTALSCORE TOTALSCORE
 * @param 指标得分 各指标得分（区域，空白单元格不计）
 * @param 执行率得分 预算执行率得分
 * @param [减分项] 减分项，默认 0
 * @returns 总得分
 */
export function totalscore(指标得分: number[][], 执行率得分: number, 减分项?: number): number | CustomFunctions.Error {
  const scores: number[] = [];
  for (const cell of cellsOf(指标得分)) {
    const s = numberOrBlank(cell, "指标得分");
    if (isFnError(s)) return excelError(s);
    if (s !== null) scores.push(s);
  }
  const execution = toNumber(执行率得分, "执行率得分");
  if (isFnError(execution)) return excelError(execution);
  const deduction = optionalNumber(减分项, "减分项", 0);
  if (isFnError(deduction)) return excelError(deduction);
  return out(totalScore(scores, execution, deduction));
}

/**
 * 绩效评价等级：90（含）以上优、80（含）–90 良、60（含）–80 中、60 以下差；也可用“优良合格不合格”。
 * @customfunction GRADE GRADE
 * @param 总分 绩效自评总得分（0–100），单元格或区域
 * @param [等级体系] 1 或“优良中差”（默认）；2 或“优良合格不合格”
 * @returns 等级
 */
export function grade(总分: number[][], 等级体系?: unknown): Array<Array<string | CustomFunctions.Error>> {
  const scheme = parseGradeScheme(asCell(等级体系));
  if (isFnError(scheme)) return single(scheme);
  return map1(总分, GRADE, scheme);
}

/**
 * 占比＝部分÷总数，返回小数（0.9674 即 96.74%，请设为百分比格式），四舍五入到百分比 2 位小数。
 * @customfunction SHARE SHARE
 * @param 部分 部分金额，单元格或区域
 * @param 总数 总金额，单元格或区域；为零时返回 #DIV/0!
 * @returns 占比（小数）
 */
export function share(部分: number[][], 总数: number[][]): Array<Array<number | CustomFunctions.Error>> {
  return map2(部分, 总数, SHARE, undefined);
}

/**
 * 增减额＝本年数－上年数（按输入的小数精确计算）。
 * @customfunction CHANGE CHANGE
 * @param 本年 本年数，单元格或区域
 * @param 上年 上年数，单元格或区域
 * @returns 增减额
 */
export function change(本年: number[][], 上年: number[][]): Array<Array<number | CustomFunctions.Error>> {
  return map2(本年, 上年, CHANGE, undefined);
}

/**
 * 增减率＝（本年数－上年数）÷上年数，返回小数（0.1234 即 12.34%），上年数为零时返回 #N/A。
 * @customfunction CHANGERATE CHANGERATE
 * @param 本年 本年数，单元格或区域
 * @param 上年 上年数，单元格或区域
 * @returns 增减率（小数）
 */
export function changerate(本年: number[][], 上年: number[][]): Array<Array<number | CustomFunctions.Error>> {
  return map2(本年, 上年, CHANGE_RATE, undefined);
}

/**
 * 增减用词：本年数与上年数比较，返回“增加/减少/持平”等，用于情况说明。
 * @customfunction TREND TREND
 * @param 本年 本年数，单元格或区域
 * @param 上年 上年数，单元格或区域
 * @param [用词] 1 增加/减少/持平（默认）；2 增长/降低/持平；3 大于/小于/等于
 * @returns 用词
 */
export function trend(本年: number[][], 上年: number[][], 用词?: unknown): Array<Array<string | CustomFunctions.Error>> {
  const wording = parseWording(asCell(用词));
  if (isFnError(wording)) return single(wording);
  return map2(本年, 上年, TREND, wording);
}

/**
 * 支出功能分类科目名称（类 3 位、款 5 位、项 7 位编码）；编码不在科目表中时返回 #N/A。
 * @customfunction SUBJECT SUBJECT
 * @param 功能分类编码 科目编码（数字或文本），单元格或区域
 * @returns 科目名称
 */
export function subject(功能分类编码: unknown[][]): Array<Array<string | CustomFunctions.Error>> {
  return map1(功能分类编码, SUBJECT, undefined);
}

/**
 * 部门预算支出经济分类科目名称（类 3 位、款 5 位编码）；编码不在科目表中时返回 #N/A。
 * @customfunction ECON ECON
 * @param 经济分类编码 科目编码（数字或文本），单元格或区域
 * @returns 科目名称
 */
export function econ(经济分类编码: unknown[][]): Array<Array<string | CustomFunctions.Error>> {
  return map1(经济分类编码, ECON, undefined);
}

/**
 * 按科目编码汇总下一级：编码以前缀开头且多 2 位的各行金额之和（如前缀 20406 汇总其下各项）。
 * @customfunction SUMCODE SUMCODE
 * @param 编码范围 科目编码所在的区域
 * @param 金额范围 金额所在的区域，行列数与编码范围相同
 * @param 前缀 上级科目编码（3 位类或 5 位款）
 * @returns 合计金额
 */
export function sumcode(编码范围: unknown[][], 金额范围: number[][], 前缀: unknown): number | CustomFunctions.Error {
  const codes = cellsOf(编码范围);
  const amounts = cellsOf(金额范围);
  const sameShape =
    codes.length === amounts.length && (!Array.isArray(编码范围) || !Array.isArray(金额范围) || 编码范围.length === 金额范围.length);
  if (!sameShape) return excelError(fnError("value", "fn.range-size"));
  const prefix = typeof 前缀 === "number" ? String(前缀) : typeof 前缀 === "string" ? 前缀.trim() : "";
  return out(sumNextLevel(codes.map((c) => codeText(asCell(c))), amounts.map((a) => numberOrBlank(a, "金额")), prefix));
}

/**
 * 元转换为万元（四舍五入）。
 * @customfunction WANYUAN WANYUAN
 * @param 元 金额（元），单元格或区域
 * @param [小数位] 保留小数位数，默认 2
 * @returns 万元金额
 */
export function wanyuan(元: number[][], 小数位?: number): Array<Array<number | CustomFunctions.Error>> {
  // An omitted optional argument arrives as null (Excel) or undefined (direct call).
  const digits = 小数位 === null || 小数位 === undefined ? 2 : 小数位;
  if (typeof digits !== "number") return single(fnError("value", "fn.bad-digits", { param: "小数位" }));
  return map1(元, WANYUAN, digits);
}

/**
 * 尾差检查：合计与明细之和的差不超过 0.005×(明细个数＋1) 万元为“尾差”，相等为“通过”，超过为“错误”。
 * @customfunction CHECK CHECK
 * @param 合计 合计数（万元）
 * @param 明细范围 各明细数（万元）所在的区域，空白单元格也计入个数
 * @param [每数容差] 每个数的舍入容差（万元），默认 0.005
 * @returns 通过、尾差或错误
 */
export function check(合计: number, 明细范围: number[][], 每数容差?: number): string | CustomFunctions.Error {
  const total = toNumber(合计, "合计");
  if (isFnError(total)) return excelError(total);
  const addends: Array<number | null> = [];
  for (const cell of cellsOf(明细范围)) {
    const a = numberOrBlank(cell, "明细");
    if (isFnError(a)) return excelError(a);
    addends.push(a);
  }
  const perFigure = optionalNumber(每数容差, "每数容差", STANDARD_TOLERANCE.perFigure);
  if (isFnError(perFigure)) return excelError(perFigure);
  const result = checkSum(total, addends, { ...STANDARD_TOLERANCE, name: "custom", perFigure });
  return isFnError(result) ? excelError(result) : result.text;
}
