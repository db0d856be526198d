/**
 * 第二部分 情况说明 of the Liaoning template (domain.md §5.1) as data, with the wording rules of §5.5:
 * rates only against non-zero bases, no reason asked for when nothing differs, only non-zero economic
 * items listed, a visible placeholder (and a finding) for a missing reason.
 */
import { economicSubjects } from "../catalog/economic";
import {
  block,
  cell,
  changeClause,
  count,
  equal,
  filled,
  input,
  money,
  nonZero,
  not,
  pct,
  reason,
  score,
  shareClause,
  sum,
  text,
  when,
} from "./dsl";
import { itemKey, projectKey, VEHICLE_TYPES, type ItemRow } from "./inputs";
import type { Also, Block, Num, Part } from "./types";

export interface NarrativeContext {
  readonly year: number;
  /** 项 rows of 05/08/09 with their 类/款 names. */
  readonly items: readonly ItemRow[];
  /** Project rows of the 说明数据 sheet. */
  readonly projectRows: number;
}

const T01 = (row: string, col = row.startsWith("exp") || row === "surplusDistribution" || row === "closingBalance" ? "c2" : "c1") => cell(`T01.${row}.${col}`);
const v = (key: string): Num => input(key);

/** The 06 款 rows listed in 四 (人员经费 = 301 + 303, 公用经费 = 302 + 307 + 310 + 312 + 399). */
const PERSONNEL_CLASSES = ["301", "303"];
const PUBLIC_CLASSES = ["302", "307", "310", "312", "399"];
const NOT_IN_06 = new Set(["30703", "30704"]);

function econItems(classes: readonly string[]): { code: string; name: string }[] {
  return economicSubjects().filter((s) => s.code.length === 5 && classes.includes(s.code.slice(0, 3)) && !NOT_IN_06.has(s.code));
}

const nonZeroNames = (classes: readonly string[]): Part => ({
  join: econItems(classes).map((s) => ({ when: nonZero(cell(`T06.${s.code}.amt`)), parts: [s.name] })),
  sep: "、",
});
const anyNonZero = (classes: readonly string[]) => nonZero(sum(...econItems(classes).map((s) => cell(`T06.${s.code}.amt`))));

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

interface FundSection {
  readonly table: string;
  readonly title: string;
  readonly fund: string;
  /** Amount column of the table and the 04 column printing the same figures. */
  readonly col: string;
  readonly col04: string;
}

const FUNDS: readonly FundSection[] = [
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

function fundBlocks(ctx: NarrativeContext, f: FundSection): Block[] {
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

function projectBlock(n: number): Block {
  const k = (field: string) => projectKey(n, field);
  const budget = v(k("budget"));
  return block(
    `5.perf.project.${n}`,
    "para",
    when(filled(k("name")), [
      `（${n}）`,
      text(k("name")),
      "项目自评综述：根据年初设定的绩效目标，项目自评得分",
      score(v(k("score"))),
      "分。项目全年预算数为",
      money(budget),
      "万元，全年执行数为",
      money(v(k("actual"))),
      "万元",
      when(nonZero(budget), ["，完成预算的", pct(v(k("actual")), budget), "%"]),
      "。项目绩效目标完成情况：",
      text(k("result")),
      "。",
      when(filled(k("problems")), ["发现的主要问题及原因：", text(k("problems")), "。"]),
      when(filled(k("measures")), ["下一步改进措施：", text(k("measures")), "。"]),
    ]),
  );
}

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
  const sangong = (row: string): Num => cell(`T07.${row}.actual`);
  const sangongTotal = sangong("total");
  const classAmounts = (classes: readonly string[]): Part => ({
    join: classes.map((c) => ({ when: nonZero(cell(`T06.${c}.amt`)), parts: [economicSubjects().find((s) => s.code === c)?.name ?? c, money(cell(`T06.${c}.amt`)), "万元"] })),
    sep: "；",
  });
  const all06 = [...PERSONNEL_CLASSES, ...PUBLIC_CLASSES].sort();
  const procurementTotal = sum(v("procurement.goods"), v("procurement.works"), v("procurement.services"));
  const smeShare = (key: string, base: string, label: string): Part =>
    when(nonZero(v(base)), [`；${label}采购授予中小企业合同金额占${label}支出金额的`, pct(v(key), v(base)), "%"]);

  const blocks: Block[] = [
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
      "1. 因公出国（境）费",
      money(sangong("abroad")),
      "万元",
      shareClause(sangong("abroad"), sangongTotal, "“三公”经费支出"),
      ...budgetClause("abroad", "reason.abroad.budget", "。"),
      `${Y}年参加出国（境）团组`,
      count(v("abroad.groups")),
      "个，累计",
      count(v("abroad.people")),
      `人次。${Y}年因公出国（境）费`,
      changeClause(sangong("abroad"), v("prior.abroad"), { equal: ["与上年持平"], before: ["比上年"], after: ["，主要是", reason("reason.abroad.prior"), "等原因"] }),
      "。",
    ),
    block(
      "3.2",
      "para",
      "2. 公务接待费",
      money(sangong("reception")),
      "万元",
      shareClause(sangong("reception"), sangongTotal, "“三公”经费支出"),
      ...budgetClause("reception", "reason.reception.budget", "。"),
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
      changeClause(sangong("reception"), v("prior.reception"), { equal: ["与上年持平"], before: ["比上年"], after: ["，主要是", reason("reason.reception.prior"), "等原因"] }),
      "。",
    ),
    block(
      "3.3",
      "para",
      "3. 公务用车购置及运行费",
      money(sangong("vehicle")),
      "万元",
      shareClause(sangong("vehicle"), sangongTotal, "“三公”经费支出"),
      ...budgetClause("vehicle", "reason.vehicle.budget", "。"),
      changeClause(sangong("vehicle"), v("prior.vehicle"), { equal: ["与上年持平"], before: ["比上年"], after: ["，主要是", reason("reason.vehicle.prior"), "等原因"] }),
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

    block("4", "heading", "四、一般公共预算财政拨款基本支出决算情况说明"),
    block(
      "4.0",
      "para",
      `${Y}年度一般公共预算财政拨款基本支出`,
      money(cell("T05.total.c2")),
      "万元，其中：人员经费",
      money(cell("T06.personnelTotal.amt")),
      "万元",
      when(anyNonZero(PERSONNEL_CLASSES), ["，主要包括", nonZeroNames(PERSONNEL_CLASSES), "等"]),
      "；日常公用经费",
      money(cell("T06.publicTotal.amt")),
      "万元",
      when(anyNonZero(PUBLIC_CLASSES), ["，主要包括", nonZeroNames(PUBLIC_CLASSES), "等"]),
      "。",
    ),

    block("5", "heading", "五、其他重要事项的情况说明"),
    block("5.1", "subheading", "（一）机关运行经费支出情况。"),
    block(
      "5.1.text",
      "para",
      `${Y}年机关运行经费支出`,
      money(v("operating.amount")),
      "万元（与部门决算中行政单位和参照公务员法管理事业单位财政拨款基本支出中公用经费之和一致），",
      changeClause(v("operating.amount"), v("prior.operating"), { equal: ["与上年持平"], before: ["比上年"], after: ["，主要原因是", reason("reason.operating")] }),
      "。",
    ),
    block("5.2", "subheading", "（二）政府采购支出情况。"),
    block(
      "5.2.text",
      "para",
      `${Y}年政府采购支出总额`,
      money(procurementTotal),
      "万元，其中：政府采购货物支出",
      money(v("procurement.goods")),
      "万元，政府采购工程支出",
      money(v("procurement.works")),
      "万元，政府采购服务支出",
      money(v("procurement.services")),
      "万元。授予中小企业合同金额",
      money(v("procurement.sme")),
      "万元",
      shareClause(v("procurement.sme"), procurementTotal, "政府采购支出总额"),
      "，其中：授予小微企业合同金额",
      money(v("procurement.small")),
      "万元",
      shareClause(v("procurement.small"), v("procurement.sme"), "中小企业采购支出总额"),
      smeShare("procurement.goodsSme", "procurement.goods", "货物"),
      smeShare("procurement.worksSme", "procurement.works", "工程"),
      smeShare("procurement.servicesSme", "procurement.services", "服务"),
      "。",
    ),
    block("5.3", "subheading", "（三）国有资产占用情况。"),
    block(
      "5.3.text",
      "para",
      `截至${Y}年12月31日，共有车辆`,
      count(sum(...VEHICLE_TYPES.map(([k]) => v(k)))),
      "辆，其中：",
      ...VEHICLE_TYPES.flatMap(([k, label], i): Part[] => [`${i > 0 ? "，" : ""}${label}`, count(v(k)), "辆"]),
      "；单价100万元（含）以上设备（不含车辆）",
      count(v("assets.equipment")),
      "台（套）。",
    ),
    block("5.4", "subheading", "（四）预算绩效情况。"),
    block("5.4.1", "para", "1. 绩效评价工作开展情况。"),
    block(
      "5.4.1.text",
      "para",
      `根据预算绩效管理要求，本部门组织对${Y}年度预算项目支出全面开展绩效自评，共涉及预算支出项目`,
      count(v("perf.projects")),
      "个（其中：一般公共预算项目",
      count(v("perf.generalProjects")),
      "个，政府性基金预算项目",
      count(v("perf.fundProjects")),
      "个，国有资本经营预算项目",
      count(v("perf.stateProjects")),
      "个），涉及资金",
      money(v("perf.amount")),
      "万元（其中：一般公共预算资金",
      money(v("perf.generalAmount")),
      "万元，政府性基金预算资金",
      money(v("perf.fundAmount")),
      "万元，国有资本经营预算资金",
      money(v("perf.stateAmount")),
      "万元），自评覆盖率达到",
      score(v("perf.coverage")),
      "%，自评平均分为",
      score(v("perf.average")),
      "分；组织开展部门重点绩效评价项目数量",
      count(v("perf.keyProjects")),
      "个，涉及资金",
      money(v("perf.keyAmount")),
      "万元；组织对",
      count(v("perf.units")),
      "个单位开展整体绩效自评，涉及资金",
      money(v("perf.unitsAmount")),
      "万元，自评平均分为",
      score(v("perf.unitsAverage")),
      "分。《部门（单位）整体绩效自评表》详见附件。",
    ),
    block("5.4.2", "para", "2. 项目绩效自评结果。"),
    block("5.4.2.text", "para", when(filled("text.perf.overview"), [text("text.perf.overview"), "。"])),
    ...Array.from({ length: ctx.projectRows }, (_, i) => projectBlock(i + 1)),
    block("5.4.2.attachment", "para", when(filled(projectKey(1, "name")), ["《预算项目（政策）绩效自评表》见附件。"])),
    block("5.4.3", "para", "3. 部门评价结果。"),
    block("5.4.3.text", "para", when(nonZero(v("perf.keyProjects")), [text("text.perf.keyResult"), "。"], ["本部门未开展部门重点项目绩效评价。"])),
  ];
  return blocks;
}
