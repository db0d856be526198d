/**
 * npm run bench: medians of the core's and the adapter's costs. Printed, never asserted in tests.
 */
import { exampleReport } from "../src/core/example/liaoning2024";
import type { Report } from "../src/core/model/report";
import { buildWorkbookPlan } from "../src/core/plan/build";
import { readWorkbook } from "../src/core/read/workbook";
import { planToBuffer, planToWorkbook, workbookToGrid } from "../src/node/xlsx";
import { syntheticReport } from "./synthetic";

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

async function main(): Promise<void> {
  const cases: [string, Report, number][] = [
    ["示例（朝阳市司法局）", exampleReport(), 30],
    ["合成部门（200 个单位）", syntheticReport(), 7],
  ];
  console.log("决算公开助手 bench（中位数，毫秒）");
  for (const [name, report, runs] of cases) {
    const plan = buildWorkbookPlan(report);
    const buffer = await planToBuffer(plan);
    const grid = workbookToGrid(planToWorkbook(plan));
    const build = await median(runs, () => buildWorkbookPlan(report));
    const write = await median(runs, () => planToBuffer(plan));
    const read = await median(runs, () => readWorkbook(grid));
    console.log(`\n${name}：${describe(report)}，xlsx ${(buffer.length / 1024).toFixed(0)} KB`);
    console.log(`  生成表样计划 buildWorkbookPlan   ${build.toFixed(1)} ms`);
    console.log(`  写出 .xlsx（exceljs）            ${write.toFixed(1)} ms`);
    console.log(`  读回 grid → Report               ${read.toFixed(1)} ms`);
    console.log(`  写出 / 计划 比值                 ${(write / build).toFixed(1)}×`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
