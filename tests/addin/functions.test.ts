/**
 * Custom functions: the wrappers in src/functions called directly with a CustomFunctions global stub
 * (the associate calls exist only in the webpack output), and the metadata generator's view of the JSDoc.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// functions.ts touches the CustomFunctions global only when a function is called, so the stub below
// may be installed after the import.
import { wanyuan } from "../../src/functions/functions";
import { installCustomFunctions, StubError } from "../helpers/customFunctions";

installCustomFunctions();

const FUNCTIONS_TS = path.resolve(__dirname, "../../src/functions/functions.ts");

/**
 * Calls with Excel-style loose arguments (strings, null) that TypeScript would reject. 元 is a range
 * parameter: Excel passes one cell as [[x]] and gets a one-cell array back.
 */
const call = (yuan: unknown, digits?: unknown): unknown => {
  const result = (wanyuan as unknown as (yuan: unknown, digits?: unknown) => unknown[][])([[yuan]], digits);
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0]?.[0];
};

function expectValueError(result: unknown, message?: string): void {
  expect(result).toBeInstanceOf(StubError);
  expect((result as StubError).code).toBe("#VALUE!");
  if (message !== undefined) expect((result as StubError).message).toBe(message);
}

describe("JS.WANYUAN (元 → 万元)", () => {
  test.each<[number, number | undefined, number]>([
    [12345678, undefined, 1234.57],
    [12345678, 2, 1234.57],
    [-12345678, 2, -1234.57],
    [12345678, 0, 1235],
    [12345678, 4, 1234.5678],
    [1005, 0, 0],
    [5000, 0, 1],
    [15000, 0, 2],
    [12350, 2, 1.24], // 1.235 rounds half-up on the decimal digits, not on the binary double
    [100.5, 4, 0.0101],
    [0, 2, 0],
    [10000, 6, 1],
  ])("%p 元, %p 位 → %p 万元", (yuan, digits, expected) => {
    expect(digits === undefined ? wanyuan([[yuan]]) : wanyuan([[yuan]], digits)).toEqual([[expected]]);
  });

  test("an omitted optional argument arrives from Excel as null and means 2 decimals", () => {
    expect(call(12345678, null)).toBe(1234.57);
  });

  test.each<[unknown, string]>([
    ["abc", "元“abc”不是数字"],
    ["123", "元“123”不是数字"],
    [null, "元为空，请填写数字"],
    [undefined, "元为空，请填写数字"],
    [true, "元是逻辑值，请填写数字"],
    [NaN, "元不是有效的数字"],
    [Infinity, "元不是有效的数字"],
    [-Infinity, "元不是有效的数字"],
  ])("amount %p returns #VALUE! %s instead of throwing", (yuan, message) => {
    let result: unknown;
    expect(() => (result = call(yuan, 2))).not.toThrow();
    expectValueError(result, message);
  });

  test("a range of amounts gives a range of 万元", () => {
    expect(wanyuan([[12345678, 10000], [5000, 0]])).toEqual([[1234.57, 1], [0.5, 0]]);
  });

  test.each<[unknown]>([[-1], [7], [1.5], ["2"], [NaN]])("digits %p returns #VALUE!", (digits) => {
    let result: unknown;
    expect(() => (result = call(12345678, digits))).not.toThrow();
    expectValueError(result);
  });
});

describe("custom functions metadata (as the webpack plugin generates it)", () => {
  let metadata: {
    functions: Array<{
      id: string;
      name: string;
      description: string;
      parameters: Array<{ name: string; description?: string; type?: string; optional?: boolean }>;
      result: { type?: string; dimensionality?: string };
    }>;
  };
  let associate: Array<{ id: string; functionName: string }>;

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS_TS);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
    associate = result.associate as unknown as Array<{ id: string; functionName: string }>;
  });

  test("WANYUAN: typed as =JS.WANYUAN, Chinese description and parameters, a range of amounts and optional digits, a range result", () => {
    const fn = metadata.functions.find((f) => f.id === "WANYUAN");
    expect(fn).toBeDefined();
    expect(fn!.name).toBe("WANYUAN");
    expect(fn!.description).toBe("元转换为万元（四舍五入）。");
    expect(fn!.parameters).toHaveLength(2);
    const [amount, digits] = fn!.parameters;
    expect(amount).toMatchObject({ name: "元", description: "金额（元），单元格或区域", type: "number", dimensionality: "matrix" });
    expect(amount!.optional).toBeUndefined();
    expect(digits).toMatchObject({ name: "小数位", type: "number", optional: true });
    expect(digits!.description).toContain("默认 2");
    expect(fn!.result.dimensionality).toBe("matrix");
    expect(associate).toContainEqual(expect.objectContaining({ id: "WANYUAN", functionName: "wanyuan" }));
  });

  test("every function follows Excel's naming rules (id A-Z0-9_. ; id and name ≥ 3 chars, start with a letter)", () => {
    expect(metadata.functions.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(fn.name).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
      expect(fn.name).not.toMatch(/^[A-Za-z]{1,3}\d+$/); // not a cell reference like AB12
      expect(ids.has(fn.id)).toBe(false);
      ids.add(fn.id);
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
