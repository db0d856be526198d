/**
 * 情况说明 against the open workbook. 生成预览 and 表文一致性检查 of a pasted text: one round trip (read).
 * 插入到工作表: two (read, write) — the
 * 情况说明 sheet of live formulas, plus a 说明数据 sheet when the workbook has none. Our own sheet (the one
 * the JSGK_NARRATIVE name points at, under whatever name) is generated content and is refreshed without
 * asking; a sheet named 情况说明 that is not ours is replaced or kept only as the user chooses.
 */
import { narrateReport, narrativeForWorkbook, relocateFindings, type InputAppend, type Narration, type WorkbookNarrative } from "../core/narrative";
import { checkNarrative, type NarrativeCheck } from "../core/narrative/check";
import { INPUT_SHEET, rowFields } from "../core/narrative/inputSheet";
import { NARRATIVE_NAME, NARRATIVE_SHEET } from "../core/narrative/narrativeSheet";
import type { RenderedBlock } from "../core/narrative/types";
import type { CellRef, Finding } from "../core/model/finding";
import { a1 } from "../core/plan/a1";
import { renamePlanSheets, STYLES, type SheetPlan } from "../core/plan/sheet";
import { readWorkbook, type ReadResult } from "../core/read/workbook";
import { applyPlan, formulaBlock, numberFormatBlock, queueStyle, uniqueName, type Conflict } from "./generate";
import { queueRead, scanAll, sheetOf } from "./read";
import { run, type Support } from "./support";

export interface NarrativePreview {
  /** The text rendering; empty when the workbook holds no table. */
  readonly blocks: readonly RenderedBlock[];
  /** What the reader found, then the missing-text findings (their cells where the inputs are in this workbook). */
  readonly findings: readonly Finding[];
  /** Source id (a table cell id or `input:<key>`) → the cell it is in. */
  readonly locations: ReadonlyMap<string, CellRef>;
}

export type InsertOutcome =
  | { readonly status: "written"; readonly sheet: string; readonly refreshed: boolean; readonly inputSheet?: string; readonly preview: NarrativePreview }
  | { readonly status: "cancelled" | "no-report"; readonly preview: NarrativePreview };

/** The user's choice when sheets of the same names exist (覆盖 / 另建副本); null is 取消. */
/** Asks 覆盖 / 另建副本 / 取消 for existing sheets; `warning` says what 覆盖 would break. */
export type AskConflict = (existing: readonly string[], warning?: string) => Promise<Conflict | null>;

interface Snapshot {
  readonly read: ReadResult;
  readonly sheets: readonly string[];
  readonly names: readonly string[];
  /** The sheet our JSGK_NARRATIVE name points at, if it still exists. */
  readonly ours: string | null;
}

/** Round trip 1: the tables, 说明数据, sheet and name lists, and where our 情况说明 is (one more to scan pasted tables). */
async function snapshot(ctx: Excel.RequestContext): Promise<Snapshot> {
  const result = queueRead(ctx);
  const sheets = ctx.workbook.worksheets;
  const names = ctx.workbook.names;
  sheets.load("items/name");
  names.load("items/name");
  const own = names.getItemOrNullObject(NARRATIVE_NAME).getRangeOrNullObject();
  own.load("address");
  await ctx.sync();
  const sheetNames = sheets.items.map((w) => w.name);
  const state = result();
  const grid = state === "scan" ? await scanAll(ctx, sheetNames) : state.grid;
  const ours = own.isNullObject ? null : sheetOf(own.address);
  return { read: readWorkbook(grid), sheets: sheetNames, names: names.items.map((n) => n.name), ours: ours && sheetNames.includes(ours) ? ours : null };
}

/** Findings of missing inputs name the cells where this workbook has them (rows may have been inserted). */

function previewOf(read: ReadResult, locations: ReadonlyMap<string, CellRef> = read.locations, n: Narration | undefined = read.report && narrateReport(read.report)): NarrativePreview {
  if (!n) return { blocks: [], findings: read.findings, locations };
  return { blocks: n.blocks, findings: [...read.findings, ...relocateFindings(n.findings, locations)], locations };
}

export async function previewNarrative(s: Support): Promise<NarrativePreview> {
  return run(s, async (ctx) => previewOf((await snapshot(ctx)).read));
}

/** 表文一致性检查 of a pasted text, with what reading the workbook found. */
export interface PastedCheck extends NarrativeCheck {
  /** The reader's errors and warnings (unreadable amounts, a missing table): figures the check may have taken wrongly. */
  readonly readFindings: readonly Finding[];
}

/** 表文一致性检查: a pasted 情况说明 against the workbook as it is now, in one round trip (read); findings name cells here. */
export async function checkPastedNarrative(s: Support, text: string): Promise<PastedCheck> {
  const { read } = await run(s, snapshot);
  if (!read.report) throw new Error("工作簿中没有找到公开01–09表，无法核对情况说明。请先生成表样或粘贴公开表。");
  const result = checkNarrative(read.report, text, { locations: read.locations });
  return { ...result, readFindings: read.findings.filter((f) => f.severity !== "info") };
}

/** The sheets to write: ours under its current name; a new 说明数据 beside a same-named sheet of the user's. */
function sheetsToWrite(wn: WorkbookNarrative, snap: Snapshot): { sheet: SheetPlan; input?: SheetPlan } {
  const names = new Map<string, string>();
  if (snap.ours && snap.ours !== NARRATIVE_SHEET) names.set(NARRATIVE_SHEET, snap.ours);
  if (wn.inputSheet && lowerIncludes(snap.sheets, INPUT_SHEET)) names.set(INPUT_SHEET, uniqueName(INPUT_SHEET, new Set(snap.sheets)));
  const [first, second] = renamePlanSheets({ sheets: wn.inputSheet ? [wn.inputSheet, wn.sheet] : [wn.sheet] }, names).sheets;
  return wn.inputSheet ? { sheet: second as SheetPlan, input: first as SheetPlan } : { sheet: first as SheetPlan };
}

const lowerIncludes = (names: readonly string[], name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());

/**
 * 项 rows added to 05/08/09 after 说明数据 was made get their input rows appended below it (values,
 * number formats and the cells' look), and JSGK_INPUTS grows to cover them.
 */
function queueAppend(ctx: Excel.RequestContext, append: InputAppend): void {
  const ws = ctx.workbook.worksheets.getItem(append.sheet);
  const width = Math.max(...append.rows.map((r) => r.length));
  const plan = { rows: append.rows };
  const range = ws.getRangeByIndexes(append.firstRow - 1, 0, append.rows.length, width);
  range.numberFormat = numberFormatBlock(plan, width);
  range.formulas = formulaBlock(plan, width);
  append.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.s !== "key") queueStyle(ws.getRangeByIndexes(append.firstRow - 1 + r, c, 1, 1).format, STYLES[cell.s]);
    }),
  );
  ctx.workbook.names.getItem(append.name.name).delete();
  ctx.workbook.names.add(append.name.name, `=${append.name.ref}`);
}

export async function insertNarrative(s: Support, ask: AskConflict): Promise<InsertOutcome> {
  const snap = await run(s, snapshot);
  const report = snap.read.report;
  if (!report) return { status: "no-report", preview: previewOf(snap.read) };
  const wn = narrativeForWorkbook(report, snap.read.locations, snap.read.inputExtent);
  const { sheet, input } = sheetsToWrite(wn, snap);
  const foreign = snap.ours === null && snap.sheets.includes(NARRATIVE_SHEET);
  const choice = foreign ? await ask([NARRATIVE_SHEET]) : "overwrite";
  if (!choice) return { status: "cancelled", preview: previewOf(snap.read) };
  // 说明数据 first: the 情况说明 formulas refer to it.
  const append = wn.appendInputs;
  const result = await applyPlan({ sheets: input ? [input, sheet] : [sheet] }, { sheets: snap.sheets, names: snap.names }, choice, s, append && ((ctx) => queueAppend(ctx, append)));
  const written = result.written[sheet.name] ?? sheet.name;
  let locations = snap.read.locations;
  if (append) {
    const all = new Map(locations);
    append.rows.forEach((row, i) => {
      const key = String(row[0]?.v ?? "");
      for (const f of rowFields(key)) all.set(`input:${f.key}`, { sheet: append.sheet, address: a1(append.firstRow + i, f.col), id: `input:${f.key}` });
    });
    locations = all;
  }
  if (input) {
    // The new sheet's input cells, for clicking placeholders and for the findings' cells.
    const all = new Map(locations);
    for (const [key, p] of wn.narration.model.inputPlaces) all.set(`input:${key}`, { sheet: input.name, address: a1(p.row, p.col), id: `input:${key}` });
    locations = all;
  }
  return {
    status: "written",
    sheet: written,
    refreshed: snap.ours !== null,
    ...(input ? { inputSheet: input.name } : {}),
    preview: previewOf(snap.read, locations, wn.narration),
  };
}
