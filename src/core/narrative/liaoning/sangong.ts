/** 三、财政拨款“三公”经费支出 (amounts from 07, counts and reasons from 说明数据). */
import { v, type NarrativeContext } from "./common";
import { block, cell, changeClause, count, equal, money, nonZero, not, pct, reason, shareClause, text, when } from "../dsl";
import type { Block, Num, Part } from "../types";

/** "完成预算的p%，决算数小于预算数的主要原因是…" for a 07 row (预算 vs 决算). */
function budgetClause(row: string, reasonKey: string, lead: string): Part[] {
  const actual = cell(`T07.${row}.actual`);
  const budget = cell(`T07.${row}.budget`);
  return [
    when(nonZero(budget), [`${lead}完成预算的`, pct(actual, budget), "%，"], [lead]),
    "决算数",
    { word: [actual, budget], words: "compare" },
    "预算数",
    when(not(equal(actual, budget)), ["的主要原因是", reason(reasonKey)]),
    "。",
  ];
}

const sangong = (row: string): Num => cell(`T07.${row}.actual`);

/** "n. 项目x万元，占“三公”经费支出的p%。完成预算的…" — how each of the three items opens. */
const itemOpening = (n: number, label: string, row: string): Part[] => [
  `${n}. ${label}`,
  money(sangong(row)),
  "万元",
  shareClause(sangong(row), sangong("total"), "“三公”经费支出"),
  ...budgetClause(row, `reason.${row}.budget`, "。"),
];

/** "比上年增加x万元，增长p%，主要是…等原因" or "与上年持平". */
const yearOnYear = (row: string): Part =>
  changeClause(sangong(row), v(`prior.${row}`), { equal: ["与上年持平"], before: ["比上年"], after: ["，主要是", reason(`reason.${row}.prior`), "等原因"] });

export function sangongBlocks(ctx: NarrativeContext): Block[] {
  const Y = ctx.year;
  const sangongTotal = sangong("total");
  return [
    block("3", "heading", "三、财政拨款“三公”经费支出决算情况说明"),
    block(
      "3.0",
      "para",
      `${Y}年度财政拨款安排的“三公”经费支出`,
      money(sangongTotal),
      "万元",
      ...budgetClause("total", "reason.sangong", "，"),
      "其中：因公出国（境）费",
      money(sangong("abroad")),
      "万元，公务接待费",
      money(sangong("reception")),
      "万元，公务用车购置及运行维护费",
      money(sangong("vehicle")),
      "万元。",
    ),
    block(
      "3.1",
      "para",
      ...itemOpening(1, "因公出国（境）费", "abroad"),
      `${Y}年参加出国（境）团组`,
      count(v("abroad.groups")),
      "个，累计",
      count(v("abroad.people")),
      `人次。${Y}年因公出国（境）费`,
      yearOnYear("abroad"),
      "。",
    ),
    block(
      "3.2",
      "para",
      ...itemOpening(2, "公务接待费", "reception"),
      `${Y}年国内公务接待累计`,
      count(v("reception.batches")),
      "批次、",
      count(v("reception.people")),
      "人、",
      money(sangong("reception")),
      // No comma before 主要用于 here: the seed's wording, kept so the fidelity test compares like with like.
      "万元主要用于",
      text("text.reception.use"),
      "等；其中外事接待累计",
      count(v("reception.foreignBatches")),
      "批次、",
      count(v("reception.foreignPeople")),
      "人、",
      money(v("reception.foreignAmount")),
      `万元。${Y}年公务接待费`,
      yearOnYear("reception"),
      "。",
    ),
    block(
      "3.3",
      "para",
      ...itemOpening(3, "公务用车购置及运行费", "vehicle"),
      yearOnYear("vehicle"),
      "。",
    ),
    block(
      "3.3.detail",
      "para",
      "其中：公务用车购置费",
      money(sangong("vehiclePurchase")),
      "万元，当年购置公务用车",
      count(v("vehicle.purchased")),
      "辆。公务用车运行维护费",
      money(sangong("vehicleOps")),
      "万元，主要用于",
      text("text.vehicle.use"),
      "等，截至年末使用财政拨款开支运行维护费的公务用车保有量",
      count(v("vehicle.fleet")),
      "辆。",
    ),
  ];
}
