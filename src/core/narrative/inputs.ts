/**
 * 说明数据: what the 情况说明 needs that the nine tables do not hold (domain.md §5.4) — 上年数, 年初预算,
 * reasons and purposes, 三公 counts, 机关运行经费, 政府采购, 国有资产, 绩效. Declared once here; the input
 * sheet, the reader, the JSON format and the sentences all use these keys.
 *
 * Values are stored as numbers in the field's natural unit — money and scores as integer hundredths
 * (5577.44 万元 → 557744, 98.32 分 → 9832), counts as integers — and texts as strings.
 */
import type { TableInstance } from "../plan/instance";

export type InputKind = "money" | "count" | "score" | "text";

export interface InputField {
  readonly key: string;
  readonly label: string;
  readonly kind: InputKind;
}

export interface InputGroup {
  readonly title: string;
  readonly fields: readonly InputField[];
}

export type InputValue = number | string;
export type Inputs = Readonly<Record<string, InputValue>>;

const f = (key: string, label: string, kind: InputKind): InputField => ({ key, label, kind });
const money = (key: string, label: string) => f(key, label, "money");
const count = (key: string, label: string) => f(key, label, "count");
const score = (key: string, label: string) => f(key, label, "score");
const text = (key: string, label: string) => f(key, label, "text");

export const VEHICLE_TYPES: readonly (readonly [string, string])[] = [
  ["assets.v1", "副省级以上领导干部用车"],
  ["assets.v2", "主要领导干部用车"],
  ["assets.v3", "机要通信用车"],
  ["assets.v4", "应急保障用车"],
  ["assets.v5", "执法执勤用车"],
  ["assets.v6", "特种专业技术用车"],
  ["assets.v7", "离退休干部用车"],
  ["assets.v8", "其他用车"],
];

/** The fixed fields of the Liaoning 情况说明, grouped as the input sheet shows them. */
export const INPUT_GROUPS: readonly InputGroup[] = [
  {
    title: "一、上年数（万元）",
    fields: [
      money("prior.incomeTotal", "上年收入总计"),
      money("prior.expenditureTotal", "上年支出总计"),
      money("prior.balance", "上年年末结转和结余"),
      money("prior.fiscal", "上年财政拨款支出"),
      money("prior.abroad", "上年因公出国（境）费"),
      money("prior.reception", "上年公务接待费"),
      money("prior.vehicle", "上年公务用车购置及运行费"),
      money("prior.operating", "上年机关运行经费"),
    ],
  },
  {
    title: "二、年初预算（万元）",
    fields: [money("budget.fiscal", "财政拨款支出年初预算"), money("budget.basic", "其中：基本支出年初预算"), money("budget.project", "项目支出年初预算")],
  },
  {
    title: "三、收入支出说明",
    fields: [
      text("reason.income", "收入总计增减主要原因"),
      text("reason.expenditure", "支出总计增减主要原因"),
      text("text.projects", "项目支出主要包括（列举主要业务）"),
      text("reason.balance", "年末结转和结余增减主要原因"),
      text("reason.fiscal", "财政拨款支出增减主要原因"),
    ],
  },
  {
    title: "四、“三公”经费",
    fields: [
      text("reason.sangong", "“三公”经费决算数与预算数差异原因"),
      text("reason.abroad.budget", "因公出国（境）费决算与预算差异原因"),
      count("abroad.groups", "出国（境）团组数（个）"),
      count("abroad.people", "出国（境）人次"),
      text("reason.abroad.prior", "因公出国（境）费与上年相比增减原因"),
      text("reason.reception.budget", "公务接待费决算与预算差异原因"),
      count("reception.batches", "国内公务接待批次"),
      count("reception.people", "国内公务接待人数"),
      text("text.reception.use", "公务接待费主要用于"),
      count("reception.foreignBatches", "外事接待批次"),
      count("reception.foreignPeople", "外事接待人数"),
      money("reception.foreignAmount", "外事接待费（万元）"),
      text("reason.reception.prior", "公务接待费与上年相比增减原因"),
      text("reason.vehicle.budget", "公务用车购置及运行费决算与预算差异原因"),
      text("reason.vehicle.prior", "公务用车购置及运行费与上年相比增减原因"),
      count("vehicle.purchased", "当年购置公务用车（辆）"),
      text("text.vehicle.use", "公务用车运行维护费主要用于"),
      count("vehicle.fleet", "年末公务用车保有量（辆）"),
    ],
  },
  {
    title: "五、机关运行经费",
    fields: [money("operating.amount", "机关运行经费支出（万元）"), text("reason.operating", "机关运行经费增减主要原因")],
  },
  {
    title: "六、政府采购（万元）",
    fields: [
      money("procurement.goods", "政府采购货物支出"),
      money("procurement.works", "政府采购工程支出"),
      money("procurement.services", "政府采购服务支出"),
      money("procurement.sme", "授予中小企业合同金额"),
      money("procurement.small", "其中：授予小微企业合同金额"),
      money("procurement.goodsSme", "货物采购授予中小企业合同金额"),
      money("procurement.worksSme", "工程采购授予中小企业合同金额"),
      money("procurement.servicesSme", "服务采购授予中小企业合同金额"),
    ],
  },
  {
    title: "七、国有资产占用（截至年末）",
    fields: [...VEHICLE_TYPES.map(([k, l]) => count(k, `${l}（辆）`)), count("assets.equipment", "单价100万元（含）以上设备（台、套）")],
  },
  {
    title: "八、预算绩效",
    fields: [
      count("perf.projects", "绩效自评项目数（个）"),
      count("perf.generalProjects", "其中：一般公共预算项目数"),
      count("perf.fundProjects", "政府性基金预算项目数"),
      count("perf.stateProjects", "国有资本经营预算项目数"),
      money("perf.amount", "自评项目涉及资金（万元）"),
      money("perf.generalAmount", "其中：一般公共预算资金"),
      money("perf.fundAmount", "政府性基金预算资金"),
      money("perf.stateAmount", "国有资本经营预算资金"),
      score("perf.coverage", "自评覆盖率（%）"),
      score("perf.average", "项目自评平均分"),
      count("perf.keyProjects", "部门重点绩效评价项目数（个）"),
      money("perf.keyAmount", "重点评价涉及资金（万元）"),
      text("text.perf.keyResult", "部门重点评价结果（开展时填写）"),
      count("perf.units", "开展整体绩效自评的单位数"),
      money("perf.unitsAmount", "整体自评涉及资金（万元）"),
      score("perf.unitsAverage", "整体自评平均分"),
      text("text.perf.overview", "项目绩效自评结果概述"),
    ],
  },
  { title: "九、部门概况", fields: [text("text.duties", "主要职责")] },
];

/** Per 项 of 05/08/09: 年初预算, 主要用途, 差异原因. */
export const ITEM_FIELDS: readonly InputField[] = [money("budget", "年初预算数（万元）"), text("use", "主要用途（如：基本工资、津贴补贴等）"), text("reason", "决算数与年初预算数差异原因")];

/** Per 绩效自评 project. */
export const PROJECT_FIELDS: readonly InputField[] = [
  text("name", "项目名称"),
  score("score", "自评得分"),
  money("budget", "全年预算数（万元）"),
  money("actual", "全年执行数（万元）"),
  text("result", "绩效目标完成情况"),
  text("problems", "发现的主要问题及原因"),
  text("measures", "下一步改进措施"),
];

/** Project rows of a blank input sheet. */
export const BLANK_PROJECT_ROWS = 10;

export const itemKey = (table: string, code: string, field: string): string => `item.${table}.${code}.${field}`;
export const projectKey = (n: number, field: string): string => `project.${n}.${field}`;

/** The tables whose 项 rows get per-item inputs (一般公共预算, 政府性基金, 国有资本经营). */
export const ITEM_TABLES = ["T05", "T08", "T09"] as const;

export interface ItemRow {
  readonly table: string;
  readonly code: string;
  readonly name: string;
  /** 类 and 款 names, for the sentence path 类（类）款（款）项（项）. */
  readonly path: readonly string[];
}

/** The 项 rows (7-digit codes) of 05/08/09, in table order, with their 类/款 names. */
export function itemRows(instances: readonly TableInstance[]): ItemRow[] {
  const out: ItemRow[] = [];
  for (const inst of instances) {
    if (!(ITEM_TABLES as readonly string[]).includes(inst.layout.id)) continue;
    const names = new Map<string, string>();
    for (const row of inst.rows) {
      const code = row.keys[0];
      if (!code || code === "total") continue;
      const nameCell = row.cells.find((c) => c.t === "text" && c.role === "name");
      const name = nameCell && nameCell.t === "text" ? nameCell.text : code;
      names.set(code, name);
      if (code.length === 7) out.push({ table: inst.layout.id, code, name, path: [names.get(code.slice(0, 3)) ?? "", names.get(code.slice(0, 5)) ?? ""] });
    }
  }
  return out;
}

/** Number of 绩效 project rows that hold a name. */
export function projectCount(inputs: Inputs | undefined): number {
  let n = 0;
  while (inputs && typeof inputs[projectKey(n + 1, "name")] === "string" && inputs[projectKey(n + 1, "name")] !== "") n++;
  return n;
}

/** Every input field of a report, fixed and per-row, by key. */
export function inputFieldMap(items: readonly ItemRow[], projects: number): Map<string, InputField> {
  const map = new Map<string, InputField>();
  for (const g of INPUT_GROUPS) for (const fld of g.fields) map.set(fld.key, fld);
  for (const it of items) for (const fld of ITEM_FIELDS) map.set(itemKey(it.table, it.code, fld.key), { ...fld, key: itemKey(it.table, it.code, fld.key) });
  for (let n = 1; n <= projects; n++) for (const fld of PROJECT_FIELDS) map.set(projectKey(n, fld.key), { ...fld, key: projectKey(n, fld.key) });
  return map;
}

/** How a placeholder names a blank numeric input: 上年数 and 年初预算 by their group, others by their label. */
export function blankLabel(key: string): string {
  if (key.startsWith("prior.")) return "上年数";
  if (key.startsWith("budget.") || /^item\.\w+\.\w+\.budget$/.test(key)) return "年初预算";
  const fixed = INPUT_GROUPS.flatMap((g) => g.fields).find((x) => x.key === key);
  const row = [...ITEM_FIELDS, ...PROJECT_FIELDS].find((x) => key.endsWith(`.${x.key}`));
  return (fixed ?? row)?.label.replace(/^其中：/, "").replace(/（[^）]*）$/, "") ?? key;
}
