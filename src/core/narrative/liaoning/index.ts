/**
 * 第二部分 情况说明 of the Liaoning template (domain.md §5.1) as data, with the wording rules of §5.5:
 * rates only against non-zero bases, no reason asked for when nothing differs, only non-zero economic
 * items listed, a visible placeholder (and a finding) for a missing reason.
 */
import { economicSubjects } from "../../catalog/economic";
import { FUNDS, fundBlocks } from "./funds";
import { otherBlocks } from "./other";
import { sangongBlocks } from "./sangong";
import { PERSONNEL_CLASSES, PUBLIC_CLASSES, T01, v, type NarrativeContext } from "./common";
import { block, cell, changeClause, money, nonZero, pct, reason, shareClause, sum, text, when } from "../dsl";
import type { Block, Num, Part } from "../types";

export type { NarrativeContext } from "./common";

export function liaoningNarrative(ctx: NarrativeContext): Block[] {
  const Y = ctx.year;
  const incomeTotal = T01("incomeTotal");
  const expenditure = T01("expenditureSum");
  const t03 = (col: string): Num => cell(`T03.total.${col}`);
  const fiscalBasic = sum(cell("T05.total.c2"), cell("T08.total.c4"), cell("T09.total.c2"));
  const fiscalProject = sum(cell("T05.total.c3"), cell("T08.total.c5"), cell("T09.total.c3"));
  const fiscal = cell("T04.expenditureSum.c2");
  const incomeItem = (n: number, label: string, row: string): Block =>
    block(`1.1.${n}`, "para", `${n}. ${label}`, money(T01(row)), "万元", shareClause(T01(row), incomeTotal, "收入总计"), "。");
  const expItem = (n: number, label: string, col: string, rest: Part[] = []): Block =>
    block(`1.2.${n}`, "para", `${n}. ${label}`, money(t03(col)), "万元", shareClause(t03(col), expenditure, "支出总计"), "。", ...rest);
  const classAmounts = (classes: readonly string[]): Part => ({
    join: classes.map((c) => ({ when: nonZero(cell(`T06.${c}.amt`)), parts: [economicSubjects().find((s) => s.code === c)?.name ?? c, money(cell(`T06.${c}.amt`)), "万元"] })),
    sep: "；",
  });
  const all06 = [...PERSONNEL_CLASSES, ...PUBLIC_CLASSES].sort();

  return [
    block("0", "title", `第二部分 ${Y}年度部门决算情况说明`),
    block("1", "heading", "一、收入支出决算总体情况说明"),
    block("1.1", "subheading", "（一）收入总计", money(incomeTotal), "万元，包括："),
    block(
      "1.1.1",
      "para",
      "1. 财政拨款收入",
      money(sum(T01("fiscalGeneral"), T01("fiscalFund"), T01("fiscalState"))),
      "万元",
      shareClause(sum(T01("fiscalGeneral"), T01("fiscalFund"), T01("fiscalState")), incomeTotal, "收入总计"),
      "。其中：一般公共预算财政拨款收入",
      money(T01("fiscalGeneral")),
      "万元，政府性基金预算财政拨款收入",
      money(T01("fiscalFund")),
      "万元，国有资本经营预算财政拨款收入",
      money(T01("fiscalState")),
      "万元。",
    ),
    incomeItem(2, "上级补助收入", "superiorSubsidy"),
    incomeItem(3, "事业收入", "business"),
    incomeItem(4, "经营收入", "operating"),
    incomeItem(5, "附属单位上缴收入", "affiliated"),
    incomeItem(6, "其他收入", "other"),
    incomeItem(7, "使用非财政拨款结余", "nonFiscalSurplusUsed"),
    incomeItem(8, "上年结转和结余", "openingBalance"),
    block("1.1.change", "para", "与上年相比，今年收入总计", changeClause(incomeTotal, v("prior.incomeTotal"), { after: ["，主要原因：", reason("reason.income")] }), "。"),
    block("1.2", "subheading", "（二）支出总计", money(expenditure), "万元，包括："),
    expItem(1, "基本支出", "c2", [
      "主要是为保障机构正常运转、完成日常工作任务而发生的各项支出",
      when(nonZero(sum(...all06.map((c) => cell(`T06.${c}.amt`)))), ["，其中：", classAmounts(all06)]),
      "。",
    ]),
    expItem(2, "项目支出", "c3", ["主要包括", text("text.projects"), "等业务支出。"]),
    expItem(3, "上缴上级支出", "c4"),
    expItem(4, "经营支出", "c5"),
    expItem(5, "对附属单位补助支出", "c6"),
    block("1.2.change", "para", "与上年相比，今年支出", changeClause(expenditure, v("prior.expenditureTotal"), { after: ["，主要原因：", reason("reason.expenditure")] }), "。"),
    block("1.3", "subheading", "（三）年末结转和结余", money(T01("closingBalance")), "万元。"),
    block("1.3.change", "para", "与上年相比，今年结转结余", changeClause(T01("closingBalance"), v("prior.balance"), { after: ["，主要原因：", reason("reason.balance")] }), "。"),

    block("2", "heading", "二、财政拨款支出决算情况说明"),
    block("2.1", "subheading", "（一）总体情况。"),
    block(
      "2.1.text",
      "para",
      `${Y}年度财政拨款支出`,
      money(fiscal),
      "万元，其中：基本支出",
      money(fiscalBasic),
      "万元，项目支出",
      money(fiscalProject),
      "万元。与上年相比，财政拨款支出",
      changeClause(fiscal, v("prior.fiscal"), { after: ["，主要原因：", reason("reason.fiscal")] }),
      "。",
      when(nonZero(v("budget.fiscal")), [
        `与年初预算相比，${Y}年度财政拨款支出完成年初预算的`,
        pct(fiscal, v("budget.fiscal")),
        "%",
        when(nonZero(v("budget.basic")), ["，其中：基本支出完成年初预算的", pct(fiscalBasic, v("budget.basic")), "%", when(nonZero(v("budget.project")), ["，项目支出完成年初预算的", pct(fiscalProject, v("budget.project")), "%"])], [
          when(nonZero(v("budget.project")), ["，其中：项目支出完成年初预算的", pct(fiscalProject, v("budget.project")), "%"]),
        ]),
        "。",
      ]),
    ),
    ...FUNDS.flatMap((f) => fundBlocks(ctx, f)),
    ...sangongBlocks(ctx),
    ...otherBlocks(ctx),
  ];
}
