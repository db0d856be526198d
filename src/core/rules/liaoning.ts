/** The 审核规则 of the Liaoning tables (domain.md §4), one object per rule. Ids follow the domain text. */
import { codeRow, type Rule } from "./types";

const CODE_TABLES: readonly [string, string][] = [
  ["T02", "02"],
  ["T03", "03"],
  ["T05", "05"],
  ["T08", "08"],
  ["T09", "09"],
];

/** Per-row column sums and 类/款/合计 trees of the code tables: the layout's formulas. */
const codeTableRules: Rule[] = CODE_TABLES.flatMap(([table, n]): Rule[] => [
  { id: `C${n}-1`, kind: "formula", table, expr: "sum", text: `公开${n}表 每行合计栏等于各分栏之和` },
  // C02-2 covers all five tables (domain.md §4.2); C08-2 is 08's own carry-over row rule.
  { id: "C02-2", kind: "formula", table, expr: "sumif", text: `公开${n}表 类等于所属款之和、款等于所属项之和、合计等于各类之和` },
]);

export const LIAONING_RULES: readonly Rule[] = [
  // 4.1 公开01
  { id: "C01-1", kind: "formula", table: "T01", rows: ["incomeSum"], text: "公开01表 本年收入合计等于收入各项之和" },
  { id: "C01-2", kind: "formula", table: "T01", rows: ["expenditureSum"], text: "公开01表 本年支出合计等于支出各类之和" },
  { id: "C01-3", kind: "formula", table: "T01", rows: ["incomeTotal", "expenditureTotal"], text: "公开01表 总计等于本年合计加结余、结转各项" },
  { id: "C01-4", kind: "relation", op: "=", tolerance: "same", left: ["T01.incomeTotal.c1"], right: ["T01.expenditureTotal.c2"], text: "公开01表 收入总计等于支出总计（收支平衡）" },
  {
    id: "C01-5",
    kind: "relation",
    op: "<=",
    tolerance: "same",
    warningOnly: true,
    // r28 ≤ r29 − T04.r28: only the non-fiscal part of the carry-over can be used.
    left: ["T01.nonFiscalSurplusUsed.c1", "T04.openingBalance.c1"],
    right: ["T01.openingBalance.c1"],
    text: "公开01表 使用非财政拨款结余不超过年初结转和结余中的非财政拨款部分",
  },
  // 4.2 code tables
  ...codeTableRules,
  { id: "C08-2", kind: "rowRelation", table: "T08", op: "=", tolerance: "same", warningOnly: true, left: ["c6", "c3"], right: ["c1", "c2"], text: "公开08表 年末结转和结余等于年初结转和结余加本年收入减本年支出" },
  // 4.3 between tables
  { id: "X01", kind: "relation", op: "=", tolerance: "same", left: ["T01.incomeSum.c1"], right: ["T02.total.c1"], text: "公开01表 本年收入合计等于公开02表 合计" },
  { id: "X01", kind: "relation", op: "=", tolerance: "same", left: ["T01.expenditureSum.c2"], right: ["T03.total.c1"], text: "公开01表 本年支出合计等于公开03表 合计" },
  { id: "X02", kind: "formula", table: "T01", expr: "sumif", text: "公开01表 各类支出等于公开03表 对应类的本年支出合计" },
  ...(["fiscalGeneral", "fiscalFund", "fiscalState"] as const).map(
    (row): Rule => ({ id: "X03", kind: "relation", op: "=", tolerance: "same", left: [`T01.${row}.c1`], right: [`T04.${row}.c1`], text: "公开01表 财政拨款收入各项等于公开04表 对应收入" }),
  ),
  { id: "X03", kind: "relation", op: "=", tolerance: "same", left: ["T02.total.c2"], right: ["T04.incomeSum.c1"], text: "公开02表 财政拨款收入合计等于公开04表 本年收入合计" },
  { id: "X04", kind: "formula", table: "T04", expr: "sum", text: "公开04表 合计栏等于各类资金之和，本年合计、总计等于其组成" },
  { id: "X04", kind: "bodySum", table: "T04", row: "expenditureSum", col: "c2", text: "公开04表 本年支出合计（合计栏）等于各类支出合计栏之和" },
  { id: "X04", kind: "relation", op: "=", tolerance: "same", left: ["T04.incomeTotal.c1"], right: ["T04.expenditureTotal.c2"], text: "公开04表 收入总计等于支出总计" },
  ...([
    ["fiscalGeneral", "openingGeneral", "c3", "一般公共预算"],
    ["fiscalFund", "openingFund", "c4", "政府性基金预算"],
    ["fiscalState", "openingState", "c5", "国有资本经营预算"],
  ] as const).map(
    ([income, opening, col, fund]): Rule => ({
      id: "X05",
      kind: "relation",
      op: "=",
      tolerance: "same",
      left: [`T04.${income}.c1`, `T04.${opening}.c1`],
      right: [`T04.expenditureSum.${col}`, `T04.closingBalance.${col}`],
      text: `公开04表 ${fund}财政拨款：本年收入加年初结转等于本年支出加年末结转`,
    }),
  ),
  { id: "X06", kind: "formula", table: "T04", expr: "sumif", text: "公开04表 各类支出等于公开05/08/09表 对应类的本年支出" },
  { id: "X06", kind: "relation", op: "=", tolerance: "same", left: ["T04.expenditureSum.c3"], right: ["T05.total.c1"], text: "公开04表 一般公共预算支出合计等于公开05表 合计" },
  { id: "X06", kind: "relation", op: "=", tolerance: "same", left: ["T04.expenditureSum.c4"], right: ["T08.total.c3"], text: "公开04表 政府性基金预算支出合计等于公开08表 本年支出合计" },
  { id: "X06", kind: "relation", op: "=", tolerance: "same", left: ["T04.expenditureSum.c5"], right: ["T09.total.c1"], text: "公开04表 国有资本经营预算支出合计等于公开09表 合计" },
  { id: "X06", kind: "relation", op: "=", tolerance: "same", left: ["T04.fiscalFund.c1"], right: ["T08.total.c2"], text: "公开04表 政府性基金预算财政拨款收入等于公开08表 本年收入" },
  { id: "X06", kind: "relation", op: "=", tolerance: "same", left: ["T04.openingFund.c1"], right: ["T08.total.c1"], text: "公开04表 年初政府性基金结转等于公开08表 年初结转和结余" },
  { id: "X06", kind: "relation", op: "=", tolerance: "same", left: ["T04.closingBalance.c4"], right: ["T08.total.c6"], text: "公开04表 年末政府性基金结转等于公开08表 年末结转和结余" },
  { id: "X07", kind: "rowsAtMost", small: "T05", large: "T03", cols: [["c1", "c1"], ["c2", "c2"], ["c3", "c3"]], text: "公开05表 各行不超过公开03表 同一科目（一般公共预算是全部支出的一部分）" },
  { id: "X08", kind: "relation", op: "<=", tolerance: "same", left: ["T04.openingBalance.c1"], right: ["T01.openingBalance.c1"], text: "公开04表 年初财政拨款结转和结余不超过公开01表 年初结转和结余" },
  { id: "X08", kind: "relation", op: "<=", tolerance: "same", left: ["T04.closingBalance.c2"], right: ["T01.closingBalance.c2"], text: "公开04表 年末财政拨款结转和结余不超过公开01表 年末结转和结余" },
  { id: "X09", kind: "relation", op: "=", tolerance: "same", left: ["T05.total.c2"], right: ["T06.personnelTotal.amt", "T06.publicTotal.amt"], text: "公开05表 基本支出合计等于公开06表 人员经费合计加公用经费合计" },
  { id: "X09", kind: "formula", table: "T06", text: "公开06表 各类等于所属款之和，人员经费、公用经费合计等于其各类之和" },
  ...([
    ["30108", ["2080505"]],
    ["30109", ["2080506"]],
    ["30110", ["2101101", "2101102"]],
    ["30111", ["2101103"]],
    ["30113", ["2210201"]],
    ["30304", ["2080801"]],
  ] as const).map(
    ([econ, items]): Rule => ({
      id: "X10",
      kind: "relation",
      op: "=",
      tolerance: "same",
      warningOnly: true,
      left: [`T06.${econ}.amt`],
      right: items.map((code) => codeRow("T05", code, "c2")),
      text: `公开06表 ${econ} 与公开05表 ${items.join("、")} 基本支出一致（项目支出另有安排时可不同）`,
    }),
  ),
  { id: "X11", kind: "formula", table: "T07", text: "公开07表 合计等于三项之和，公务用车购置及运行费等于购置费加运行维护费" },
  ...([
    ["30212", "abroad", "因公出国（境）费"],
    ["30217", "reception", "公务接待费"],
    ["30231", "vehicleOps", "公务用车运行维护费"],
    ["31013", "vehiclePurchase", "公务用车购置费"],
  ] as const).map(
    ([econ, row, name]): Rule => ({
      id: "X12",
      kind: "relation",
      op: "<=",
      tolerance: "same",
      left: [`T06.${econ}.amt`],
      right: [`T07.${row}.actual`],
      text: `公开06表 ${econ} 不超过公开07表 ${name}决算数`,
    }),
  ),
];
