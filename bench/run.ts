/**
 * npm run bench: medians of the core's and the adapter's costs. Printed, never asserted in tests.
 */
import { exampleReport } from "../src/core/example/liaoning2024";
import type { Report } from "../src/core/model/report";
import { buildWorkbookPlan } from "../src/core/plan/build";
import { readWorkbook } from "../src/core/read/workbook";
import { planToBuffer } from "../src/node/xlsx";
import { readXlsx } from "../src/xlsx/read";
import { checkReport } from "../src/core/rules";
import { hyperFormulaCase, hyperFormulaEngine, runHyperFormula } from "./hyperformula";
import { syntheticReport } from "./synthetic";
import { benchFunctions } from "./functions";
import { benchTaskpane } from "./taskpane";
import { benchRoundTrips } from "./roundTrips";
import { benchNarrative } from "./narrative";
import { benchFileToFindings } from "./fileToFindings";

async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function describe(report: Report): string {
  const plan = buildWorkbookPlan(report);
  let cells = 0;
  let formulas = 0;
  for (const s of plan.sheets)
    for (const r of s.rows)
      for (const c of r) {
        if (!c) continue;
        cells++;
        if (c.f !== undefined) formulas++;
      }
  const codeRows = ["T02", "T03", "T05"].reduce((n, t) => n + (report.tables[t]?.codes?.length ?? 0), 0);
  return `${codeRows} 行功能分类科目，${cells} 个单元格，其中公式 ${formulas} 个`;
}

/** A copy of the report with every entered amount changed, so a re-check cannot reuse last results. */
function edited(report: Report, k: number): Report {
  const tables = Object.fromEntries(
    Object.entries(report.tables).map(([t, d]) => [t, { ...d, amounts: Object.fromEntries(Object.entries(d.amounts).map(([key, v]) => [key, v + k])) }]),
  );
  return { ...report, tables };
}

async function validation(name: string, report: Report, runs: number): Promise<void> {
  const checks = checkReport(report).checks.length;
  let k = 0;
  // Cold: a new shape each time (a different department), so compiling the checks is included.
  const cold = await median(Math.min(runs, 5), () => checkReport({ ...report, tables: { ...report.tables, T09: { amounts: {}, overrides: {}, codes: [String(++k)] } } }));
  const edits = Array.from({ length: runs + 1 }, (_, i) => edited(report, i + 1));
  let e = 0;
  const warm = await median(runs, () => checkReport(edits[e++ % edits.length] as Report));
  const hfCase = hyperFormulaCase(report);
  const hfFull = await median(Math.min(runs, 5), () => runHyperFormula(hfCase));
  const engine = hyperFormulaEngine(hfCase);
  const hfRecheck = await median(Math.min(runs, 7), () => engine.recheck(hfCase.values.map(([v]) => [(v ?? 0) + ++k / 100])));
  engine.destroy();
  console.log(`  审核（${checks} 项勾稽关系）：`);
  console.log(`    再次审核（表样不变，修改金额后）  ${warm.toFixed(1)} ms   HyperFormula 改值重算 ${hfRecheck.toFixed(1)} ms   快 ${(hfRecheck / warm).toFixed(1)}×`);
  console.log(`    首次审核（含编译规则）            ${cold.toFixed(1)} ms   HyperFormula 建表计算 ${hfFull.toFixed(1)} ms   快 ${(hfFull / cold).toFixed(1)}×`);
  if (name.startsWith("合成")) console.log(`    目标：合成部门再次审核 ≤ 30 ms（${warm <= 30 ? "达到" : "未达到"}），比 HyperFormula 快 ≥ 5×（${hfRecheck / warm >= 5 ? "达到" : "未达到"}）`);
}

async function main(): Promise<void> {
  const cases: [string, Report, number][] = [
    ["示例（朝阳市司法局）", exampleReport(), 30],
    ["合成部门（200 个单位）", syntheticReport(), 7],
  ];
  console.log("决算公开助手 bench（中位数，毫秒）");
  for (const [name, report, runs] of cases) {
    const plan = buildWorkbookPlan(report);
    const buffer = await planToBuffer(plan);
    // The grid jsgk reads from the file, every sheet parsed up front: this line is grid → Report alone.
    const grid = readXlsx(buffer);
    for (const sheet of grid.sheets) void sheet.rows;
    const build = await median(runs, () => buildWorkbookPlan(report));
    const write = await median(runs, () => planToBuffer(plan));
    const read = await median(runs, () => readWorkbook(grid));
    console.log(`\n${name}：${describe(report)}，xlsx ${(buffer.length / 1024).toFixed(0)} KB`);
    console.log(`  生成表样计划 buildWorkbookPlan   ${build.toFixed(1)} ms`);
    console.log(`  写出 .xlsx（exceljs）            ${write.toFixed(1)} ms`);
    console.log(`  读回 grid → Report（不含读文件）${read.toFixed(1)} ms`);
    console.log(`  写出 / 计划 比值                 ${(write / build).toFixed(1)}×`);
    await validation(name, report, runs);
  }
}

async function all(): Promise<void> {
  await main();
  console.log("\n从磁盘上的 .xlsx 到发现项（解压、解析、读表、审核）");
  for (const line of await benchFileToFindings(median)) console.log(`  ${line}`);
  console.log("\n情况说明");
  for (const line of await benchNarrative(median)) console.log(`  ${line}`);
  console.log("\n自定义函数 JS.*（各 1,000,000 次）");
  for (const line of await benchFunctions(median)) console.log(`  ${line}`);
  console.log("\n与 Excel 的往返次数（严格的 Excel 替身，Microsoft 365；请求上限 5 MB）");
  for (const line of await benchRoundTrips()) console.log(`  ${line}`);
  console.log("\n任务窗格");
  for (const line of await benchTaskpane()) console.log(`  ${line}`);
}

all().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
