/**
 * Differential test against a real spreadsheet engine: LibreOffice recalculates the generated workbooks
 * (cached results stripped, so nothing is taken on trust) and every formula cell must equal the value the
 * core computed, with no error value anywhere. In CI LibreOffice must be present; elsewhere a missing
 * soffice is a printed skip.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { liaoning2024, registerTemplate } from "../../src/core/layouts/templates";
import { a1 } from "../../src/core/plan/a1";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import type { WorkbookPlan } from "../../src/core/plan/sheet";
import { writePlan } from "../../src/node/xlsx";
import { ERROR_VALUE, findSoffice, recalcToCsv, stripResults } from "../helpers/libreoffice";
import { randomReport } from "../helpers/reports";

const soffice = findSoffice();
if (!soffice) {
  if (process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: .ci/run installs libreoffice-calc");
  console.log("跳过 LibreOffice 差分测试：本机没有 soffice（apt-get install libreoffice-calc）。");
}
const maybe = soffice ? describe : describe.skip;

registerTemplate({ ...liaoning2024, id: "lo-24", expenditureClasses: liaoning2024.expenditureClasses.filter((c) => c !== "231" && c !== "232") });

const cases: [string, WorkbookPlan][] = [
  ["example", buildWorkbookPlan(exampleReport())],
  ["blank", buildWorkbookPlan({ ...exampleReport(), tables: {} }, { blank: true })],
  ["random-11", buildWorkbookPlan(randomReport(11, 20))],
  ["random-12", buildWorkbookPlan(randomReport(12, 40))],
  ["variant-24", buildWorkbookPlan(randomReport(13, 15, "lo-24"))],
];


maybe("LibreOffice recalculation equals the core", () => {
  let sheetsByFile: Map<string, Map<string, string[][]>>;
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-diff-"));
  const files = cases.map(([name]) => path.join(dir, `${name}.xlsx`));

  beforeAll(async () => {
    for (const [i, [, plan]] of cases.entries()) await writePlan(stripResults(plan), files[i] as string);
    sheetsByFile = recalcToCsv(soffice as string, files);
  }, 300000);

  test.each(cases.map(([name, plan], i) => [name, plan, i] as const))("%s: every formula cell, no error values", (_, plan, i) => {
    const sheets = sheetsByFile.get(files[i] as string);
    expect(sheets?.size).toBe(plan.sheets.length);
    const mismatches: string[] = [];
    let formulas = 0;
    for (const sheet of plan.sheets) {
      const csv = sheets?.get(sheet.name) ?? [];
      csv.forEach((row, r) => row.forEach((text, c) => ERROR_VALUE.test(text) && mismatches.push(`${sheet.name}!${a1(r + 1, c + 1)} = ${text}`)));
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.f === undefined) return;
          formulas++;
          const text = csv[r]?.[c] ?? "";
          if (typeof cell.v === "string") {
            if (text !== cell.v) mismatches.push(`${sheet.name}!${a1(r + 1, c + 1)} =${cell.f}: LibreOffice ${text}, core ${cell.v}`);
            return;
          }
          const lo = Math.round(Number(text === "" ? 0 : text) * 100);
          const core = Math.round(Number(cell.v) * 100);
          if (lo !== core || Number.isNaN(lo)) mismatches.push(`${sheet.name}!${a1(r + 1, c + 1)} =${cell.f}: LibreOffice ${text}, core ${cell.v}`);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });
});
