/**
 * The 校验 sheet recalculated by LibreOffice gives the same status, row by row, as the TypeScript
 * evaluator — on the example and on 50 randomly perturbed workbooks (cached results stripped).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { CHECK_SHEET } from "../../src/core/plan/checkSheet";
import type { WorkbookPlan } from "../../src/core/plan/sheet";
import { writePlan } from "../../src/node/xlsx";
import { findSoffice, recalcToCsv, stripResults } from "../helpers/libreoffice";
import { amountCells, perturb } from "../helpers/perturb";
import { rng } from "../helpers/reports";

const soffice = findSoffice();
if (!soffice && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI");
if (!soffice) console.log("跳过 校验表 LibreOffice 差分测试：本机没有 soffice。");
const maybe = soffice ? describe : describe.skip;

function perturbed(seed: number) {
  const next = rng(seed);
  let report = exampleReport();
  const cells = amountCells(report);
  const deltas = [1, -1, 2, -2, 3, 5, -7, 100, -250, 12345];
  const count = 1 + Math.floor(next() * 3);
  for (let k = 0; k < count; k++) {
    const cell = cells[Math.floor(next() * cells.length)]!;
    report = perturb(report, cell.id, deltas[Math.floor(next() * deltas.length)]!);
  }
  return report;
}

const cases: [string, WorkbookPlan][] = [["example", buildWorkbookPlan(exampleReport())]];
for (let seed = 1; seed <= 50; seed++) cases.push([`perturbed-${seed}`, buildWorkbookPlan(perturbed(seed))]);


maybe("校验 sheet: LibreOffice statuses equal the TypeScript evaluator's", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-check-"));
  const files = cases.map(([name]) => path.join(dir, `${name}.xlsx`));
  let csv: ReturnType<typeof recalcToCsv>;
  beforeAll(async () => {
    for (const [i, [, plan]] of cases.entries()) await writePlan(stripResults(plan), files[i]!);
    csv = recalcToCsv(soffice!, files);
  }, 600000);

  test("the perturbations produce errors and 尾差, not only passes", () => {
    const statuses = cases.flatMap(([, plan]) => plan.sheets.find((s) => s.name === CHECK_SHEET)!.rows.slice(5).map((r) => r[7]?.v));
    expect(statuses).toContain("错误");
    expect(statuses).toContain("尾差");
    expect(statuses).toContain("请核实");
  });

  test.each(cases.map(([name, plan], i) => [name, plan, i] as const))("%s", (_, plan, i) => {
    const sheet = plan.sheets.find((s) => s.name === CHECK_SHEET)!;
    const lo = csv.get(files[i]!)?.get(CHECK_SHEET) ?? [];
    const ours = sheet.rows.slice(5).map((r, k) => `${k + 1} ${r[1]?.v} ${r[7]?.v}`);
    const theirs = lo.slice(5, 5 + ours.length).map((r, k) => `${k + 1} ${r[1]} ${r[7]}`);
    expect(theirs).toEqual(ours);
    expect(lo[1]?.[0]).toBe(sheet.rows[1]?.[0]?.v);
  });
});
