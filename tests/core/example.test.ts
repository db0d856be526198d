/** The built-in example reproduces the seed's tables, including its inconsistencies as overrides. */
import { exampleReport, EXAMPLE_PRINTED } from "../../src/core/example/liaoning2024";
import { liaoning2024 } from "../../src/core/layouts/templates";
import { formatMoney } from "../../src/core/money";
import { evaluate, indexInstances } from "../../src/core/model/evaluate";
import { expandTemplate } from "../../src/core/plan/expand";

const report = exampleReport();
const index = indexInstances(expandTemplate(liaoning2024, report.tables));
const ev = evaluate(index, report.tables);
const show = (id: string) => formatMoney(ev.value(id));

test("header: department, year and the five units", () => {
  expect(report.department).toBe("辽宁省朝阳市司法局");
  expect(report.year).toBe(2024);
  expect(report.units).toHaveLength(5);
});

test("the published figures that disagree with their parts are exactly the recorded overrides", () => {
  const overrides = Object.entries(report.tables).flatMap(([t, d]) =>
    Object.entries(d.overrides).map(([k, v]) => `${t}.${k}=${formatMoney(v)} (formula ${formatMoney(ev.formula(`${t}.${k}`) ?? 0)})`),
  );
  expect(overrides.sort()).toEqual([
    "T01.204.c2=4,302.02 (formula 4,302.03)",
    "T01.208.c2=753.94 (formula 753.92)",
    "T01.expenditureSum.c2=5,577.44 (formula 5,577.45)",
    "T04.204.c3=4,302.02 (formula 4,302.03)",
    "T04.208.c3=753.94 (formula 753.92)",
    "T04.expenditureSum.c3=5,577.44 (formula 5,577.45)",
    "T06.301.amt=3,787.31 (formula 3,787.30)",
    "T06.302.amt=673.78 (formula 673.76)",
  ]);
});

test("every printed figure of the seed is what the report shows", () => {
  for (const [table, printed] of Object.entries(EXAMPLE_PRINTED)) {
    for (const [key, v] of Object.entries(printed.values)) expect([`${table}.${key}`, show(`${table}.${key}`)]).toEqual([`${table}.${key}`, formatMoney(v)]);
  }
});

test.each([
  ["T01.incomeTotal.c1", "5,577.44"],
  ["T01.expenditureTotal.c2", "5,577.44"],
  ["T02.total.c1", "5,577.44"],
  ["T03.total.c2", "4,725.08"],
  ["T03.20406.c3", "734.38"],
  ["T04.204.c2", "4,302.02"],
  ["T04.expenditureTotal.c2", "5,577.44"],
  ["T05.total.c3", "852.36"],
  ["T06.personnelTotal.amt", "4,051.30"],
  ["T06.publicTotal.amt", "673.78"],
  ["T07.total.actual", "13.48"],
  ["T07.total.budget", "23.14"],
  ["T08.total.c3", "0.00"],
])("%s shows %s", (id, text) => expect(show(id)).toBe(text));

test("02 keeps its printed name for 2080505, which differs from the catalog", () => {
  expect(report.tables.T02?.names).toEqual({ "2080505": "机关事业单位基本养老保险缴费" });
  expect(report.tables.T03?.names).toBeUndefined();
});
