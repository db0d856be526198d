/** Report JSON: validated on load, every problem in Chinese with its JSON path, no report on error. */
import { exampleReport } from "../../src/core/example/liaoning2024";
import { renderMessage } from "../../src/core/messages/zh-CN";
import { reportFromJson, reportToJson } from "../../src/core/model/reportJson";

const base = { department: "测试局", year: 2025 };
const messages = (doc: unknown) => reportFromJson(typeof doc === "string" ? doc : JSON.stringify(doc)).problems.map((p) => renderMessage(p.code, p.params));

test("the example survives JSON and back unchanged", () => {
  const report = exampleReport();
  expect(reportFromJson(reportToJson(report))).toEqual({ report, problems: [] });
});

test("a minimal document is a report with the default template and tolerance", () => {
  const { report } = reportFromJson(JSON.stringify(base));
  expect(report).toMatchObject({ templateId: "liaoning-2024", department: "测试局", year: 2025, units: [], tables: {} });
});

test.each([
  ["not JSON", "{department:", /JSON 格式错误/],
  ["not an object", [1, 2], /（根） 应为对象/],
  ["missing department", { year: 2025 }, /缺少必填字段 department/],
  ["missing year", { department: "x" }, /缺少必填字段 year/],
  ["bad year", { ...base, year: 24 }, /year 的年度 24 无效/],
  ["typo in a field", { ...base, departmant: "x" }, /departmant 不是可识别的字段/],
  ["unknown template", { ...base, template: "hubei-2030" }, /template 的模板“hubei-2030”不存在/],
  ["unknown table", { ...base, tables: { T10: {} } }, /tables\.T10：表“T10”不在模板中/],
  ["amount with three decimals", { ...base, tables: { T01: { amounts: { "fiscalGeneral.c1": 1.005 } } } }, /tables\.T01\.amounts\.fiscalGeneral\.c1 的金额 1\.005 无效/],
  ["amount as text", { ...base, tables: { T01: { amounts: { "fiscalGeneral.c1": "5,577.44" } } } }, /金额 "5,577.44" 无效/],
  ["unknown cell", { ...base, tables: { T01: { amounts: { "nothing.c1": 1 } } } }, /单元格“nothing\.c1”不在该表的表样中/],
  ["a derived cell entered", { ...base, tables: { T01: { amounts: { "incomeSum.c1": 1 } } } }, /“incomeSum\.c1”是由公式计算的单元格/],
  ["an override on an entered cell", { ...base, tables: { T01: { overrides: { "fiscalGeneral.c1": 1 } } } }, /“fiscalGeneral\.c1”是录入单元格/],
  ["malformed code", { ...base, tables: { T02: { rows: [{ code: "20406011", amounts: { c2: 1 } }] } } }, /rows\[0\]\.code 的科目编码“20406011”无效/],
  ["rows not an array", { ...base, tables: { T03: { rows: {} } } }, /tables\.T03\.rows 应为数组/],
  ["a 类 row's derived column", { ...base, tables: { T03: { rows: [{ code: "2040601", amounts: { c2: 1 } }, { code: "204", amounts: { c2: 5 } }] } } }, /“204\.c2”是由公式计算的单元格/],
])("%s", (_, doc, pattern) => {
  const result = reportFromJson(typeof doc === "string" ? doc : JSON.stringify(doc));
  expect(result.report).toBeUndefined();
  expect(messages(doc).join("\n")).toMatch(pattern);
});

test("tables may be named by their printed number", () => {
  const { report } = reportFromJson(JSON.stringify({ ...base, tables: { 公开07表: { amounts: { "reception.actual": 0.44 } } } }));
  expect(report?.tables.T07?.amounts).toEqual({ "reception.actual": 44 });
});
