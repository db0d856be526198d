/**
 * Excel's rules, as the strict fake enforces them (src/excel/fake/rules.ts), and the adapter bugs they expose:
 * each test below failed on the adapter before it was fixed (see the closing note of the real-Excel issue).
 */
import { exampleReport } from "../../src/core/example/liaoning2024";
import { MARK_STORE } from "../../src/core/marks";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { clearMarks, prepareGenerate, runCheck } from "../../src/excel/actions";
import { CLIENTS, installFakeOffice } from "../../src/excel/fake/api";
import { FakeSheet, FakeWorkbookModel } from "../../src/excel/fake/model";
import { applyPlan, existing, PAYLOAD_LIMIT } from "../../src/excel/generate";
import { detectSupport, supportWarnings, type Support } from "../../src/excel/support";
import { scanAll, SCAN_BLOCK_CELLS } from "../../src/excel/read";
import { checkStatus, clearStatus, dependentsWarning } from "../../src/taskpane/components/statusText";
import { syntheticReport } from "../../bench/synthetic";

function host(model = new FakeWorkbookModel(), sets: Record<string, string> = CLIENTS.current): { model: FakeWorkbookModel; s: Support } {
  installFakeOffice(globalThis as unknown as Record<string, unknown>, { model, sets });
  return { model, s: detectSupport() };
}

async function generated(sets: Record<string, string> = CLIENTS.current) {
  const h = host(new FakeWorkbookModel(), sets);
  h.model.sheets.push(new FakeSheet("Sheet1"));
  await (await prepareGenerate(exampleReport(), false, h.s)).write("overwrite");
  return h;
}

describe("the fake runs a batch as Excel does", () => {
  test("a failing operation rejects the sync after the earlier ones were applied, and drops the later ones", async () => {
    const { model } = host();
    model.sheets.push(new FakeSheet("Sheet1"));
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add("A");
        ctx.workbook.worksheets.getItem("不存在").delete();
        ctx.workbook.worksheets.add("B");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", "A"]);
  });

  test.each<[string, (ctx: Excel.RequestContext) => void, string]>([
    ["deleting a VeryHidden sheet", (ctx) => {
      const ws = ctx.workbook.worksheets.add("藏");
      ws.visibility = "VeryHidden";
      ws.delete();
    }, "InvalidOperation"],
    ["deleting the last visible sheet", (ctx) => ctx.workbook.worksheets.getItem("Sheet1").delete(), "InvalidOperation"],
    ["hiding the last visible sheet", (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").visibility = "Hidden"), "InvalidOperation"],
    ["a sheet name of 32 characters", (ctx) => ctx.workbook.worksheets.add("一".repeat(32)), "InvalidArgument"],
    ["a sheet name with a colon", (ctx) => ctx.workbook.worksheets.add("公开:01"), "InvalidArgument"],
    ["a sheet name equal to another ignoring case", (ctx) => ctx.workbook.worksheets.add("SHEET1"), "ItemAlreadyExists"],
    ["getItem of a missing note", (ctx) => (ctx.workbook.notes.getItem("Sheet1!A1").content = "x"), "ItemNotFound"],
    ["getItemByCell of a missing comment", (ctx) => ctx.workbook.comments.getItemByCell("Sheet1!A1").delete(), "ItemNotFound"],
    ["a note on a cell with a threaded comment", (ctx) => {
      ctx.workbook.comments.add("Sheet1!B2", "对话");
      ctx.workbook.notes.add("Sheet1!B2", "备注");
    }, "InvalidOperation"],
    ["a formula naming a sheet that does not exist yet", (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["='公开03表'!A1"]]), "InvalidArgument"],
    ["an array that does not fit the range", (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1]]), "InvalidArgument"],
    ["pageLayout.zoom with 0 pages", (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }), "InvalidArgument"],
    ["a request over 5 MB in UTF-8 bytes (1.9 million Chinese characters)", (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [["说".repeat(950_000)], ["明".repeat(950_000)]]), "RequestPayloadSizeLimitExceeded"],
  ])("refuses %s", async (_, batch, code) => {
    const { model } = host();
    model.sheets.push(new FakeSheet("Sheet1"));
    await expect(Excel.run(async (ctx) => (batch(ctx), ctx.sync()))).rejects.toMatchObject({ code });
  });

  test("renaming a sheet rewrites the formulas and names that refer to it", async () => {
    const { model } = host();
    model.sheets.push(new FakeSheet("Sheet1"), new FakeSheet("旧"));
    model.sheet("Sheet1")!.cell(1, 1).formula = "='旧'!A1+旧!B2";
    model.names.set("N", "'旧'!$A$1");
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("旧").name = "新";
      await ctx.sync();
    });
    expect(model.sheet("Sheet1")!.peek(1, 1)?.formula).toBe("='新'!A1+'新'!B2");
    expect(model.names.get("N")).toBe("'新'!$A$1");
  });

  test("isSetSupported answers per set and version, for each simulated client", () => {
    host(new FakeWorkbookModel(), CLIENTS.ltsc2021);
    expect([Office.context.requirements.isSetSupported("ExcelApi", "1.14"), Office.context.requirements.isSetSupported("ExcelApi", "1.18"), Office.context.requirements.isSetSupported("SharedRuntime", "1.1"), Office.context.requirements.isSetSupported("WordApi", "1.1")]).toEqual([true, false, true, false]);
    expect(supportWarnings(detectSupport())).toHaveLength(2);
    host(new FakeWorkbookModel(), CLIENTS.current);
    expect(supportWarnings(detectSupport())).toEqual([]);
  });
});

describe("the adapter under Excel's rules", () => {
  test("bug 1 — the marks store (VeryHidden) is unhidden before it is deleted: 校验 twice, then 清除标注", async () => {
    const { model, s } = await generated();
    await runCheck(s);
    expect(model.sheet(MARK_STORE)?.visibility).toBe("VeryHidden");
    await runCheck(s);
    expect((await clearMarks(s)).restored).toBeGreaterThan(0);
    expect(model.sheet(MARK_STORE)).toBeUndefined();
  });

  test("bug 2 — 清除标注 skips a note the user deleted and a sheet the user renamed, and says so", async () => {
    const { model, s } = await generated();
    await runCheck(s);
    const ours = [...model.notes.keys()];
    model.notes.delete(ours[0]!);
    model.sheet("公开05表")!.name = "一般公共预算支出";
    const r = await clearMarks(s);
    expect(r.notesGone).toBe(1);
    expect(r.sheetsGone).toBeGreaterThan(0);
    expect(model.sheet(MARK_STORE)).toBeUndefined();
    expect(clearStatus(r)).toMatch(/1 处批注已被删除，已跳过。/);
    expect(await clearMarks(s)).toEqual({ restored: 0, sheetsGone: 0, notesGone: 0 }); // not stuck: nothing left
  });

  test("bug 3 — the 200-unit department: generated, checked, marked and cleared, every request under 5 MB (UTF-8)", async () => {
    const { model, s } = host();
    model.sheets.push(new FakeSheet("Sheet1"));
    const g = await prepareGenerate(syntheticReport(), false, s);
    const written = await g.write("overwrite");
    expect(written.syncs).toBeGreaterThan(1); // split, and each part accepted by the fake's byte limit
    model.syncs = 0;
    const out = await runCheck(s);
    expect(out.marked).toBeGreaterThan(0);
    expect(model.syncs).toBeLessThanOrEqual(3);
    model.syncs = 0;
    await clearMarks(s);
    expect(model.syncs).toBe(2);
    expect(PAYLOAD_LIMIT).toBeLessThan(5 * 1024 * 1024);
  }, 300_000);

  test("bug 4 — 覆盖 when the generated sheets are the only visible ones: new sheets first, nothing lost, formulas intact", async () => {
    const { model, s } = await generated();
    model.sheets = model.sheets.filter((x) => x.name !== "Sheet1");
    model.sheet("_jsgk")!.visibility = "VeryHidden"; // as some tools leave it
    const g = await prepareGenerate(exampleReport(), false, s);
    await g.write("overwrite");
    expect(model.sheets.filter((x) => x.visibility === "Visible").length).toBeGreaterThan(0);
    expect(model.sheets.some((x) => x.name.startsWith("~jsgk"))).toBe(false);
    const t01 = model.sheet("公开01表")!;
    expect(model.shown(t01, 15, 6)).toBeCloseTo(753.94, 6);
    expect([...t01.cells.values()].some((c) => c.formula === "=#REF!")).toBe(false);
  });

  test("bug 4 — the 覆盖 dialog says which of the user's formulas would turn into #REF!", async () => {
    const { model, s } = await generated();
    model.sheet("Sheet1")!.cell(2, 2).formula = "='公开01表'!C8*2";
    const g = await prepareGenerate(exampleReport(), false, s);
    expect(g.dependents).toEqual({ count: 1, examples: ["Sheet1!B2"] });
    expect(dependentsWarning(g.dependents)).toContain("其他工作表中有 1 个公式引用了这些表（如 Sheet1!B2），覆盖后这些公式会变成 #REF!");
  });

  test("bug 5 — a fresh workbook: every sheet exists before any cross-sheet formula is written", async () => {
    const { model } = await generated();
    const formulas = [...model.sheet("公开01表")!.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.includes("'公开03表'!"))).toBe(true); // written, and accepted by the fake
    expect(model.sheet("校验")).toBeDefined();
  });

  test("bug 6 — 另建副本: the copies' formulas and names read the copies, not the old sheets", async () => {
    const { model, s } = await generated();
    const g = await prepareGenerate(exampleReport(), false, s);
    await g.write("copy");
    const formulas = [...model.sheet("公开01表 (2)")!.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.includes("'公开03表 (2)'!"))).toBe(true);
    expect(formulas.some((f) => /'公开0\d表'!/.test(f))).toBe(false);
    expect(model.names.get("JSGK_T03")).toMatch(/^'公开03表 \(2\)'!/);
  });

  test("bug 7 — a cell with a threaded comment of the user's is marked by fill only, counted and reported", async () => {
    const { model, s } = await generated();
    model.comments.set("公开01表!F15", "同事的对话批注");
    const out = await runCheck(s);
    expect(out.besideComments).toBe(1);
    expect(model.notes.has("公开01表!F15")).toBe(false);
    expect(model.comments.get("公开01表!F15")).toBe("同事的对话批注");
    expect(checkStatus(out)).toContain("1 个单元格已有对话批注");
    await clearMarks(s);
    expect(model.comments.get("公开01表!F15")).toBe("同事的对话批注");
  });

  test("bug 7 — a note of the user's on a marked cell is kept in the store and restored exactly", async () => {
    const { model, s } = await generated();
    model.notes.set("公开01表!F15", "=SUM(A1) 用户的备注，以等号开头");
    await runCheck(s);
    expect(model.notes.get("公开01表!F15")).toMatch(/^【决算公开助手 公开01表!F15】/);
    await clearMarks(s);
    expect(model.notes.get("公开01表!F15")).toBe("=SUM(A1) 用户的备注，以等号开头"); // bug 11: stored as text
  });

  test("bug 8 — a protected workbook structure or sheet: a Chinese message, nothing half-written", async () => {
    const { model, s } = await generated();
    model.structureProtected = true;
    const g = await prepareGenerate(exampleReport(), false, s);
    const before = model.sheets.map((x) => x.name);
    await expect(g.write("overwrite")).rejects.toThrow("工作簿结构受保护，无法添加或删除工作表。请在“审阅 → 保护工作簿”中撤销保护后再试。");
    expect(model.sheets.map((x) => x.name)).toEqual(before);
    model.structureProtected = false;
    model.sheet("公开01表")!.protected = true;
    await expect((await prepareGenerate(exampleReport(), false, s)).write("overwrite")).rejects.toThrow(/工作表 公开01表 受保护，无法覆盖/);
    const out = await runCheck(s);
    expect(out.protectedSheets).toEqual(["公开01表"]);
    expect(checkStatus(out)).toContain("工作表 公开01表 受保护，未标注");
  });

  test("bug 8 — actions run with delayForCellEdit (and one undo step where supported)", async () => {
    const { s } = host();
    const seen: unknown[] = [];
    const real = Excel.run;
    (Excel as unknown as { run: unknown }).run = (o: unknown, b: unknown) => (seen.push(o), (real as (o: unknown, b: unknown) => Promise<unknown>)(o, b));
    await existing(s);
    (Excel as unknown as { run: unknown }).run = real;
    expect(seen).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
  });

  test("bug 9 — print setup uses documented zoom values (null, never 0, for 'as many pages as needed')", async () => {
    const { model } = await generated();
    const zooms = model.sheets.map((x) => x.pageLayout.zoom as { verticalFitToPages?: number | null } | undefined).filter(Boolean);
    expect(zooms.length).toBeGreaterThan(0);
    expect(zooms.some((z) => z?.verticalFitToPages === 0)).toBe(false);
  });

  test("2021 LTSC (no notes API, no undo group): generate, check with comments, clear", async () => {
    const { model, s } = await generated(CLIENTS.ltsc2021);
    expect(s).toMatchObject({ notes: false, undoGroup: false });
    const out = await runCheck(s);
    expect(out.marked).toBeGreaterThan(0);
    expect(model.comments.size).toBeGreaterThan(0);
    await clearMarks(s);
    expect(model.comments.size).toBe(0);
  });

  test("bug 3 — reading a workbook without our names (pasted tables) asks for at most SCAN_BLOCK_CELLS cells per request", async () => {
    const { model } = host();
    const big = new FakeSheet("粘贴的表");
    for (let r = 1; r <= 250; r++) for (let c = 1; c <= 1000; c++) big.cell(r, c).value = r * 10_000 + c;
    model.sheets.push(new FakeSheet("Sheet1"), big);
    model.changed();
    model.syncs = 0;
    const grid = await Excel.run((ctx) => scanAll(ctx));
    expect(model.syncs).toBe(2 + Math.ceil((250 * 1000) / SCAN_BLOCK_CELLS));
    const sheet = grid.sheets.find((x) => x.name === "粘贴的表")!;
    expect(sheet.rows).toHaveLength(250);
    expect(sheet.rows[249]![999]).toBe(2_501_000);
    expect(sheet.rows[0]![0]).toBe(10_001);
  });

  test("applyPlan refuses a protected structure before any request", async () => {
    const { model, s } = host();
    model.sheets.push(new FakeSheet("Sheet1"));
    model.syncs = 0;
    await expect(applyPlan(buildWorkbookPlan(exampleReport()), { sheets: ["Sheet1"], names: [], structureProtected: true }, "overwrite", s)).rejects.toThrow(/工作簿结构受保护/);
    expect(model.syncs).toBe(0);
  });
});
