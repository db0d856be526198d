/**
 * The live 情况说明 sheet, recalculated by LibreOffice with every cached result stripped, reads exactly
 * as the text rendering — on the example and on 30 workbooks with random edits to table figures and to
 * 说明数据 (zero bases, equal years, blank reasons, texts ending in 。, non-zero procurement, figures never
 * entered, …), and on the example with no 说明数据 at all.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { exampleReport } from "../../src/core/example/liaoning2024";
import type { Report } from "../../src/core/model/report";
import { narrateReport } from "../../src/core/narrative";
import { NARRATIVE_SHEET } from "../../src/core/narrative/narrativeSheet";
import { blockText } from "../../src/core/narrative/types";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { writePlan } from "../../src/node/xlsx";
import { findSoffice, recalcToCsv, stripResults } from "../helpers/libreoffice";
import { amountCells, perturb } from "../helpers/perturb";
import { rng } from "../helpers/reports";

const soffice = findSoffice();
if (!soffice && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI");
if (!soffice) console.log("跳过 情况说明 LibreOffice 差分测试：本机没有 soffice。");
const maybe = soffice ? describe : describe.skip;

type Edit = (r: Report, next: () => number) => Report;
const setInput = (key: string, v: number | string | undefined): Edit => (r) => {
  const inputs = { ...(r.inputs ?? {}) };
  if (v === undefined) delete inputs[key];
  else inputs[key] = v;
  return { ...r, inputs };
};
const randomMoney = (key: string): Edit => (r, next) => setInput(key, Math.floor(next() * 2_000_000))(r, next);

/** Edits that reach every kind of clause: rates against zero, 持平, placeholders, lists, optional texts. */
const EDITS: readonly Edit[] = [
  setInput("prior.incomeTotal", 557744), // 持平
  setInput("prior.incomeTotal", 0), // zero base: no rate
  randomMoney("prior.expenditureTotal"),
  setInput("budget.fiscal", 0),
  setInput("budget.basic", 0),
  randomMoney("budget.project"),
  setInput("reason.income", undefined), // placeholder
  setInput("reason.fiscal", "新的原因。"), // trailing 。 dropped
  setInput("prior.vehicle", 1304), // 持平
  setInput("prior.reception", 0),
  randomMoney("prior.operating"),
  setInput("procurement.goods", 123456),
  setInput("procurement.goodsSme", 23456),
  setInput("procurement.services", 789),
  setInput("procurement.sme", 1000),
  setInput("assets.v8", 4),
  setInput("abroad.groups", 2),
  setInput("perf.keyProjects", 1),
  setInput("text.perf.keyResult", "评价结果为优"),
  setInput("item.T05.2040601.budget", 0),
  setInput("item.T05.2040602.budget", 14513), // equal: no reason clause
  setInput("item.T05.2040604.use", undefined),
  setInput("project.3.problems", undefined),
  setInput("project.2.name", undefined), // a project row left empty
  setInput("project.1.score", 9876),
  setInput("text.reception.use", "接待'引号\"测试"),
  // Never entered: the clause shows 【请填写上年数】 / 【请填写年初预算】 …, never a 0 stated as fact.
  setInput("prior.incomeTotal", undefined),
  setInput("prior.fiscal", undefined),
  setInput("budget.fiscal", undefined),
  setInput("budget.basic", undefined),
  setInput("item.T05.2040601.budget", undefined),
  setInput("prior.reception", undefined),
  setInput("operating.amount", undefined),
  setInput("abroad.groups", undefined),
  setInput("perf.average", undefined),
];

function edited(seed: number): Report {
  const next = rng(seed);
  let report = exampleReport();
  const cells = amountCells(report).filter((c) => !c.derived);
  for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
    const cell = cells[Math.floor(next() * cells.length)]!;
    report = perturb(report, cell.id, [1, -1, 7, 100, -2500, 123456][Math.floor(next() * 6)]!);
  }
  for (let k = 0; k < 2 + Math.floor(next() * 5); k++) report = EDITS[Math.floor(next() * EDITS.length)]!(report, next);
  return report;
}

const reports: [string, Report][] = [["example", exampleReport()], ["no-inputs", { ...exampleReport(), inputs: {} }]];
for (let seed = 1; seed <= 30; seed++) reports.push([`edited-${seed}`, edited(seed)]);

maybe("情况说明 sheet: LibreOffice text equals the text rendering", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-narr-"));
  const files = reports.map(([name]) => path.join(dir, `${name}.xlsx`));
  let csv: ReturnType<typeof recalcToCsv>;
  beforeAll(async () => {
    for (const [i, [, report]] of reports.entries()) await writePlan(stripResults(buildWorkbookPlan(report)), files[i]!);
    csv = recalcToCsv(soffice!, files);
  }, 600000);

  test("the edits reach zero bases, placeholders and non-zero procurement", () => {
    const texts = reports.flatMap(([, r]) => narrateReport(r).blocks.map(blockText)).join("\n");
    expect(texts).toContain("【请填写原因】");
    expect(texts).toContain("今年收入总计持平");
    expect(texts).toContain("货物采购授予中小企业合同金额占货物支出金额的");
    expect(texts).toContain("其他用车4辆");
  });

  test.each(reports.map(([name, r], i) => [name, r, i] as const))("%s", (_, report, i) => {
    const lo = (csv.get(files[i]!)?.get(NARRATIVE_SHEET) ?? []).filter((row) => (row[0] ?? "") !== "");
    const ours = narrateReport(report).blocks;
    expect(lo.map((row) => `${row[1]} ${row[0]}`)).toEqual(ours.map((b) => `${b.id} ${blockText(b)}`));
  });
});
