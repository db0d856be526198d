/** 公开04表 财政拨款收入支出决算总表 (domain.md §1.4). */
import { EMPTY_NOTE, ROUNDING_NOTE } from "./notes";
import type { FixedTable } from "./types";

export const gk04: FixedTable = {
  kind: "fixed",
  id: "T04",
  number: "公开04表",
  title: "财政拨款收入支出决算总表",
  orientation: "landscape",
  zeroAs: "blank",
  header: [
    ["收 入", "<", "<", "支 出", "<", "<", "<", "<", "<"],
    ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    ["栏次", "", "1", "栏次", "", "2", "3", "4", "5"],
  ],
  widths: [28, 6, 13, 30, 6, 13, 14, 14, 14],
  sides: [
    {
      rowNumbers: true,
      columns: ["c1"],
      body: [
        { key: "fiscalGeneral", label: "一、一般公共预算财政拨款" },
        { key: "fiscalFund", label: "二、政府性基金预算财政拨款" },
        { key: "fiscalState", label: "三、国有资本经营预算财政拨款" },
      ],
      foot: [
        { key: "incomeSum", label: "本年收入合计", sum: "body" },
        { key: "openingBalance", label: "年初财政拨款结转和结余", sum: ["openingGeneral", "openingFund", "openingState"] },
        { key: "openingGeneral", label: "一般公共预算财政拨款" },
        { key: "openingFund", label: "政府性基金预算财政拨款" },
        { key: "openingState", label: "国有资本经营预算财政拨款" },
        { key: "incomeTotal", label: "总计", sum: ["incomeSum", "openingBalance"] },
      ],
    },
    {
      rowNumbers: true,
      columns: ["c2", "c3", "c4", "c5"],
      columnSums: { c2: ["c3", "c4", "c5"] },
      body: {
        classes: "expenditure",
        links: {
          c3: { table: "T05", col: "c1" },
          c4: { table: "T08", col: "c3" },
          c5: { table: "T09", col: "c1" },
        },
      },
      foot: [
        { key: "expenditureSum", label: "本年支出合计", sum: "body" },
        { key: "closingBalance", label: "年末财政拨款结转和结余" },
        { label: "" },
        { label: "" },
        { label: "" },
        { key: "expenditureTotal", label: "总计", sum: ["expenditureSum", "closingBalance"] },
      ],
    },
  ],
  notes: [
    "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
    ROUNDING_NOTE,
    EMPTY_NOTE,
  ],
};
