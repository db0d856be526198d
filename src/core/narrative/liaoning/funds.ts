/** 二（二）–（四）: the 一般公共预算, 政府性基金 and 国有资本经营 支出 by 类 and 项 (one item per 项 of 05/08/09). */
import { itemKey } from "../inputs";
import { T01, v, type NarrativeContext } from "./common";
import { block, cell, equal, money, nonZero, not, pct, reason, sum, text, when } from "../dsl";
import type { Also, Block } from "../types";

interface FundSection {
  readonly table: string;
  readonly title: string;
  readonly fund: string;
  /** Amount column of the table and the 04 column printing the same figures. */
  readonly col: string;
  readonly col04: string;
}

export const FUNDS: readonly FundSection[] = [
  { table: "T05", title: "（二）一般公共预算财政拨款支出情况。", fund: "一般公共预算财政拨款支出", col: "c1", col04: "c3" },
  { table: "T08", title: "（三）政府性基金预算财政拨款支出情况。", fund: "政府性基金预算财政拨款支出", col: "c3", col04: "c4" },
  { table: "T09", title: "（四）国有资本经营预算财政拨款支出情况。", fund: "国有资本经营预算财政拨款支出", col: "c1", col04: "c5" },
];

/**
 * A department whose only income is 一般公共预算财政拨款 with nothing carried over prints the same 类
 * figures in 01, 02, 03 and 05 (X07) — then a 类 amount quoted from 05 must agree with all of them.
 */
const ONLY_GENERAL_FUND = not(
  nonZero(sum(...["fiscalFund", "fiscalState", "superiorSubsidy", "business", "operating", "affiliated", "other", "nonFiscalSurplusUsed", "openingBalance"].map((r) => T01(r, "c1")))),
);
/** 01/02/03 cells of a 05 row (`row` a 类 code, or "total"), equal to it for a one-fund department. */
const sameWhenOneFund = (table: string, row: string): Also[] =>
  table !== "T05"
    ? []
    : [`T01.${row === "total" ? "expenditureSum" : row}.c2`, `T02.${row}.c1`, `T03.${row}.c1`].map((id) => ({ cell: id, when: ONLY_GENERAL_FUND }));

export function fundBlocks(ctx: NarrativeContext, f: FundSection): Block[] {
  const Y = ctx.year;
  const id = f.table.toLowerCase();
  const total = cell(`${f.table}.total.${f.col}`, `T04.expenditureSum.${f.col04}`, ...sameWhenOneFund(f.table, "total"));
  const items = ctx.items.filter((i) => i.table === f.table);
  const out: Block[] = [block(`2.${id}`, "subheading", f.title)];
  if (items.length === 0) {
    out.push(block(`2.${id}.none`, "para", when(nonZero(total), [`${Y}年度${f.fund}`, money(total), "万元。"], [`本部门${Y}年度无${f.fund}。`])));
    return out;
  }
  out.push(block(`2.${id}.total`, "para", `${Y}年度${f.fund}`, money(total), "万元。按支出功能分类科目分，包括："));
  const classes = [...new Set(items.map((i) => i.code.slice(0, 3)))];
  classes.forEach((cls, n) => {
    const clsItems = items.filter((i) => i.code.startsWith(cls));
    const clsName = clsItems[0]?.path[0] ?? cls;
    out.push(block(`2.${id}.${cls}`, "para", `${n + 1}. ${clsName}`, money(cell(`${f.table}.${cls}.${f.col}`, `T04.${cls}.${f.col04}`, ...sameWhenOneFund(f.table, cls))), "万元，具体包括："));
    clsItems.forEach((it, m) => {
      const amount = cell(`${f.table}.${it.code}.${f.col}`);
      const budget = v(itemKey(f.table, it.code, "budget"));
      out.push(
        block(
          `2.${id}.${it.code}`,
          "para",
          `（${m + 1}）${it.path[0]}（类）${it.path[1]}（款）${it.name}（项）`,
          money(amount),
          "万元，主要是",
          text(itemKey(f.table, it.code, "use")),
          "等支出",
          when(nonZero(budget), ["，完成年初预算的", pct(amount, budget), "%"]),
          when(not(equal(amount, budget)), ["，决算数与年初预算数存在差异的主要原因是", reason(itemKey(f.table, it.code, "reason"))]),
          "。",
        ),
      );
    });
  });
  return out;
}
