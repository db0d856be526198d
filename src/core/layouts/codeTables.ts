/** 公开02/03/05/08/09: function-classification tables (domain.md §1.2, §1.3, §1.5, §1.8, §1.9). */
import { EMPTY_NOTE, ROUNDING_NOTE } from "./notes";
import type { CodeTable } from "./types";

const ITEM = ["功能分类科目编码", "科目名称"];

export const gk02: CodeTable = {
  kind: "codes",
  id: "T02",
  number: "公开02表",
  title: "收入决算表",
  orientation: "landscape",
  zeroAs: "blank",
  header: [
    ["项目", "<", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
    [...ITEM, "^", "^", "^", "^", "^", "^", "^"],
    ["栏次", "", "1", "2", "3", "4", "5", "6", "7"],
  ],
  widths: [12, 30, 13, 13, 13, 13, 13, 13, 13],
  columns: ["c1", "c2", "c3", "c4", "c5", "c6", "c7"],
  columnSums: { c1: ["c2", "c3", "c4", "c5", "c6", "c7"] },
  totalPosition: "top",
  blankRows: 20,
  notes: ["注：本表反映部门本年度取得的各项收入情况。", ROUNDING_NOTE, EMPTY_NOTE],
};

export const gk03: CodeTable = {
  kind: "codes",
  id: "T03",
  number: "公开03表",
  title: "支出决算表",
  orientation: "landscape",
  zeroAs: "blank",
  header: [
    ["项目", "<", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    [...ITEM, "^", "^", "^", "^", "^", "^"],
    ["栏次", "", "1", "2", "3", "4", "5", "6"],
  ],
  widths: [12, 30, 14, 14, 14, 14, 14, 14],
  columns: ["c1", "c2", "c3", "c4", "c5", "c6"],
  columnSums: { c1: ["c2", "c3", "c4", "c5", "c6"] },
  totalPosition: "top",
  blankRows: 20,
  notes: ["注：本表反映部门本年度各项支出情况。", ROUNDING_NOTE, EMPTY_NOTE],
};

export const gk05: CodeTable = {
  kind: "codes",
  id: "T05",
  number: "公开05表",
  title: "一般公共预算财政拨款支出决算表",
  orientation: "portrait",
  // The seed prints 0.00 in 05 where the other tables leave zero cells blank.
  zeroAs: "zero",
  header: [
    ["项目", "<", "本年支出", "<", "<"],
    [...ITEM, "小计", "基本支出", "项目支出"],
    ["栏次", "", "1", "2", "3"],
  ],
  widths: [12, 34, 15, 15, 15],
  columns: ["c1", "c2", "c3"],
  columnSums: { c1: ["c2", "c3"] },
  totalPosition: "top",
  blankRows: 20,
  notes: ["注：本表反映部门本年度一般公共预算财政拨款支出情况。", ROUNDING_NOTE, EMPTY_NOTE],
};

export const gk08: CodeTable = {
  kind: "codes",
  id: "T08",
  number: "公开08表",
  title: "政府性基金预算财政拨款收入支出决算表",
  orientation: "landscape",
  zeroAs: "blank",
  header: [
    ["项目", "<", "年初结转和结余", "本年收入", "本年支出", "<", "<", "年末结转和结余"],
    [...ITEM, "^", "^", "小计", "基本支出", "项目支出", "^"],
    ["栏次", "", "1", "2", "3", "4", "5", "6"],
  ],
  widths: [12, 30, 14, 14, 14, 14, 14, 14],
  columns: ["c1", "c2", "c3", "c4", "c5", "c6"],
  columnSums: { c3: ["c4", "c5"] },
  totalPosition: "top",
  blankRows: 10,
  notes: ["注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", ROUNDING_NOTE, EMPTY_NOTE],
};

export const gk09: CodeTable = {
  kind: "codes",
  id: "T09",
  number: "公开09表",
  // The seed's table of contents and columns say 支出决算表 (domain.md §1.9); its page heading adds 收入.
  title: "国有资本经营预算财政拨款支出决算表",
  orientation: "portrait",
  zeroAs: "blank",
  header: [
    ["项目", "<", "本年支出", "<", "<"],
    [...ITEM, "合计", "基本支出", "项目支出"],
    ["栏次", "", "1", "2", "3"],
  ],
  widths: [12, 34, 15, 15, 15],
  columns: ["c1", "c2", "c3"],
  columnSums: { c1: ["c2", "c3"] },
  totalPosition: "top",
  blankRows: 10,
  notes: ["注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", ROUNDING_NOTE, EMPTY_NOTE],
};
