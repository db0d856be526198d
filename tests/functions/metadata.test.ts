/**
 * functions.json as the webpack CustomFunctionsMetadataPlugin generates it (the same generator, without
 * webpack): ids, Chinese names and descriptions, parameters, optional flags, dimensionality — and that
 * every @customfunction in functions.ts is an exported function that gets associated.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as F from "../../src/functions/functions";

const FUNCTIONS_TS = path.resolve(__dirname, "../../src/functions/functions.ts");

interface Param {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

/** id → name users type (the id itself), parameters (name, "?" when optional, "[]" when a range), result is a range. */
const EXPECTED: Record<string, [string, string[], boolean]> = {
  EXECRATE: ["EXECRATE", ["执行数[]", "预算数[]", "封顶?", "百分比小数位?"], true],
  EXECSCORE: ["EXECSCORE", ["执行数[]", "预算数[]", "分值[]?"], true],
  DEGREE: ["DEGREE", ["运算符[]", "指标值[]", "完成值[]", "口径?"], true],
  SCORE: ["SCORE", ["运算符[]", "指标值[]", "完成值[]", "分值[]", "定性档[]?", "口径?"], true],
  TOTALSCORE: ["TOTALSCORE", ["指标得分[]", "执行率得分", "减分项?"], false],
  GRADE: ["GRADE", ["总分[]", "等级体系?"], true],
  SHARE: ["SHARE", ["部分[]", "总数[]"], true],
  CHANGE: ["CHANGE", ["本年[]", "上年[]"], true],
  CHANGERATE: ["CHANGERATE", ["本年[]", "上年[]"], true],
  TREND: ["TREND", ["本年[]", "上年[]", "用词?"], true],
  SUBJECT: ["SUBJECT", ["功能分类编码[]"], true],
  ECON: ["ECON", ["经济分类编码[]"], true],
  SUMCODE: ["SUMCODE", ["编码范围[]", "金额范围[]", "前缀"], false],
  WANYUAN: ["WANYUAN", ["元[]", "小数位?"], true],
  CHECK: ["CHECK", ["合计", "明细范围[]", "每数容差?"], false],
};

const HAN = /[\u4e00-\u9fff]/;

let functions: Fn[];
let associate: Array<{ id: string; functionName: string }>;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_TS);
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
  associate = result.associate as unknown as Array<{ id: string; functionName: string }>;
});

test("exactly the issue's functions, in order", () => {
  expect(functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
});

test.each(Object.entries(EXPECTED))("%s: name, parameters, optional flags, ranges", (id, [name, params, matrixResult]) => {
  const fn = functions.find((f) => f.id === id) as Fn;
  expect(fn.name).toBe(name);
  expect(fn.parameters.map((p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`)).toEqual(params);
  expect(fn.result.dimensionality === "matrix").toBe(matrixResult);
});

test.each(Object.keys(EXPECTED))("%s reads well in Chinese: description and every parameter's help, within Excel's 128 characters", (id) => {
  const fn = functions.find((f) => f.id === id) as Fn;
  expect(fn.description).toMatch(HAN);
  expect(fn.description.length).toBeLessThanOrEqual(128);
  for (const p of fn.parameters) {
    expect([p.name, p.description]).toEqual([p.name, expect.stringMatching(HAN)]);
    expect((p.description ?? "").length).toBeLessThanOrEqual(128);
    expect(p.name.length).toBeLessThanOrEqual(64);
  }
});

test("amount parameters are numbers; mixed ones (operators, texts, codes) are any, so texts reach the function", () => {
  const type = (id: string, param: string) => functions.find((f) => f.id === id)?.parameters.find((p) => p.name === param)?.type;
  expect(type("EXECRATE", "执行数")).toBe("number");
  expect(type("EXECRATE", "封顶")).toBe("boolean");
  expect(type("SCORE", "运算符")).toBe("any");
  expect(type("SCORE", "完成值")).toBe("any");
  expect(type("SUBJECT", "功能分类编码")).toBe("any");
});

test("percentages are documented as fractions to format as %", () => {
  for (const id of ["EXECRATE", "SHARE", "CHANGERATE"]) expect(functions.find((f) => f.id === id)?.description).toMatch(/小数/);
});

test("every @customfunction in functions.ts is an exported function, associated under its id", () => {
  const source = readFileSync(FUNCTIONS_TS, "utf8");
  const declared = [...source.matchAll(/^\s*\*\s*@customfunction\s+([A-Z0-9_.]+)/gm)].map((m) => m[1]);
  expect(declared).toEqual(Object.keys(EXPECTED));
  const exported = F as unknown as Record<string, unknown>;
  for (const { id, functionName } of associate) {
    expect([id, typeof exported[functionName]]).toEqual([id, "function"]);
  }
  expect(associate.map((a) => a.id)).toEqual(Object.keys(EXPECTED));
});
