/**
 * Random reports that satisfy every balance rule, built from the layouts and catalogs: each table is
 * derived from the ones it must agree with (05 ⊂ 03, 04 from 05/08/09, 02 and 01 from 04, 06 from 05's
 * basic spending, 07 from 06), so the only freedom left is what the rules allow.
 */
import { functionalSubjects } from "../../src/core/catalog/functional";
import { liaoning2024 } from "../../src/core/layouts/templates";
import type { Money } from "../../src/core/money";
import { evaluate, indexInstances } from "../../src/core/model/evaluate";
import { STANDARD_TOLERANCE, type Report, type TableData } from "../../src/core/model/report";
import { expandTemplate, tableCodes } from "../../src/core/plan/expand";
import { rng } from "./reports";

const ITEMS = functionalSubjects()
  .filter((s) => s.code.length === 7 && liaoning2024.expenditureClasses.includes(s.code.slice(0, 3)))
  .map((s) => s.code);

export function balancedReport(seed: number): Report {
  const next = rng(seed);
  const amt = (max: number): Money => Math.floor(next() * max);
  const maybe = (max: number, p = 0.5): Money => (next() < p ? amt(max) : 0);
  const pick = (n: number): string[] => {
    const s = new Set<string>();
    while (s.size < n) s.add(ITEMS[Math.floor(next() * ITEMS.length)] as string);
    return [...s];
  };
  const table = (codes: string[] = []): TableData => ({ amounts: {}, overrides: {}, codes });
  const set = (t: TableData, key: string, v: Money) => {
    if (v !== 0) t.amounts[key] = v;
  };
  const sum = (t: TableData, col: string) => Object.entries(t.amounts).reduce((n, [k, v]) => n + (k.endsWith(`.${col}`) ? v : 0), 0);

  // 05 and 03 (03 ⊇ 05 row by row)
  const codes05 = pick(2 + Math.floor(next() * 10));
  const codes03 = [...new Set([...codes05, ...pick(Math.floor(next() * 4))])];
  const t05 = table(codes05);
  const t03 = table(codes03);
  for (const c of codes05) {
    set(t05, `${c}.c2`, maybe(2_000_000, 0.7));
    set(t05, `${c}.c3`, t05.amounts[`${c}.c2`] ? maybe(500_000) : 1 + amt(500_000));
  }
  for (const c of codes03) {
    set(t03, `${c}.c2`, (t05.amounts[`${c}.c2`] ?? 0) + maybe(100_000, 0.3));
    set(t03, `${c}.c3`, (t05.amounts[`${c}.c3`] ?? 0) + maybe(100_000, 0.3));
    for (const col of ["c4", "c5", "c6"]) set(t03, `${c}.${col}`, maybe(50_000, 0.15));
  }
  // 08 and 09, often empty
  const t08 = table(next() < 0.5 ? pick(1 + Math.floor(next() * 3)) : []);
  for (const c of t08.codes ?? []) {
    const c4 = maybe(300_000);
    const c5 = maybe(300_000);
    const c1 = maybe(200_000);
    const c2 = c4 + c5 + maybe(100_000);
    set(t08, `${c}.c1`, c1);
    set(t08, `${c}.c2`, c2);
    set(t08, `${c}.c4`, c4);
    set(t08, `${c}.c5`, c5);
    set(t08, `${c}.c6`, c1 + c2 - c4 - c5);
  }
  const t09 = table(next() < 0.5 ? pick(1 + Math.floor(next() * 3)) : []);
  for (const c of t09.codes ?? []) {
    set(t09, `${c}.c2`, maybe(200_000));
    set(t09, `${c}.c3`, maybe(200_000));
  }
  const total05 = sum(t05, "c2") + sum(t05, "c3");
  const total08 = { c1: sum(t08, "c1"), c2: sum(t08, "c2"), c3: sum(t08, "c4") + sum(t08, "c5"), c6: sum(t08, "c6") };
  const total09 = sum(t09, "c2") + sum(t09, "c3");

  // 04 from 05/08/09 (X05, X06)
  const t04 = table();
  const closing3 = maybe(300_000);
  const openingGeneral = amt(total05 + closing3 + 1);
  set(t04, "fiscalGeneral.c1", total05 + closing3 - openingGeneral);
  set(t04, "openingGeneral.c1", openingGeneral);
  set(t04, "closingBalance.c3", closing3);
  set(t04, "fiscalFund.c1", total08.c2);
  set(t04, "openingFund.c1", total08.c1);
  set(t04, "closingBalance.c4", total08.c6);
  const closing5 = maybe(100_000);
  const openingState = amt(total09 + closing5 + 1);
  set(t04, "fiscalState.c1", total09 + closing5 - openingState);
  set(t04, "openingState.c1", openingState);
  set(t04, "closingBalance.c5", closing5);
  const fiscal = ["fiscalGeneral", "fiscalFund", "fiscalState"].reduce((n, k) => n + (t04.amounts[`${k}.c1`] ?? 0), 0);
  const opening04 = openingGeneral + total08.c1 + openingState;
  const closing04 = closing3 + total08.c6 + closing5;

  // 02: its 财政拨款收入 column adds up to 04's income; the other sources are free
  const codes02 = pick(1 + Math.floor(next() * 6));
  const t02 = table(codes02);
  let left = fiscal;
  codes02.forEach((c, i) => {
    const v = i === codes02.length - 1 ? left : amt(left + 1);
    left -= v;
    set(t02, `${c}.c2`, v);
    for (const col of ["c3", "c4", "c5", "c6", "c7"]) set(t02, `${c}.${col}`, maybe(80_000, 0.1));
  });
  // 01: income from 04 and 02, expenditure linked to 03; carry-overs balance it (C01-4, X08)
  const t01 = table();
  for (const k of ["fiscalGeneral", "fiscalFund", "fiscalState"]) set(t01, `${k}.c1`, t04.amounts[`${k}.c1`] ?? 0);
  ["superiorSubsidy", "business", "operating", "affiliated", "other"].forEach((k, i) => set(t01, `${k}.c1`, sum(t02, `c${i + 3}`)));
  const income = fiscal + ["c3", "c4", "c5", "c6", "c7"].reduce((n, c) => n + sum(t02, c), 0);
  const expenditure = ["c2", "c3", "c4", "c5", "c6"].reduce((n, c) => n + sum(t03, c), 0);
  const d = expenditure - income;
  const a = Math.max(0, d + closing04 - opening04) + maybe(1000);
  set(t01, "openingBalance.c1", opening04 + a);
  set(t01, "closingBalance.c2", opening04 + a - d);

  // 06: 05's basic spending spread over economic items; 07 at least the 06 items it contains (X12)
  const t06 = table();
  delete t06.codes;
  const econ = expandTemplate(liaoning2024, {})[5]!.rows.flatMap((r) => r.cells.flatMap((c) => (c.t === "amount" && !c.expr ? [c.id.split(".")[1] as string] : [])));
  const chosen = new Set<string>();
  while (chosen.size < 1 + Math.floor(next() * 12)) chosen.add(econ[Math.floor(next() * econ.length)] as string);
  let basic = sum(t05, "c2");
  [...chosen].forEach((code, i, all) => {
    const v = i === all.length - 1 ? basic : amt(basic + 1);
    basic -= v;
    set(t06, `${code}.amt`, v);
  });
  const t07 = table();
  delete t07.codes;
  for (const [econCode, row] of [["30212", "abroad"], ["30217", "reception"], ["30231", "vehicleOps"], ["31013", "vehiclePurchase"]] as const) {
    const actual = (t06.amounts[`${econCode}.amt`] ?? 0) + maybe(50_000);
    set(t07, `${row}.actual`, actual);
    set(t07, `${row}.budget`, actual + maybe(50_000));
  }
  for (const t of [t02, t03, t05, t08, t09]) t.codes = tableCodes(t);
  delete t01.codes;
  delete t04.codes;
  return {
    templateId: liaoning2024.id,
    department: `平衡测试${seed}`,
    year: 2024,
    units: [],
    tolerance: STANDARD_TOLERANCE,
    tables: { T01: t01, T02: t02, T03: t03, T04: t04, T05: t05, T06: t06, T07: t07, T08: t08, T09: t09 },
  };
}

/** Printed value of a cell (for tests that reason about figures). */
export function printedValue(report: Report, id: string): Money {
  return evaluate(indexInstances(expandTemplate(liaoning2024, report.tables)), report.tables).value(id);
}
