/**
 * What a user waits for when checking a file: from the .xlsx on disk to the findings (read the file, unzip,
 * parse, grid, report, every rule). The lean reader (src/xlsx, what jsgk check uses) next to exceljs's full
 * load followed by the same grid, report and rules — same file, same steps after the grid.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { readGridFile } from "../src/cli/workbookFile";
import { exampleReport } from "../src/core/example/liaoning2024";
import type { Report } from "../src/core/model/report";
import { buildWorkbookPlan } from "../src/core/plan/build";
import type { WorkbookGrid } from "../src/core/read/grid";
import { readWorkbook } from "../src/core/read/workbook";
import { checkReport } from "../src/core/rules";
import { planToBuffer, workbookToGrid } from "../src/node/xlsx";
import { syntheticReport } from "./synthetic";

type Median = (runs: number, fn: () => unknown | Promise<unknown>) => Promise<number>;

/** The workbook with one stray value at XFD1048576 on its first sheet (the case that used to hang). */
function withFarCell(data: Uint8Array): Uint8Array {
  const parts = unzipSync(data);
  const first = Object.keys(parts).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort()[0] as string;
  const xml = new TextDecoder().decode(parts[first]);
  parts[first] = strToU8(xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'));
  return zipSync(parts);
}

function findings(grid: WorkbookGrid): number {
  const read = readWorkbook(grid);
  return read.findings.length + (read.report ? checkReport(read.report).findings.length : 0);
}

export async function benchFileToFindings(median: Median): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-bench-"));
  const example = await planToBuffer(buildWorkbookPlan(exampleReport()));
  const cases: [string, Uint8Array, number, boolean][] = [
    ["示例", example, 15, true],
    ["合成部门（200 个单位）", await planToBuffer(buildWorkbookPlan(syntheticReport() as Report)), 5, true],
    ["示例 + XFD1048576 一个远处单元格", withFarCell(example), 5, false],
  ];
  const lines: string[] = [];
  try {
    for (const [name, data, runs, withExcelJs] of cases) {
      const file = path.join(dir, `${lines.length}.xlsx`);
      writeFileSync(file, data);
      const lean = await median(runs, async () => findings(await readGridFile(file)));
      let line = `${name}（${(data.length / 1024).toFixed(0)} KB）：文件 → 发现项 ${lean.toFixed(1)} ms`;
      if (withExcelJs) {
        const full = await median(Math.min(runs, 3), async () => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.readFile(file);
          return findings(workbookToGrid(wb));
        });
        line += `   exceljs 完整载入 + 同样的读表与审核 ${full.toFixed(1)} ms   快 ${(full / lean).toFixed(1)}×`;
      } else line += "   （exceljs 完整载入要为远处单元格建整个工作表模型，不比）";
      lines.push(line);
      if (name.startsWith("合成")) lines.push(`目标：合成部门文件 → 发现项 ≤ 1,000 ms（${lean <= 1000 ? "达到" : "未达到"}）`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
