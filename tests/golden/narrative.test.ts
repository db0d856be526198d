/**
 * Fidelity of the text rendering against the seed's 第二部分, sentence by sentence. The rendering of the
 * built-in example is a golden file (UPDATE_GOLDEN=1 rewrites it); every sentence that differs from the
 * published text is listed below with its reason, and nothing else may differ. Comparison ignores white
 * space, punctuation width and trailing zeros of numbers (PDF-extraction noise: the seed prints both
 * "100%" and "100.00%", "(" and "（").
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { narrateReport } from "../../src/core/narrative";
import { narrativePlainText } from "../../src/core/narrative/plainText";
import { diffSentences, sentences } from "../helpers/sentences";
import { seedNarrativeText } from "../fixtures/seed";

const SEED = seedNarrativeText();
const narration = narrateReport(exampleReport());
const text = narrativePlainText(narration.blocks);

type Reason = "seed-error" | "wording-rule";
/** [seed sentence contains, ours contains, kind, why] */
const DEVIATIONS: readonly (readonly [string, string, Reason, string])[] = [
  ["今年结转结余持平，主要原因：无。", "今年结转结余持平。", "wording-rule", "持平 needs no reason; no “主要原因：无”"],
  ...["普法宣传", "公共法律服务", "国家统一法律职业资格考试", "法治建设", "强制隔离戒毒人员生活", "死亡抚恤"].map(
    (item) => [`${item}（项）`, `${item}（项）`, "wording-rule", `${item}: 完成年初预算的100% — no “存在差异的主要原因是无”`] as const,
  ),
  ["完成年初预算的83.16%", "完成年初预算的83.15%", "seed-error", "律师管理 28.52: no 年初预算 to 0.01 万元 gives 83.16% (83.15% or 83.17%); 83.16% is the 政府购买法律服务 project's 22.12 / 26.60 — a rate taken from another figure"],
  ["完成预算的0%，决算数持平预算数的主要原因是无。", "决算数等于预算数。", "seed-error", "§4.6 item 12: 因公出国 rate against a zero budget (N4) and “主要原因是无”"],
  ["与上年持平，主要原因是无等。", "因公出国（境）费与上年持平。", "wording-rule", "持平 needs no reason; no “主要原因是无等”"],
  ["压减经费支出无。", "完成预算的44%，决算数小于预算数的主要原因是过紧日子，压减经费支出。", "seed-error", "§4.6 item 12: stray “无” after the reason"],
  ["增长220.23%", "增长238.46%", "seed-error", "公务接待: printed 增加0.31 and 增长220.23% contradict each other — 0.44 − 0.13 = 0.31 gives 238.46%; 220.23% needs a 上年数 of about 0.137, i.e. 增加0.30"],
  ["奖励金", "绩效工资", "wording-rule", "四: only non-zero 06 items are listed (N6); the seed lists zero items (奖励金, 手续费, …) and omits non-zero ones"],
  ["占政府采购支出总额的0%", "授予中小企业合同金额0万元，其中：授予小微企业合同金额0万元。", "wording-rule", "政府采购 shares against a zero total are left out (N4), not printed as 0%"],
  ["完成预算的83.17%", "完成预算的83.16%", "seed-error", "政府购买法律服务: 22.12 / 26.60 = 83.16% (the seed's 83.17% is an arithmetic slip)"],
  ["完成预算的99.91%", "完成预算的99.9%", "seed-error", "戒毒人员经费: 59.30 / 59.36 = 99.90% (the seed prints 99.91%)"],
];

test("the text rendering of the example is the golden file", () => {
  const file = path.join(__dirname, "narrative", "example.txt");
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, "utf8"));
});

test("the example's 说明数据 leave no placeholder", () => {
  expect(narration.findings).toEqual([]);
  expect(text).not.toContain("【");
});

test("it reproduces the seed's 第二部分 except for the listed deviations", () => {
  const diffs = diffSentences(sentences(SEED), sentences(text));
  const unexplained = diffs.filter((d) => !DEVIATIONS.some(([seed, ours]) => d.seed.includes(seed) && d.ours.includes(ours)));
  expect(unexplained).toEqual([]);
  // Every listed deviation still occurs (a fixed one must be taken off the list).
  for (const [seed, ours, , why] of DEVIATIONS) expect([why, diffs.some((d) => d.seed.includes(seed) && d.ours.includes(ours))]).toEqual([why, true]);
  expect(diffs.length).toBe(DEVIATIONS.length);
});

test("no residue the wording rules forbid", () => {
  expect(text).not.toMatch(/主要原因(是|：)无/);
  expect(text).not.toMatch(/完成(年初)?预算的0\.00%/);
  expect(text).not.toMatch(/（下降）|（增长）|增加（减少）/);
});
