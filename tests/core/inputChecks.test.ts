/** X13 and N7 over 说明数据: warnings through checkReport, only for filled inputs, naming both sides. */
import { exampleReport } from "../../src/core/example/liaoning2024";
import type { Report } from "../../src/core/model/report";
import { checkReport } from "../../src/core/rules";

const withInputs = (inputs: Record<string, number>): Report => {
  const r = exampleReport();
  return { ...r, inputs: { ...r.inputs, ...inputs } };
};
const inputFindings = (r: Report) => checkReport(r).findings.filter((f) => f.code === "narrative.input-le").map((f) => `${f.ruleId} ${f.actual} ${f.expected}`);

test.each([
  ["the seed: 575.33 ≤ 673.78 and no procurement", {}, []],
  ["X13: 机关运行经费 above 公用经费合计", { "operating.amount": 70000 }, ["X13 700 673.78"]],
  ["X13 at equality passes", { "operating.amount": 67378 }, []],
  ["N7: 中小企业 above the total", { "procurement.goods": 1000, "procurement.sme": 1500 }, ["N7 15 10"]],
  ["N7: 小微 above 中小企业, 货物 share above 货物", { "procurement.goods": 1000, "procurement.sme": 800, "procurement.small": 900, "procurement.goodsSme": 1200 }, ["N7 9 8", "N7 12 10"]],
] as const)("%s", (_, inputs, expected) => {
  expect(inputFindings(withInputs(inputs))).toEqual(expected);
});

test("nothing is checked without 说明数据", () => {
  const { inputs: _inputs, ...bare } = withInputs({ "operating.amount": 99999999 });
  expect(inputFindings(bare)).toEqual([]);
});

test("the finding names the 06 cell and is a warning", () => {
  const f = checkReport(withInputs({ "operating.amount": 70000 })).findings.find((x) => x.ruleId === "X13")!;
  expect(f.severity).toBe("warning");
  expect(f.cells.map((c) => `${c.sheet}!${c.address}`)).toContain("公开06表!I40");
});
