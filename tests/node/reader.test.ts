/** Reading bad or foreign input: every problem is a finding naming the cell, never a crash. */
import { readFileSync } from "node:fs";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { renderFinding } from "../../src/core/messages/zh-CN";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import type { GridSheet, GridValue, WorkbookGrid } from "../../src/core/read/grid";
import { readWorkbook } from "../../src/core/read/workbook";
import { planToBuffer } from "../../src/node/xlsx";
import { readXlsx } from "../../src/xlsx/read";
import { SEED_FILE } from "../fixtures/seed";

let example: Uint8Array;
beforeAll(async () => {
  example = await planToBuffer(buildWorkbookPlan(exampleReport()));
});

/** The generated example as jsgk reads it from a file. */
function exampleGrid(): WorkbookGrid {
  return readXlsx(example);
}

function setCell(grid: WorkbookGrid, sheet: string, address: string, v: GridValue): WorkbookGrid {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const col = m[1]!.charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return {
    ...grid,
    sheets: grid.sheets.map((s) => (s.name !== sheet ? s : { ...s, rows: s.rows.map((r, i) => (i !== row ? r : r.map((c, j) => (j === col ? v : c)))) })),
  };
}

// 公开03表 row 11 is 2040601 (C = 本年支出合计, D = 基本支出).
test.each<[string, GridValue, string, RegExp, number | undefined]>([
  ["text in an amount cell", "一千", "error", /公开03表!D11 应填写金额，但内容是“一千”/, undefined],
  ["a number stored as text with separators", "1,059.71", "warning", /公开03表!D11 的金额“1,059\.71”是以文本形式存储的数字，已按 1,059\.71 读取/, 105971],
  ["full-width digits", "１０５９．７１", "warning", /已按 1,059\.71 读取/, 105971],
  ["an error value", { error: "#REF!" }, "error", /公开03表!D11 是错误值 #REF!/, undefined],
  ["a negative amount", -5, "warning", /公开03表!D11 的金额为负数 -5\.00/, -500],
  ["a blank", null, "", /^$/, undefined],
])("%s", (_, value, severity, message, amount) => {
  const back = readWorkbook(setCell(exampleGrid(), "公开03表", "D11", value));
  const texts = back.findings.map(renderFinding).join("\n");
  expect(texts).toMatch(message);
  if (severity) expect(back.findings[0]).toMatchObject({ severity, cells: [{ sheet: "公开03表", address: "D11", id: "T03.2040601.c2" }] });
  expect(back.report?.tables.T03?.amounts["2040601.c2"]).toBe(amount);
});

test("a duplicate code is reported at its second row", () => {
  const back = readWorkbook(setCell(exampleGrid(), "公开03表", "A12", "2040601"));
  expect(back.findings.map(renderFinding)).toContain("公开03表!A12 的科目编码 2040601 在本表中重复出现，只按第一次出现读取。");
});

test("a missing table sheet is a finding and the other tables are read", () => {
  const grid = exampleGrid();
  const back = readWorkbook({ ...grid, sheets: grid.sheets.filter((s) => s.name !== "公开07表") });
  expect(back.findings.map(renderFinding)).toEqual(["未找到公开07表（财政拨款“三公”经费支出决算表）：工作簿中没有这张表，相关审核将跳过。"]);
  expect(back.report?.tables.T07).toBeUndefined();
  expect(back.report?.tables.T06).toEqual(exampleReport().tables.T06);
});

test("a workbook with no tables gives one clear finding", () => {
  const back = readWorkbook({ sheets: [{ name: "Sheet1", rows: [["hello"]] }], names: [] });
  expect(back.report).toBeUndefined();
  expect(back.findings.map(renderFinding)).toEqual(["工作簿中没有找到任何公开表（公开01–09表）。"]);
});

/** The seed's own text of a table (tab-separated cells), pasted into a sheet as plain values. */
function pastedSheet(name: string, from: string, to: string): GridSheet {
  const seed = readFileSync(SEED_FILE, "utf8").split("\n");
  const start = seed.findIndex((l) => l.trim() === from);
  const end = seed.findIndex((l, i) => i > start && l.startsWith(to));
  const rows: GridValue[][] = seed
    .slice(start, end)
    .filter((l) => l.trim() !== "")
    .map((l) => l.split("\t").map((c) => (c.trim() === "" ? null : /^[\d,]+\.\d\d$/.test(c.trim()) ? Number(c.replace(/,/g, "")) : c.trim())));
  return { name, rows };
}

test("a seed-layout 公开02表 pasted without metadata reads back as the example's 02", () => {
  const back = readWorkbook({ sheets: [pastedSheet("Sheet1", "收入决算表", "注：")], names: [] });
  expect(back.report?.tables.T02).toEqual(exampleReport().tables.T02);
  expect(back.report?.department).toBe("辽宁省朝阳市司法局");
  expect(back.report?.year).toBe(2024);
});

test("all nine seed tables pasted as text read back as the example", () => {
  const titles = [
    "收入支出决算总表",
    "收入决算表",
    "支出决算表",
    "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表",
    "一般公共预算财政拨款基本支出决算表",
    "财政拨款“三公”经费支出决算表",
    "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款收入支出决算表",
  ];
  const back = readWorkbook({ sheets: titles.map((t, i) => pastedSheet(`Sheet${i + 1}`, t, "注：")), names: [] });
  expect(back.findings).toEqual([]);
  expect(back.report?.tables).toEqual(exampleReport().tables);
});
