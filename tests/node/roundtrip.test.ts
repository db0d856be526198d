/** Report → .xlsx (exceljs) → Report (the lean reader, as jsgk reads files): identical, also after rows are inserted or deleted. */
import ExcelJS from "exceljs";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { readWorkbook } from "../../src/core/read/workbook";
import { planToBuffer } from "../../src/node/xlsx";
import { readXlsx } from "../../src/xlsx/read";
import { randomReport } from "../helpers/reports";

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The workbook as a file, read as jsgk reads files. */
async function fileGrid(wb: ExcelJS.Workbook) {
  return readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function roundTrip(report: ReturnType<typeof exampleReport>) {
  return readWorkbook(readXlsx(await planToBuffer(buildWorkbookPlan(report))));
}

test("the example reads back identical, with no findings", async () => {
  const report = exampleReport();
  const back = await roundTrip(report);
  expect(back.findings).toEqual([]);
  expect(back.report).toEqual(report);
});

test.each([1, 2, 3, 4, 5])("a random report (seed %i) reads back identical", async (seed) => {
  const report = randomReport(seed);
  const back = await roundTrip(report);
  expect(back.findings).toEqual([]);
  expect(back.report).toEqual(report);
});

test("a blank template reads back as an empty report of the same department", async () => {
  const report = { ...exampleReport(), tables: {} };
  const wb = await load(await planToBuffer(buildWorkbookPlan(report, { blank: true })));
  const back = readWorkbook(await fileGrid(wb));
  expect(back.findings).toEqual([]);
  expect(back.report?.department).toBe("辽宁省朝阳市司法局");
  expect(Object.values(back.report?.tables ?? {}).every((t) => Object.keys(t.amounts).length === 0)).toBe(true);
});

test("cell ids are found again after the user inserts and deletes rows and renames a sheet", async () => {
  const report = exampleReport();
  const wb = await load(await planToBuffer(buildWorkbookPlan(report)));
  const t01 = wb.getWorksheet("公开01表")!;
  t01.spliceRows(12, 0, ["插入的行"]); // inside the body of 01
  const t03 = wb.getWorksheet("公开03表")!;
  t03.spliceRows(3, 1); // delete the 表号 line above the table
  const t06 = wb.getWorksheet("公开06表")!;
  t06.name = "基本支出";
  const back = readWorkbook(await fileGrid(wb));
  expect(back.sheets.T06).toBe("基本支出");
  expect(back.report?.tables).toEqual(report.tables);
});

test("a row added to a code table by the user is read by its code", async () => {
  const report = exampleReport();
  const wb = await load(await planToBuffer(buildWorkbookPlan(report)));
  const t05 = wb.getWorksheet("公开05表")!;
  const row = t05.getColumn(1).values.findIndex((v) => v === "2040699");
  t05.spliceRows(row + 1, 0, ["2040698", "新增项", null, 0, 1.5]);
  const back = readWorkbook(await fileGrid(wb));
  expect(back.report?.tables.T05?.codes).toContain("2040698");
  expect(back.report?.tables.T05?.amounts["2040698.c3"]).toBe(150);
});
