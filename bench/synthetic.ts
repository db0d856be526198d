/** A synthetic large department: about 2,000 function-classification rows per table (36 款 × 55 项), as 200 units would report. */
import { functionalSubjects } from "../src/core/catalog/functional";
import { STANDARD_TOLERANCE, type Report, type TableData } from "../src/core/model/report";

export function syntheticReport(rowsPerKuan = 55): Report {
  const kuan = functionalSubjects().filter((s) => s.code.length === 5);
  const codes = kuan.flatMap((k) => Array.from({ length: rowsPerKuan }, (_, i) => `${k.code}${String(i + 1).padStart(2, "0")}`));
  const names = Object.fromEntries(codes.map((c) => [c, `测试项${c}`]));
  let seed = 1;
  const amount = () => (seed = (seed * 48271) % 2147483647) % 10_000_000;
  const table = (cols: string[]): TableData => ({
    amounts: Object.fromEntries(codes.flatMap((c) => cols.map((col) => [`${c}.${col}`, amount()]))),
    overrides: {},
    codes,
    names,
  });
  // 05 = 03 row by row (a department with only 一般公共预算 spending), so 05 ≤ 03 holds as in real reports.
  const t03 = table(["c2", "c3"]);
  return {
    templateId: "liaoning-2024",
    department: "合成测试部门（200 个单位）",
    year: 2024,
    units: Array.from({ length: 200 }, (_, i) => `单位${i + 1}`),
    tolerance: STANDARD_TOLERANCE,
    tables: {
      T02: table(["c2", "c3", "c4"]),
      T03: t03,
      T05: { ...t03, amounts: { ...t03.amounts } },
      T01: { amounts: { "fiscalGeneral.c1": amount() }, overrides: {} },
    },
  };
}
