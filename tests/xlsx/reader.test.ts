/**
 * The lean reader (src/xlsx) against exceljs's full load: the same grids on every corpus file and on the
 * generated example; and hostile files (a stray far cell, a sheet formatted to the last row, a million
 * rows, a zip bomb, other formats) end quickly, refused or read, with a Chinese reason naming the part.
 */
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { renderMessage } from "../../src/core/messages/zh-CN";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import type { WorkbookGrid } from "../../src/core/read/grid";
import { READ_LIMITS, WorkbookFileError } from "../../src/core/read/limits";
import { readWorkbook } from "../../src/core/read/workbook";
import { checkReport } from "../../src/core/rules";
import { planToBuffer, workbookToGrid } from "../../src/node/xlsx";
import { readXlsx } from "../../src/xlsx/read";
import { editedPackage, HOSTILE, rewriteSheet } from "../helpers/xlsxParts";

const CORPUS = path.join(__dirname, "../corpus");

/** exceljs reads a formula's cached 0 or "" as no result; the lean reader keeps it. Otherwise identical. */
function normalized(g: WorkbookGrid) {
  return {
    sheets: g.sheets.map((s) => {
      const rows = s.rows.map((r, i) => {
        const cells = r.map((v, j) => {
          const f = s.formulas?.[i]?.[j] ?? false;
          return [f && (v === 0 || v === "") ? null : v, f] as const;
        });
        while (cells.length > 0 && cells[cells.length - 1]![0] === null && !cells[cells.length - 1]![1]) cells.pop();
        return cells;
      });
      while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
      return { name: s.name, rows };
    }),
    names: g.names,
  };
}

async function viaExcelJs(data: Buffer): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return workbookToGrid(wb);
}

let example: Buffer;
beforeAll(async () => {
  example = await planToBuffer(buildWorkbookPlan(exampleReport()));
});

const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith(".xlsx") && f !== "not-a-workbook.xlsx");

test.each(corpusFiles)("%s: the same grid as exceljs", async (f) => {
  const data = readFileSync(path.join(CORPUS, f));
  expect(normalized(readXlsx(data))).toEqual(normalized(await viaExcelJs(data)));
});

test("the generated example: the same grid as exceljs, and it reads back as the example", async () => {
  const grid = readXlsx(example);
  expect(normalized(grid)).toEqual(normalized(await viaExcelJs(example)));
  expect(readWorkbook(grid).report).toEqual(exampleReport());
});

const edited = (edit: (parts: Record<string, Uint8Array>) => void, level: 0 | 1 | 6 = 6) => editedPackage(example, edit, level);

function findingsOf(data: Uint8Array) {
  const read = readWorkbook(readXlsx(data));
  return [...read.findings, ...checkReport(read.report!).findings].map((f) => `${f.severity} ${f.ruleId ?? f.code}`).sort();
}

/** Reads every sheet (sheets are parsed when first looked at) and returns the Chinese reason of a refusal. */
function refusal(data: Uint8Array): string {
  try {
    for (const sheet of readXlsx(data).sheets) void sheet.rows;
  } catch (e) {
    if (e instanceof WorkbookFileError) return renderMessage(e.code, e.params);
    throw e;
  }
  return "read";
}

test("a stray value at XFD1048576 is read as one far cell; the tables and findings are the example's", () => {
  const data = HOSTILE["far-cell"]!(example);
  const grid = readXlsx(data);
  const sheet = grid.sheets.find((s) => s.name === "公开01表")!;
  expect(sheet.rows.length).toBe(1_048_576);
  expect(sheet.rows[1_048_575]![16_383]).toBe("x");
  expect(findingsOf(data)).toEqual(findingsOf(example));
}, 30_000);

test("rows formatted down to row 1,048,576 (no values) cost nothing", () => {
  const data = HOSTILE["formatted-to-last-row"]!(example);
  const sheet = readXlsx(data).sheets.find((s) => s.name === "公开03表")!;
  expect(sheet.rows.length).toBe(readXlsx(example).sheets.find((s) => s.name === "公开03表")!.rows.length);
}, 30_000);

test("a sheet of 1,000,000 filled rows is refused by its declared size, naming the sheet and the limit", () => {
  const data = HOSTILE["million-rows"]!(example);
  expect(refusal(data)).toBe(`工作表“公开07表”的已填单元格超过读取上限 ${READ_LIMITS.maxCellsPerSheet} 个，未读取。请删除表格以外的多余内容（例如整列填充的数据）后再试。`);
}, 60_000);

test("a sheet that declares a small range but holds more cells than the limit is stopped while parsing", () => {
  const rows: string[] = [];
  for (let r = 1; r <= 50_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const data = edited((p) => rewriteSheet(p, "公开07表", (x) => x.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1"/>').replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join("")}</sheetData>`)));
  const grid = readXlsx(data, { ...READ_LIMITS, maxCellsPerSheet: 40_000 });
  expect(() => grid.sheets.find((s) => s.name === "公开07表")!.rows).toThrow(expect.objectContaining({ code: "file.too-many-cells", params: { sheet: "公开07表", limit: 40_000 } }));
});

test("a zip bomb (shared strings of 150 MB) is refused by its declared size without inflating it", () => {
  const data = HOSTILE["zip-bomb"]!(example);
  expect(data.length).toBeLessThan(1024 * 1024);
  expect(refusal(data)).toMatch(/^文件解压后共 1\d\d\.\d MB，超过读取上限 100\.0 MB（最大的部分是 xl\/sharedStrings\.xml，150\.0 MB），未读取。/);
}, 60_000);

test.each<[string, Uint8Array, string]>([
  ["an empty file", new Uint8Array(0), "file.empty"],
  ["an .xls (OLE2) file", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "file.xls"],
  ["a CSV export", strToU8("科目编码,科目名称,金额\n201,一般公共服务支出,1.00\n"), "file.csv"],
  ["an HTML page saved as .xlsx", strToU8("<html><body><table></table></body></html>"), "file.html"],
  ["an .ods spreadsheet", zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<x/>") }), "file.ods"],
  ["a Word document", zipSync({ "[Content_Types].xml": strToU8("<x/>"), "word/document.xml": strToU8("<x/>") }), "file.docx"],
  ["a truncated zip", Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]), "file.damaged"],
  ["plain text", strToU8("hello"), "file.not-xlsx"],
])("%s is refused with its own reason", (_, data, code) => {
  expect(() => readXlsx(data)).toThrow(expect.objectContaining({ code }));
});

test("a damaged worksheet part names the part", () => {
  const data = HOSTILE["damaged-sheet"]!(example);
  expect(refusal(data)).toMatch(/^文件已损坏：其中的 xl\/worksheets\/sheet\d+\.xml 无法读取/);
});
