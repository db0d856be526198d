/**
 * The Office.js adapter against the host fake: round trips per action, what lands in the workbook, marks
 * and their exact removal (also after save and reopen), conflicts, payload splitting.
 */
import { exampleReport } from "../../src/core/example/liaoning2024";
import { MARK_STORE, MARK_STYLE } from "../../src/core/marks";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { checkReport } from "../../src/core/rules";
import { clearMarks, prepareGenerate, runCheck } from "../../src/excel/actions";
import { applyPlan, estimatePayload, PAYLOAD_LIMIT } from "../../src/excel/generate";
import type { Support } from "../../src/excel/support";
import { CLIENTS, installFakeOffice } from "../../src/excel/fake/api";
import { FakeWorkbookModel } from "../../src/excel/fake/model";
import { syntheticReport } from "../../bench/synthetic";

const FULL: Support = { undoGroup: true, api19: true, notes: true, comments: true };

function host(model = new FakeWorkbookModel()) {
  installFakeOffice(globalThis as unknown as Record<string, unknown>, { model, sets: CLIENTS.current });
  return model;
}

async function generated(model = host()) {
  const g = await prepareGenerate(exampleReport(), false, FULL);
  await g.write("overwrite");
  return model;
}

const summary = (fs: readonly { severity: string; ruleId?: string; code: string; cells: readonly { sheet: string; address: string }[] }[]) =>
  fs.map((f) => `${f.severity} ${f.ruleId ?? f.code} ${f.cells[0]?.sheet}!${f.cells[0]?.address}`);

test("生成表样: two round trips, every sheet written with values, formulas, formats and names", async () => {
  const model = host();
  model.sheets.push(new (await import("../../src/excel/fake/model")).FakeSheet("Sheet1"));
  const g = await prepareGenerate(exampleReport(), false, FULL);
  expect(g.conflicts).toEqual([]);
  await g.write("overwrite");
  expect(model.syncs).toBe(2);
  expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表", "说明数据", "情况说明", "校验", "_jsgk"]);
  const t03 = model.sheet("公开03表")!;
  expect(t03.peek(11, 1)?.value).toBe("2040601"); // a code stays text
  expect(t03.peek(11, 4)?.value).toBe(1059.71);
  expect(t03.peek(8, 4)?.formula).toBe('=SUMIF($A$9:$A$41,"???",D$9:D$41)');
  expect(t03.peek(9, 4)?.formula).toBe('=SUMIF($A$10:$A$41,"204??",D$10:D$41)'); // rows below only: no circular reference
  expect(model.shown(t03, 8, 3)).toBeCloseTo(5577.44, 6); // computed over the whole workbook
  expect(t03.merges).toContain("A2:H2");
  expect(t03.hiddenRows.has(1)).toBe(true);
  expect(t03.peek(9, 3)?.format.numberFormat).toBe("#,##0.00;-#,##0.00;;@");
  expect(t03.peek(7, 1)?.format.bold).toBe(true);
  expect(t03.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$5:$7" });
  expect(model.sheet("_jsgk")?.visibility).toBe("Hidden");
  expect(model.names.get("JSGK_T03")).toBe("'公开03表'!$A$1:$I$45");
});

test("existing sheets are never overwritten silently: the choice is asked, and 另建副本 keeps them", async () => {
  const model = await generated();
  model.sheet("公开01表")!.cell(8, 3).value = 1;
  const g = await prepareGenerate(exampleReport(), false, FULL);
  expect(g.conflicts).toHaveLength(13);
  await g.write("copy");
  expect(model.sheet("公开01表")!.peek(8, 3)?.value).toBe(1);
  expect(model.sheet("公开01表 (2)")!.peek(8, 3)?.value).toBe(5577.44);
  expect(model.names.get("JSGK_T01")).toBe("'公开01表 (2)'!$A$1:$G$41");
});

test("校验: two round trips; the findings are the engine's; the cells are marked together", async () => {
  const model = await generated();
  model.syncs = 0;
  const out = await runCheck(FULL);
  expect(model.syncs).toBe(2);
  expect(summary(out.findings)).toEqual(summary(checkReport(exampleReport()).findings));
  const f15 = model.sheet("公开01表")!.peek(15, 6)!;
  expect(f15.format.fill).toBe(MARK_STYLE.error.fill);
  expect(model.notes.get("公开01表!F15")).toContain("相差 0.02 万元");
  expect(model.sheet("公开03表")!.peek(26, 3)?.format.fill).toBe(MARK_STYLE.error.fill); // the other cell of that finding
  expect(model.sheet(MARK_STORE)?.visibility).toBe("VeryHidden");
});

test("清除标注 restores the user's own fill, font colour and note exactly, also after save and reopen", async () => {
  let model = await generated();
  const cell = model.sheet("公开01表")!.cell(15, 6);
  cell.format.fill = "#00B0F0";
  cell.format.fontColor = "#7030A0";
  model.notes.set("公开06表!C7", "用户自己的批注");
  const before = JSON.stringify({ f: cell.format, n: [...model.notes] });
  await runCheck(FULL);
  expect(model.sheet("公开01表")!.peek(15, 6)!.format.fill).toBe(MARK_STYLE.error.fill);
  model = host(FakeWorkbookModel.deserialize(model.serialize())); // save and reopen
  model.syncs = 0;
  expect((await clearMarks(FULL)).restored).toBeGreaterThan(0);
  expect(model.syncs).toBe(2);
  const after = model.sheet("公开01表")!.peek(15, 6)!;
  expect(JSON.stringify({ f: after.format, n: [...model.notes] })).toBe(before);
  expect(model.sheet(MARK_STORE)).toBeUndefined();
});

test("re-running 校验 after an edit replaces the old marks instead of stacking them", async () => {
  const model = await generated();
  await runCheck(FULL);
  model.sheet("公开01表")!.cell(15, 6).value = 753.92; // the user corrects 社会保障和就业支出
  model.changed();
  const out = await runCheck(FULL);
  expect(summary(out.findings)).not.toContain("error X02 公开01表!F15");
  await clearMarks(FULL);
  expect(model.sheet("公开01表")!.peek(15, 6)!.format.fill).toBeNull();
  expect([...model.notes.keys()]).toEqual([]);
});

test("without notes support, comments carry the messages; without either, only fills", async () => {
  const model = await generated();
  await runCheck({ ...FULL, notes: false });
  expect(model.comments.get("公开01表!F15")).toContain("相差 0.02 万元");
  await clearMarks({ ...FULL, notes: false });
  expect(model.comments.size).toBe(0);
});

test("a 200-unit department is written in batches below the 5 MB request limit", async () => {
  const model = host();
  const plan = buildWorkbookPlan(syntheticReport());
  const total = plan.sheets.reduce((n, s) => n + estimatePayload(s), 0);
  const result = await applyPlan(plan, { sheets: [], names: [] }, "overwrite", FULL);
  expect(total).toBeGreaterThan(PAYLOAD_LIMIT);
  expect(result.syncs).toBeGreaterThan(1);
  expect(model.syncs).toBe(result.syncs);
  expect(result.syncs).toBeLessThanOrEqual(Math.ceil(total / PAYLOAD_LIMIT) + plan.sheets.length);
});

test("reading a property before load and sync fails, as in Excel", async () => {
  host();
  await expect(
    Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      return sheets.items.length;
    }),
  ).rejects.toThrow(/PropertyNotLoaded/);
});
