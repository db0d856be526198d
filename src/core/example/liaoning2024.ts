/**
 * The built-in example: 辽宁省朝阳市司法局 2024 年度部门决算, all nine tables typed in from the published
 * report (shared seed), including its real inconsistencies: 01/04 print 4,302.02 and 753.94 where
 * 02/03/05 print 4,302.03 and 753.92, and 06 prints 3,787.31 / 673.78 over items that sum to 3,787.30 /
 * 673.76. Those derived figures are kept as overrides, so the workbook reproduces the published tables.
 * The seed's text extraction cut 06's economic codes to 4 digits; the real 5-digit codes are used here.
 */
import { DEFAULT_TEMPLATE_ID } from "../layouts/templates";
import { reportFromPrinted, type PrintedTable } from "../model/printed";
import { STANDARD_TOLERANCE, type Report } from "../model/report";
import { EXAMPLE_INPUTS } from "./liaoning2024Inputs";
import { codeRows, keyedValues } from "./seedText";

const T02 = `
合计\t\t5,577.44\t5,577.44
204\t公共安全支出\t4,302.03\t4,302.03
20406\t司法\t1,999.52\t1,999.52
2040601\t行政运行\t1,059.71\t1,059.71
2040602\t一般行政管理事务\t145.13\t145.13
2040604\t基层司法业务\t400.13\t400.13
2040605\t普法宣传\t60.00\t60.00
2040606\t律师管理\t28.52\t28.52
2040607\t公共法律服务\t27.00\t27.00
2040608\t国家统一法律职业资格考试\t27.00\t27.00
2040610\t社区矫正\t22.00\t22.00
2040612\t法治建设\t10.00\t10.00
2040650\t事业运行\t205.43\t205.43
2040699\t其他司法支出\t14.60\t14.60
20408\t强制隔离戒毒\t2,302.51\t2,302.51
2040801\t行政运行\t2,184.53\t2,184.53
2040804\t强制隔离戒毒人员生活\t59.30\t59.30
2040899\t其他强制隔离戒毒支出\t58.68\t58.68
208\t社会保障和就业支出\t753.92\t753.92
20805\t行政事业单位养老支出\t573.89\t573.89
2080501\t行政单位离退休\t86.84\t86.84
2080502\t事业单位离退休\t0.93\t0.93
2080505\t机关事业单位基本养老保险缴费\t323.11\t323.11
2080506\t机关事业单位职业年金缴费支出\t163.01\t163.01
20808\t抚恤\t180.03\t180.03
2080801\t死亡抚恤\t180.03\t180.03
210\t卫生健康支出\t210.56\t210.56
21011\t行政事业单位医疗\t210.56\t210.56
2101101\t行政单位医疗\t146.61\t146.61
2101102\t事业单位医疗\t6.82\t6.82
2101103\t公务员医疗补助\t57.13\t57.13
221\t住房保障支出\t310.93\t310.93
22102\t住房改革支出\t310.93\t310.93
2210201\t住房公积金\t310.93\t310.93
`;

/** 03 and 05 print the same rows (the department had only 一般公共预算财政拨款, no carry-over). */
const T03_T05 = `
合计\t\t5,577.44\t4,725.08\t852.36
204\t公共安全支出\t4,302.03\t3,449.67\t852.36
20406\t司法\t1,999.52\t1,265.14\t734.38
2040601\t行政运行\t1,059.71\t1,059.71\t
2040602\t一般行政管理事务\t145.13\t\t145.13
2040604\t基层司法业务\t400.13\t\t400.13
2040605\t普法宣传\t60.00\t\t60.00
2040606\t律师管理\t28.52\t\t28.52
2040607\t公共法律服务\t27.00\t\t27.00
2040608\t国家统一法律职业资格考试\t27.00\t\t27.00
2040610\t社区矫正\t22.00\t\t22.00
2040612\t法治建设\t10.00\t\t10.00
2040650\t事业运行\t205.43\t205.43\t
2040699\t其他司法支出\t14.60\t\t14.60
20408\t强制隔离戒毒\t2,302.51\t2,184.53\t117.98
2040801\t行政运行\t2,184.53\t2,184.53\t
2040804\t强制隔离戒毒人员生活\t59.30\t\t59.30
2040899\t其他强制隔离戒毒支出\t58.68\t\t58.68
208\t社会保障和就业支出\t753.92\t753.92\t
20805\t行政事业单位养老支出\t573.89\t573.89\t
2080501\t行政单位离退休\t86.84\t86.84\t
2080502\t事业单位离退休\t0.93\t0.93\t
2080505\t机关事业单位基本养老保险缴费支出\t323.11\t323.11\t
2080506\t机关事业单位职业年金缴费支出\t163.01\t163.01\t
20808\t抚恤\t180.03\t180.03\t
2080801\t死亡抚恤\t180.03\t180.03\t
210\t卫生健康支出\t210.56\t210.56\t
21011\t行政事业单位医疗\t210.56\t210.56\t
2101101\t行政单位医疗\t146.61\t146.61\t
2101102\t事业单位医疗\t6.82\t6.82\t
2101103\t公务员医疗补助\t57.13\t57.13\t
221\t住房保障支出\t310.93\t310.93\t
22102\t住房改革支出\t310.93\t310.93\t
2210201\t住房公积金\t310.93\t310.93\t
`;

const T01 = keyedValues({
  "fiscalGeneral.c1": "5,577.44",
  "incomeSum.c1": "5,577.44",
  "incomeTotal.c1": "5,577.44",
  "204.c2": "4,302.02",
  "208.c2": "753.94",
  "210.c2": "210.56",
  "221.c2": "310.93",
  "expenditureSum.c2": "5,577.44",
  "expenditureTotal.c2": "5,577.44",
});

const T04 = keyedValues({
  "fiscalGeneral.c1": "5,577.44",
  "incomeSum.c1": "5,577.44",
  "incomeTotal.c1": "5,577.44",
  "204.c2": "4,302.02",
  "204.c3": "4,302.02",
  "208.c2": "753.94",
  "208.c3": "753.94",
  "210.c2": "210.56",
  "210.c3": "210.56",
  "221.c2": "310.93",
  "221.c3": "310.93",
  "expenditureSum.c2": "5,577.44",
  "expenditureSum.c3": "5,577.44",
  "expenditureTotal.c2": "5,577.44",
  "expenditureTotal.c3": "5,577.44",
});

/** 06 by 5-digit economic code, in the seed's print order; blank items omitted. */
const T06 = keyedValues(
  Object.fromEntries(
    Object.entries({
      "301": "3,787.31", "30101": "985.65", "30102": "1,019.56", "30103": "709.67", "30107": "50.54",
      "30108": "323.11", "30109": "163.01", "30110": "153.43", "30111": "57.13", "30112": "5.99",
      "30113": "310.93", "30114": "8.28",
      "303": "263.99", "30301": "33.39", "30302": "47.84", "30304": "180.03", "30305": "2.73",
      "302": "673.78", "30201": "64.31", "30202": "4.67", "30205": "1.53", "30206": "22.92", "30207": "3.83",
      "30208": "80.21", "30209": "0.92", "30211": "64.46", "30213": "10.36", "30216": "8.14", "30217": "0.44",
      "30226": "207.63", "30229": "1.23", "30231": "13.04", "30239": "158.85", "30299": "31.22",
      personnelTotal: "4,051.30",
      publicTotal: "673.78",
    }).map(([k, v]) => [`${k}.amt`, v]),
  ),
);

const T07 = keyedValues({
  "total.budget": "23.14",
  "total.actual": "13.48",
  "reception.budget": "1.00",
  "reception.actual": "0.44",
  "vehicle.budget": "22.14",
  "vehicle.actual": "13.04",
  "vehicleOps.budget": "22.14",
  "vehicleOps.actual": "13.04",
});

const C3 = ["c1", "c2", "c3"];
const C6 = ["c1", "c2", "c3", "c4", "c5", "c6"];
const EMPTY: PrintedTable = { codes: [], values: {} };

export const EXAMPLE_PRINTED: Record<string, PrintedTable> = {
  T01,
  // 02 prints 2080505 without the catalog's final 支出 (domain.md §4.6 item 5); kept as printed.
  T02: codeRows(T02, ["c1", "c2", "c3", "c4", "c5", "c6", "c7"], { "2080505": "机关事业单位基本养老保险缴费" }),
  T03: codeRows(T03_T05, C6),
  T04,
  T05: codeRows(T03_T05, C3),
  T06,
  T07,
  T08: EMPTY,
  T09: EMPTY,
};

export const EXAMPLE_UNITS = ["朝阳市司法局（本级）", "朝阳市强制隔离戒毒所", "辽宁省朝阳市朝阳公证处", "朝阳市法律援助中心", "朝阳仲裁委员会办公室"];

export function exampleReport(): Report {
  const report = reportFromPrinted(
    { templateId: DEFAULT_TEMPLATE_ID, department: "辽宁省朝阳市司法局", year: 2024, units: EXAMPLE_UNITS, tolerance: STANDARD_TOLERANCE },
    EXAMPLE_PRINTED,
  );
  return { ...report, inputs: { ...EXAMPLE_INPUTS } };
}
