/**
 * The bad-input corpus through `jsgk check`: every damaged workbook gives findings naming the damaged
 * cells, in Chinese, and the right exit code — never a crash. Expected results: expected.json
 * (rewrite with UPDATE_GOLDEN=1 and review the diff).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { CORPUS } from "./make-corpus";

const FILES = [...Object.keys(CORPUS), "not-a-workbook"];
const expectedFile = path.join(__dirname, "expected.json");

async function check(name: string) {
  const out: string[] = [];
  const code = await main(["check", "--json", path.join(__dirname, `${name}.xlsx`)], { out: (s) => out.push(s), err: (s) => out.push(s) });
  const json = JSON.parse(out.join("\n")) as { files: { error?: string; findings: { severity: string; ruleId?: string; code: string; cells: { sheet: string; address: string }[]; message: string }[] }[] };
  const file = json.files[0]!;
  return {
    exit: code,
    ...(file.error ? { error: file.error } : {}),
    findings: file.findings.map((f) => `${f.severity} ${f.ruleId ?? f.code} ${f.cells[0] ? `${f.cells[0].sheet}!${f.cells[0].address}` : "-"}`),
  };
}

test("the corpus files exist", () => {
  for (const f of FILES) expect([f, existsSync(path.join(__dirname, `${f}.xlsx`))]).toEqual([f, true]);
});

test("each damaged workbook gives the expected findings and exit code", async () => {
  const actual: Record<string, unknown> = {};
  for (const f of FILES) actual[f] = await check(f);
  if (process.env.UPDATE_GOLDEN || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + "\n");
  expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
});

test.each([
  ["text-in-amount", "公开03表!D11 应填写金额，但内容是“一千”"],
  ["number-as-text", "公开03表!D11 的金额“1,059.71”是以文本形式存储的数字，已按 1,059.71 读取"],
  ["full-width-digits", "已按 1,059.71 读取"],
  ["negative-amount", "公开03表!D11 的金额为负数 -5.00"],
  ["ref-error", "公开03表!D11 是错误值 #REF!"],
  ["value-error-in-formula", "公开03表!C11 是错误值 #VALUE!"],
  ["missing-sheet", "未找到公开07表（财政拨款“三公”经费支出决算表）"],
  ["duplicate-code", "公开03表!A12 的科目编码 2040601 在本表中重复出现"],
  ["malformed-code", "公开03表的科目编码“20406O2”格式不对"],
  ["out-of-order", "公开03表的科目 2040601 排在 2040602 之后"],
  ["deleted-row", "公开03表 20406 司法·项目支出 = 公开03表 20406 下各项之和"],
  ["blank-amount", "公开03表 2040601 行政运行·本年支出合计 = 公开03表 2040601 行政运行·基本支出"],
])("%s: the message names the cell", async (name, text) => {
  const out: string[] = [];
  await main(["check", path.join(__dirname, `${name}.xlsx`)], { out: (s) => out.push(s), err: (s) => out.push(s) });
  expect(out.join("\n")).toContain(text);
});
