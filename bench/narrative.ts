/** 情况说明: text rendering (target ≤ 20 ms example, ≤ 200 ms for the 200-unit department), the live sheet, the check. */
import { exampleReport } from "../src/core/example/liaoning2024";
import { getTemplate } from "../src/core/layouts/templates";
import type { Report } from "../src/core/model/report";
import { narrateReport } from "../src/core/narrative";
import { checkNarrative } from "../src/core/narrative/check";
import { itemKey, itemRows } from "../src/core/narrative/inputs";
import { narrativePlainText } from "../src/core/narrative/plainText";
import { expandTemplate } from "../src/core/plan/expand";
import { syntheticReport } from "./synthetic";
import { seedNarrativeText } from "../tests/fixtures/seed";

type Median = (runs: number, fn: () => unknown) => Promise<number>;

/** The synthetic department with 说明数据 filled for every 项 (budgets, purposes, reasons). */
function withInputs(report: Report): Report {
  const items = itemRows(expandTemplate(getTemplate(report.templateId)!, report.tables));
  const inputs: Record<string, number | string> = { ...exampleReport().inputs };
  items.forEach((it, i) => {
    inputs[itemKey(it.table, it.code, "budget")] = 100000 + i * 37;
    inputs[itemKey(it.table, it.code, "use")] = "办公费、印刷费";
    inputs[itemKey(it.table, it.code, "reason")] = "业务量变化";
  });
  return { ...report, inputs };
}

export async function benchNarrative(median: Median): Promise<string[]> {
  const example = exampleReport();
  const synthetic = withInputs(syntheticReport());
  const seed = seedNarrativeText();
  const ex = await median(30, () => narrateReport(example));
  const syn = await median(7, () => narrateReport(synthetic));
  // Cold: a new shape each run (another year), so expanding the tables and compiling the cells count too.
  let year = 3000;
  const exCold = await median(15, () => narrateReport({ ...example, year: ++year }));
  const synCold = await median(5, () => narrateReport({ ...synthetic, year: ++year }));
  const synBlocks = narrateReport(synthetic).blocks.length;
  const synText = narrativePlainText(narrateReport(synthetic).blocks);
  const check = await median(15, () => checkNarrative(example, seed));
  const checkSyn = await median(5, () => checkNarrative(synthetic, synText));
  return [
    `文字渲染 示例                         ${ex.toFixed(1)} ms（目标 ≤ 20 ms，${ex <= 20 ? "达到" : "未达到"}）；首次（含展开表样、编译单元格）${exCold.toFixed(1)} ms`,
    `文字渲染 合成部门（${synBlocks} 段）          ${syn.toFixed(1)} ms（目标 ≤ 200 ms，${syn <= 200 ? "达到" : "未达到"}）；首次 ${synCold.toFixed(1)} ms`,
    `表文一致性检查 示例（样本第二部分）   ${check.toFixed(1)} ms`,
    `表文一致性检查 合成部门（自身文字）   ${checkSyn.toFixed(1)} ms`,
  ];
}
