/**
 * Missing is never stated as a fact: a 说明数据 figure that was never entered renders a visible placeholder
 * and a finding naming its input cell (text rendering; the live sheet is held to the same by the LibreOffice
 * differential, the .docx highlights it); an entered 0 keeps the zero-base rules.
 */
import JSZip from "jszip";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { renderFinding } from "../../src/core/messages/zh-CN";
import type { Report } from "../../src/core/model/report";
import { narrateReport } from "../../src/core/narrative";
import { blockText } from "../../src/core/narrative/types";
import { narrativeDocx } from "../../src/node/docx";

const withInputs = (edit: Record<string, number | undefined>): Report => {
  const inputs = { ...(exampleReport().inputs ?? {}) };
  for (const [k, v] of Object.entries(edit)) {
    if (v === undefined) delete inputs[k];
    else inputs[k] = v;
  }
  return { ...exampleReport(), inputs };
};

const paragraph = (report: Report, id: string) => {
  const b = narrateReport(report).blocks.find((x) => x.id === id);
  return b ? blockText(b) : undefined;
};

test.each<[string, Record<string, undefined>, string, string, RegExp]>([
  ["上年收入总计", { "prior.incomeTotal": undefined }, "1.1.change", "与上年相比，今年收入总计【请填写上年数】。", /说明数据!C\d+（上年收入总计）未填写，情况说明中用到它的地方显示为“【请填写上年数】”，不按 0 计算/],
  ["财政拨款支出年初预算", { "budget.fiscal": undefined }, "2.1.text", "。【请填写年初预算】", /（财政拨款支出年初预算）未填写/],
  ["a 项's 年初预算", { "item.T05.2040601.budget": undefined }, "2.t05.2040601", "主要是基本工资、津贴补贴、保险等支出【请填写年初预算】。", /说明数据!C\d+（2040601 行政运行的年初预算数（万元））未填写/],
  ["机关运行经费", { "operating.amount": undefined }, "5.1.text", "年机关运行经费支出【请填写机关运行经费支出】万元（与部门决算中", /机关运行经费支出（万元））未填写/],
])("a blank %s renders a placeholder and a finding naming its cell", (_, edit, block, fragment, finding) => {
  const report = withInputs(edit);
  const text = paragraph(report, block) ?? "";
  expect(text).toContain(fragment);
  expect(text).not.toMatch(/持平|完成年初预算的0\.00%|0\.00万元，主要/);
  const findings = narrateReport(report).findings.filter((f) => f.code === "narrative.missing-input");
  expect(findings).toHaveLength(1);
  expect(renderFinding(findings[0]!)).toMatch(finding);
});

test("a blank 上年数 is named once per paragraph, however many clauses need it", () => {
  const text = paragraph(withInputs({ "prior.incomeTotal": undefined }), "1.1.change") ?? "";
  expect(text.match(/【请填写上年数】/g)).toHaveLength(1);
});

test("an entered 0 is a value: the zero-base rules apply and nothing is asked for", () => {
  const report = withInputs({ "prior.incomeTotal": 0, "budget.fiscal": 0 });
  expect(paragraph(report, "1.1.change")).toMatch(/^与上年相比，今年收入总计增加5577\.44万元，主要原因：/);
  expect(paragraph(report, "2.1.text")).not.toContain("完成年初预算");
  expect(narrateReport(report).findings.filter((f) => f.code === "narrative.missing-input")).toEqual([]);
});

test("a workbook with no 说明数据 at all states no year-on-year or budget figure", () => {
  const report = { ...exampleReport(), inputs: {} };
  const all = narrateReport(report).blocks.map(blockText).join("\n");
  expect(all).not.toMatch(/持平|完成年初预算的|与上年相比，\S*?(增加|减少)/);
  expect(all).toContain("【请填写上年数】");
  expect(all).toContain("【请填写年初预算】");
});

test("the .docx highlights the placeholder", async () => {
  const narration = narrateReport(withInputs({ "prior.incomeTotal": undefined }));
  const zip = await JSZip.loadAsync(await narrativeDocx(narration.blocks, { title: "t" }));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  expect(xml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[\s\S])*【请填写上年数】/);
});
