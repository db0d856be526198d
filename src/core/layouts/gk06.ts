/** 公开06表 一般公共预算财政拨款基本支出决算表 (domain.md §1.6, §2): three column groups. */
import { EMPTY_NOTE, ROUNDING_NOTE } from "./notes";
import type { EconTable } from "./types";

export const gk06: EconTable = {
  kind: "econ",
  id: "T06",
  number: "公开06表",
  title: "一般公共预算财政拨款基本支出决算表",
  orientation: "landscape",
  zeroAs: "blank",
  header: [
    ["人员经费", "<", "<", "公用经费", "<", "<", "<", "<", "<"],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
  ],
  widths: [9, 28, 12, 9, 22, 12, 9, 30, 12],
  groups: [
    { classes: ["301", "303"] },
    { classes: ["302"] },
    // 30703/30704 (债务发行费用) are in the classification but not printed in 06.
    { classes: ["307", "310", "312", "399"], omit: ["30703", "30704"] },
  ],
  totals: [
    { key: "personnelTotal", label: "人员经费合计", labelGroup: 0, valueGroup: 0, classes: ["301", "303"] },
    { key: "publicTotal", label: "公用经费合计", labelGroup: 1, valueGroup: 2, classes: ["302", "307", "310", "312", "399"] },
  ],
  notes: ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", ROUNDING_NOTE, EMPTY_NOTE],
};
