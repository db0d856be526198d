/**
 * 情况说明 through the Office.js adapter against the host fake: the preview is the core's text rendering of
 * what the workbook holds (1 round trip), 插入到工作表 writes live formulas whose values — computed by
 * HyperFormula in the fake — are that same text (2 round trips), our own sheet is refreshed without asking,
 * and a sheet of the user's that happens to be called 情况说明 is only touched as the user chooses. A pasted
 * 情况说明 is checked against the workbook (表文一致性检查) in one round trip, its findings naming cells here.
 */
import { exampleReport } from "../../src/core/example/liaoning2024";
import type { Finding } from "../../src/core/model/finding";
import { narrateReport } from "../../src/core/narrative";
import { checkNarrative } from "../../src/core/narrative/check";
import { INPUT_NAME, INPUT_SHEET } from "../../src/core/narrative/inputSheet";
import { NARRATIVE_NAME, NARRATIVE_SHEET } from "../../src/core/narrative/narrativeSheet";
import { blockText, type RenderedBlock } from "../../src/core/narrative/types";
import { prepareGenerate } from "../../src/excel/actions";
import { CLIENTS, installFakeOffice } from "../../src/excel/fake/api";
import { detectSupport } from "../../src/excel/support";
import { FakeSheet, FakeWorkbookModel } from "../../src/excel/fake/model";
import type { Conflict } from "../../src/excel/generate";
import { checkPastedNarrative, insertNarrative, previewNarrative, type InsertOutcome } from "../../src/excel/narrative";
import type { Support } from "../../src/excel/support";
import { seedNarrativeText } from "../fixtures/seed";

const FULL: Support = { undoGroup: true, api19: true, notes: true, comments: true };

async function generated(): Promise<FakeWorkbookModel> {
  const model = new FakeWorkbookModel();
  installFakeOffice(globalThis as unknown as Record<string, unknown>, { model, sets: CLIENTS.current });
  const g = await prepareGenerate(exampleReport(), false, FULL);
  await g.write("overwrite");
  model.syncs = 0;
  return model;
}

/** Removes a sheet and the names pointing at it (as a user deleting the sheet would leave #REF! names; we drop them). */
function removeSheet(model: FakeWorkbookModel, name: string, definedName: string): void {
  model.sheets = model.sheets.filter((s) => s.name !== name);
  model.names.delete(definedName);
  model.changed();
}

/** What column A of a sheet shows, without the rows of blocks that render to nothing. */
function shownTexts(model: FakeWorkbookModel, name: string): unknown[] {
  const sheet = model.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return Array.from({ length: sheet.extent().rows }, (_, r) => model.shown(sheet, r + 1, 1)).filter((v) => v !== "" && v !== null);
}

const texts = (blocks: readonly RenderedBlock[]) => blocks.map(blockText);
const never = async (): Promise<Conflict | null> => {
  throw new Error("asked although no sheet of the user's is in the way");
};
const written = (out: InsertOutcome) => (out.status === "written" ? out : undefined);

test("生成预览: one round trip; the text is the core's rendering of the example, every figure locatable", async () => {
  const model = await generated();
  const preview = await previewNarrative(FULL);
  expect(model.syncs).toBe(1);
  const expected = narrateReport(exampleReport());
  expect(texts(preview.blocks)).toEqual(texts(expected.blocks));
  expect(preview.findings).toEqual([]);
  expect(texts(preview.blocks).join("\n")).toContain("收入总计5577.44万元");
  // Every source of every figure is a cell of this workbook.
  const sources = preview.blocks.flatMap((b) => b.segments.flatMap((s) => s.sources ?? []));
  expect(sources.length).toBeGreaterThan(100);
  expect(sources.filter((id) => !preview.locations.has(id))).toEqual([]);
  expect(preview.locations.get("T01.incomeTotal.c1")).toMatchObject({ sheet: "公开01表" });
  expect(preview.locations.get([...preview.locations.keys()].find((k) => k.startsWith("input:")) ?? "")).toMatchObject({ sheet: INPUT_SHEET });
});

test("插入到工作表 refreshes our own 情况说明 without asking, in two round trips; HyperFormula computes the text", async () => {
  const model = await generated();
  const sheetsBefore = model.sheets.map((s) => s.name);
  model.sheet(NARRATIVE_SHEET)!.cell(1, 1).value = "旧内容"; // stale generated content
  model.sheet(NARRATIVE_SHEET)!.cell(1, 1).formula = null;
  model.changed();
  const out = written(await insertNarrative(FULL, never));
  expect(model.syncs).toBe(2);
  expect(out).toMatchObject({ sheet: NARRATIVE_SHEET, refreshed: true });
  expect(out?.inputSheet).toBeUndefined();
  expect(new Set(model.sheets.map((s) => s.name))).toEqual(new Set(sheetsBefore));
  expect(shownTexts(model, NARRATIVE_SHEET)).toEqual(texts(narrateReport(exampleReport()).blocks));
  expect(model.names.get(NARRATIVE_NAME)).toMatch(/^'情况说明'!\$A\$1:\$B\$\d+$/);
  expect(model.sheet(NARRATIVE_SHEET)!.hiddenColumns.has(2)).toBe(true);
});

test("a workbook without 情况说明 and 说明数据 gets both; the text shows placeholders and follows the inputs", async () => {
  const model = await generated();
  removeSheet(model, NARRATIVE_SHEET, NARRATIVE_NAME);
  removeSheet(model, INPUT_SHEET, INPUT_NAME);
  const report = { ...exampleReport(), inputs: undefined };
  const preview = await previewNarrative(FULL);
  const expected = narrateReport(report);
  expect(texts(preview.blocks)).toEqual(texts(expected.blocks));
  expect(preview.findings.length).toBe(expected.findings.length);
  expect(preview.findings.length).toBeGreaterThan(0);
  model.syncs = 0;

  const out = written(await insertNarrative(FULL, never));
  expect(model.syncs).toBe(2);
  expect(out).toMatchObject({ sheet: NARRATIVE_SHEET, refreshed: false, inputSheet: INPUT_SHEET });
  expect(model.names.get(INPUT_NAME)).toMatch(/^'说明数据'!/);
  const shown = shownTexts(model, NARRATIVE_SHEET);
  expect(shown).toEqual(texts(expected.blocks));
  expect(shown.join("")).toContain("【请填写原因】");

  // The first missing reason, filled in 说明数据 where the finding says, appears in 情况说明.
  const finding = out!.preview.findings.find((f) => f.code === "narrative.missing-reason")!;
  const cell = finding.cells[0]!;
  expect(cell.sheet).toBe(INPUT_SHEET);
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell.address)!;
  model.sheet(INPUT_SHEET)!.cell(Number(row), col!.charCodeAt(0) - 64).value = "人员调动导致支出变化";
  model.changed();
  expect(shownTexts(model, NARRATIVE_SHEET).join("\n")).toContain("人员调动导致支出变化");
  const again = await previewNarrative(FULL);
  expect(texts(again.blocks).join("\n")).toContain("人员调动导致支出变化");
  expect(again.findings.length).toBe(expected.findings.length - 1);
});

test("a sheet of the user's named 情况说明 is asked about: 取消 leaves it untouched, 另建副本 writes ours beside it", async () => {
  const model = await generated();
  removeSheet(model, NARRATIVE_SHEET, NARRATIVE_NAME);
  const mine = new FakeSheet(NARRATIVE_SHEET);
  mine.cell(1, 1).value = "我自己写的说明草稿";
  model.sheets.push(mine);
  const snapshot = JSON.stringify([...mine.cells]);
  const asked: (readonly string[])[] = [];

  const cancelled = await insertNarrative(FULL, async (names) => (asked.push(names), null));
  expect(cancelled.status).toBe("cancelled");
  expect(asked).toEqual([[NARRATIVE_SHEET]]);
  expect(model.syncs).toBe(1);
  expect(JSON.stringify([...model.sheet(NARRATIVE_SHEET)!.cells])).toBe(snapshot);
  expect(model.names.has(NARRATIVE_NAME)).toBe(false);

  const copied = written(await insertNarrative(FULL, async () => "copy"));
  expect(copied?.sheet).toBe("情况说明 (2)");
  expect(JSON.stringify([...model.sheet(NARRATIVE_SHEET)!.cells])).toBe(snapshot);
  expect(model.names.get(NARRATIVE_NAME)).toMatch(/^'情况说明 \(2\)'!/);
  expect(shownTexts(model, "情况说明 (2)")).toEqual(texts(narrateReport(exampleReport()).blocks));

  // From now on the copy is ours: it is refreshed without asking, and the user's sheet stays as it is.
  model.syncs = 0;
  const refreshed = written(await insertNarrative(FULL, never));
  expect(model.syncs).toBe(2);
  expect(refreshed).toMatchObject({ sheet: "情况说明 (2)", refreshed: true });
  expect(JSON.stringify([...model.sheet(NARRATIVE_SHEET)!.cells])).toBe(snapshot);
  expect(model.sheets.filter((s) => s.name.startsWith(NARRATIVE_SHEET))).toHaveLength(2);
});

test("覆盖 replaces the user's 情况说明 only when chosen", async () => {
  const model = await generated();
  removeSheet(model, NARRATIVE_SHEET, NARRATIVE_NAME);
  const mine = new FakeSheet(NARRATIVE_SHEET);
  mine.cell(1, 1).value = "我自己写的说明草稿";
  model.sheets.push(mine);
  const out = written(await insertNarrative(FULL, async () => "overwrite"));
  expect(out).toMatchObject({ sheet: NARRATIVE_SHEET, refreshed: false });
  expect(shownTexts(model, NARRATIVE_SHEET)).toEqual(texts(narrateReport(exampleReport()).blocks));
});

test("our sheet renamed by the user is refreshed under its new name; no second 情况说明 appears", async () => {
  const model = await generated();
  model.sheet(NARRATIVE_SHEET)!.name = "第二部分";
  model.names.set(NARRATIVE_NAME, model.names.get(NARRATIVE_NAME)!.replace("'情况说明'", "'第二部分'")); // Excel's names follow a rename
  model.changed();
  const out = written(await insertNarrative(FULL, never));
  expect(out).toMatchObject({ sheet: "第二部分", refreshed: true });
  expect(model.sheet(NARRATIVE_SHEET)).toBeUndefined();
  expect(model.names.get(NARRATIVE_NAME)).toMatch(/^'第二部分'!/);
  expect(shownTexts(model, "第二部分")).toEqual(texts(narrateReport(exampleReport()).blocks));
});

test("a user's sheet named 说明数据 that is not ours stays; ours is created beside it and the text points there", async () => {
  const model = await generated();
  removeSheet(model, NARRATIVE_SHEET, NARRATIVE_NAME);
  removeSheet(model, INPUT_SHEET, INPUT_NAME);
  const mine = new FakeSheet(INPUT_SHEET);
  mine.cell(3, 3).value = "用户的表";
  model.sheets.push(mine);
  const out = written(await insertNarrative(FULL, never));
  expect(out).toMatchObject({ sheet: NARRATIVE_SHEET, inputSheet: "说明数据 (2)" });
  expect(model.sheet(INPUT_SHEET)!.peek(3, 3)?.value).toBe("用户的表");
  expect(model.names.get(INPUT_NAME)).toMatch(/^'说明数据 \(2\)'!/);
  const formulas = [...model.sheet(NARRATIVE_SHEET)!.cells.values()].map((c) => c.formula ?? "").join("");
  expect(formulas).toContain("'说明数据 (2)'!");
  expect(formulas).not.toContain("'说明数据'!");
  expect(shownTexts(model, NARRATIVE_SHEET)).toEqual(texts(narrateReport({ ...exampleReport(), inputs: undefined }).blocks));
});

test("without our names (pasted tables) the sheets are scanned: extents, then values in blocks; the same text", async () => {
  const model = await generated();
  model.names.clear();
  model.syncs = 0;
  const preview = await previewNarrative(FULL);
  expect(model.syncs).toBe(3); // the first read, the used ranges' extents, their values (one request per 100,000 cells)
  expect(texts(preview.blocks)).toEqual(texts(narrateReport(exampleReport()).blocks));
});

test("a workbook with no table: nothing is written, the reader's finding says why", async () => {
  const model = new FakeWorkbookModel();
  installFakeOffice(globalThis as unknown as Record<string, unknown>, { model, sets: CLIENTS.ltsc2021 });
  const sheet = new FakeSheet("Sheet1");
  sheet.cell(1, 1).value = "备忘";
  model.sheets.push(sheet);
  const out = await insertNarrative(detectSupport(), never);
  expect(out.status).toBe("no-report");
  expect(out.preview.blocks).toEqual([]);
  expect(out.preview.findings.map((f) => f.code)).toEqual(["read.no-tables"]);
  expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});

/** The seed's 第二部分 as published (tests/core/narrativeCheck.test.ts checks it against the report itself). */
const seedNarrative = () => seedNarrativeText();

test("表文一致性检查: the seed's 第二部分 against the generated workbook, in one round trip; findings name its cells", async () => {
  const model = await generated();
  const result = await checkPastedNarrative(FULL, seedNarrative());
  expect(model.syncs).toBe(1);
  expect(result.readFindings).toEqual([]);
  expect(result.unverified).toEqual([]);
  expect(result.matched).toBe(result.sentences);
  expect(result.matched).toBeGreaterThan(120);
  const errors = result.findings.filter((f) => f.severity === "error");
  const also = errors.find((f) => f.code === "narrative.amount-also" && f.params.quoted === "753.92");
  expect(also).toBeDefined();
  expect(also!.cells.some((c) => c.sheet === "公开04表")).toBe(true);
  expect(errors.some((f) => f.code === "narrative.zero-base")).toBe(true);
  // What the core finds on the example itself, now with the cells where this workbook has the figures.
  const strip = (fs: readonly Finding[]) => fs.map(({ cells: _cells, ...rest }) => rest);
  expect(strip(result.findings)).toEqual(strip(checkNarrative(exampleReport(), seedNarrative()).findings));
  // Every error and warning names cells of this workbook.
  expect(result.findings.filter((f) => f.severity !== "info" && f.cells.length === 0)).toEqual([]);
});

test("表文一致性检查 of a workbook with no table: a Chinese error, nothing checked", async () => {
  const model = new FakeWorkbookModel();
  installFakeOffice(globalThis as unknown as Record<string, unknown>, { model, sets: CLIENTS.ltsc2021 });
  const sheet = new FakeSheet("Sheet1");
  sheet.cell(1, 1).value = "备忘";
  model.sheets.push(sheet);
  await expect(checkPastedNarrative(detectSupport(), "收入总计5577.44万元。")).rejects.toThrow("工作簿中没有找到公开01–09表，无法核对情况说明");
});

test("a 项 without a 说明数据 row gets one appended (same two round trips); the narrative follows what is typed there", async () => {
  const model = await generated();
  const inputs = model.sheet(INPUT_SHEET)!;
  const rows = inputs.extent().rows;
  // As if 2040601 had been added to 05 after 说明数据 was made: its row is not there.
  const r = Array.from({ length: rows }, (_, i) => i + 1).find((i) => inputs.peek(i, 1)?.value === "item.T05.2040601")!;
  for (let c = 1; c <= 8; c++) inputs.cell(r, c).value = null;
  model.changed();
  const out = written(await insertNarrative(FULL, never));
  expect(model.syncs).toBe(2);
  expect(inputs.peek(rows + 1, 1)?.value).toBe("item.T05.2040601");
  expect(inputs.peek(rows + 1, 2)?.value).toBe("2040601 行政运行（公开05表）");
  expect(model.names.get(INPUT_NAME)).toBe(`'${INPUT_SHEET}'!$A$1:$H$${rows + 1}`);
  const line = () => shownTexts(model, NARRATIVE_SHEET).find((t) => String(t).includes("行政运行（项）1059.71")) as string;
  expect(line()).toContain("主要是【请填写】等支出");
  expect(out?.preview.locations.get("input:item.T05.2040601.use")).toMatchObject({ sheet: INPUT_SHEET, address: `D${rows + 1}` });
  // Typing in the appended row updates the live sheet, and the next read finds it through the grown name.
  inputs.cell(rows + 1, 4).value = "基本工资";
  inputs.cell(rows + 1, 5).value = "在职人员增加";
  model.changed();
  // No 年初预算 typed yet: the line asks for it instead of comparing against 0.
  expect(line()).toContain("主要是基本工资等支出【请填写年初预算】。");
  inputs.cell(rows + 1, 3).value = 1000;
  model.changed();
  expect(line()).toContain("主要是基本工资等支出，完成年初预算的105.97%");
  const preview = await previewNarrative(FULL);
  expect(texts(preview.blocks).find((t) => t.includes("行政运行（项）1059.71"))).toContain("存在差异的主要原因是在职人员增加");
});
