/** 公开07表 财政拨款“三公”经费支出决算表 (domain.md §1.7), the seed's vertical form. */
import { EMPTY_NOTE, ROUNDING_NOTE } from "./notes";
import type { FixedTable } from "./types";

export const gk07: FixedTable = {
  kind: "fixed",
  id: "T07",
  number: "公开07表",
  title: "财政拨款“三公”经费支出决算表",
  orientation: "portrait",
  zeroAs: "blank",
  header: [["项 目", "预算数", "决算数"]],
  widths: [40, 18, 18],
  sides: [
    {
      rowNumbers: false,
      columns: ["budget", "actual"],
      body: [
        { key: "total", label: "合 计", sum: ["abroad", "reception", "vehicle"] },
        { key: "abroad", label: "1、因公出国（境）费" },
        { key: "reception", label: "2、公务接待费" },
        { key: "vehicle", label: "3、公务用车购置及运行费", sum: ["vehicleOps", "vehiclePurchase"] },
        { key: "vehicleOps", label: "其中：（1）公务用车运行维护费" },
        { key: "vehiclePurchase", label: "（2）公务用车购置费" },
      ],
      foot: [],
    },
  ],
  notes: [
    "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。",
    "其中：预算数为年初预算数，反映经调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
    ROUNDING_NOTE,
    EMPTY_NOTE,
  ],
};
