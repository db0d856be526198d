/**
 * Writes the bad-input corpus: the corrected example workbook (no finding of its own) with one kind of damage each, as users produce it
 * (typed text, pasted numbers, deleted rows, renamed sheets …). Run: npx tsx tests/corpus/make-corpus.ts
 * The files are committed; corpus.test.ts checks what `jsgk check` says about each.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { correctedExample } from "../helpers/corrected";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { planToWorkbook } from "../../src/node/xlsx";

type Damage = (wb: ExcelJS.Workbook) => void;
const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
/** 公开03表: row 11 is 2040601 行政运行 (C 本年支出合计, D 基本支出), row 12 is 2040602. */
const T03 = "公开03表";

export const CORPUS: Record<string, Damage> = {
  "text-in-amount": (wb) => (sheet(wb, T03).getCell("D11").value = "一千"),
  "number-as-text": (wb) => (sheet(wb, T03).getCell("D11").value = "1,059.71"),
  "full-width-digits": (wb) => (sheet(wb, T03).getCell("D11").value = "１０５９．７１"),
  "blank-amount": (wb) => (sheet(wb, T03).getCell("D11").value = null),
  "negative-amount": (wb) => (sheet(wb, T03).getCell("D11").value = -5),
  "ref-error": (wb) => (sheet(wb, T03).getCell("D11").value = { error: "#REF!" } as ExcelJS.CellErrorValue),
  "value-error-in-formula": (wb) => (sheet(wb, T03).getCell("C11").value = { formula: "SUM(D11:H11)", result: { error: "#VALUE!" } } as unknown as ExcelJS.CellFormulaValue),
  "missing-sheet": (wb) => wb.removeWorksheet(sheet(wb, "公开07表").id),
  "renamed-sheet": (wb) => (sheet(wb, "公开06表").name = "基本支出明细"),
  "inserted-rows": (wb) => {
    sheet(wb, "公开01表").spliceRows(20, 0, [], []);
    sheet(wb, T03).spliceRows(15, 0, ["2040609", "新增科目", null, 2]);
  },
  "deleted-row": (wb) => sheet(wb, T03).spliceRows(12, 1),
  "duplicate-code": (wb) => (sheet(wb, T03).getCell("A12").value = "2040601"),
  "malformed-code": (wb) => (sheet(wb, T03).getCell("A12").value = "20406O2"),
  "out-of-order": (wb) => {
    const ws = sheet(wb, T03);
    const a = ws.getRow(11).values as ExcelJS.CellValue[];
    const b = ws.getRow(12).values as ExcelJS.CellValue[];
    ws.getRow(11).values = b;
    ws.getRow(12).values = a;
  },
};

async function main(): Promise<void> {
  for (const [name, damage] of Object.entries(CORPUS)) {
    const wb = planToWorkbook(buildWorkbookPlan(correctedExample()));
    damage(wb);
    await wb.xlsx.writeFile(path.join(__dirname, `${name}.xlsx`));
  }
  writeFileSync(path.join(__dirname, "not-a-workbook.xlsx"), "这不是 xlsx 文件\n");
}

if (require.main === module) void main();
