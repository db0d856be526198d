/** 公开01表 收入支出决算总表 (domain.md §1.1). */
import { EMPTY_NOTE } from "./notes";
import type { FixedTable } from "./types";

export const gk01: FixedTable = {
  kind: "fixed",
  id: "T01",
  number: "公开01表",
  title: "收入支出决算总表",
  orientation: "portrait",
  zeroAs: "blank",
  header: [
    ["收入", "<", "<", "支出", "<", "<"],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ["栏次", "", "1", "栏次", "", "2"],
  ],
  widths: [34, 6, 15, 34, 6, 15],
  sides: [
    {
      rowNumbers: true,
      columns: ["c1"],
      body: [
        { key: "fiscalGeneral", label: "一、一般公共预算财政拨款收入" },
        { key: "fiscalFund", label: "二、政府性基金预算财政拨款收入" },
        { key: "fiscalState", label: "三、国有资本经营预算财政拨款收入" },
        { key: "superiorSubsidy", label: "四、上级补助收入" },
        { key: "business", label: "五、事业收入" },
        { key: "operating", label: "六、经营收入" },
        { key: "affiliated", label: "七、附属单位上缴收入" },
        { key: "other", label: "八、其他收入" },
      ],
      foot: [
        { key: "incomeSum", label: "本年收入合计", sum: "body" },
        { key: "nonFiscalSurplusUsed", label: "使用非财政拨款结余" },
        { key: "openingBalance", label: "年初结转和结余" },
        { label: "" },
        { key: "incomeTotal", label: "总计", sum: ["incomeSum", "nonFiscalSurplusUsed", "openingBalance"] },
      ],
    },
    {
      rowNumbers: true,
      columns: ["c2"],
      body: { classes: "expenditure", links: { c2: { table: "T03", col: "c1" } } },
      foot: [
        { key: "expenditureSum", label: "本年支出合计", sum: "body" },
        { key: "surplusDistribution", label: "结余分配" },
        { key: "closingBalance", label: "年末结转和结余" },
        { label: "" },
        { key: "expenditureTotal", label: "总计", sum: ["expenditureSum", "surplusDistribution", "closingBalance"] },
      ],
    },
  ],
  notes: ["注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换万元时可能存在尾数误差。", EMPTY_NOTE],
};
