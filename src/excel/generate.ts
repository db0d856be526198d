/**
 * Writing sheet plans into the open workbook: one round trip to see what exists, one to write (more only
 * when the payload must be split below Excel on the web's 5 MB request limit).
 */
import type { CellStyle, SheetPlan, StyleKey, WorkbookPlan } from "../core/plan/sheet";
import { STYLES } from "../core/plan/sheet";
import { colLetter } from "../core/plan/a1";
import { styleAreas } from "./styleAreas";
import { run, type Support } from "./support";

/** Below Excel on the web's 5 MB per request, with room for the request envelope. */
export const PAYLOAD_LIMIT = 4_000_000;

export interface Existing {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
}

export type Conflict = "overwrite" | "copy";

/** Round trip 1: which of the plan's sheets and names already exist. */
export async function existing(s: Support): Promise<Existing> {
  return run(s, async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const names = ctx.workbook.names;
    sheets.load("items/name");
    names.load("items/name");
    await ctx.sync();
    return { sheets: sheets.items.map((w) => w.name), names: names.items.map((n) => n.name) };
  });
}

/** "情况说明 (2)", "情况说明 (3)", …: the first name not taken (另建副本). */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Formulas block: "=…" for formula cells, values otherwise ("" for empty). */
export function formulaBlock(plan: Pick<SheetPlan, "rows">, width: number): (string | number | boolean)[][] {
  return plan.rows.map((row) => Array.from({ length: width }, (_, c) => {
    const cell = row[c];
    if (!cell) return "";
    if (cell.f !== undefined) return `=${cell.f}`;
    return cell.v ?? "";
  }));
}

export function numberFormatBlock(plan: Pick<SheetPlan, "rows">, width: number): string[][] {
  return plan.rows.map((row) => Array.from({ length: width }, (_, c) => {
    const cell = row[c];
    const style = cell ? STYLES[cell.s] : undefined;
    return style?.numFmt ?? (style?.text ? "@" : "General");
  }));
}

/** What writing one sheet sends, computed once: used both to size the batch and to write it. */
interface SheetBlocks {
  readonly plan: SheetPlan;
  readonly width: number;
  readonly formulas: (string | number | boolean)[][];
  readonly formats: string[][];
  readonly areas: Map<StyleKey, string[]>;
  /** Rough request size: the blocks as JSON plus the style and merge calls. */
  readonly payload: number;
}

function sheetBlocks(plan: SheetPlan): SheetBlocks {
  const width = Math.max(1, ...plan.rows.map((r) => r.length));
  const formulas = formulaBlock(plan, width);
  const formats = numberFormatBlock(plan, width);
  const areas = styleAreas(plan);
  let payload = JSON.stringify(formulas).length + JSON.stringify(formats).length + plan.merges.length * 120 + 2000;
  for (const lists of areas.values()) payload += lists.reduce((n, l) => n + l.length + 400, 0);
  return { plan, width, formulas, formats, areas, payload };
}

export function estimatePayload(plan: SheetPlan): number {
  return sheetBlocks(plan).payload;
}

/** One plan style on a range's (or areas') format: font, alignment, wrap, borders. */
export function queueStyle(format: Excel.RangeFormat, st: CellStyle): void {
  format.font.name = st.font.name;
  format.font.size = st.font.size;
  format.font.bold = st.font.bold ?? false;
  if (st.align?.h) format.horizontalAlignment = st.align.h === "left" ? "Left" : st.align.h === "center" ? "Center" : "Right";
  if (st.align?.v) format.verticalAlignment = st.align.v === "top" ? "Top" : "Center";
  if (st.align?.wrap) format.wrapText = true;
  if (st.border)
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) format.borders.getItem(edge).style = "Continuous";
}

function writeSheet(ctx: Excel.RequestContext, blocks: SheetBlocks, name: string, s: Support): void {
  const { plan, width } = blocks;
  const ws = ctx.workbook.worksheets.add(name);
  const all = ws.getRangeByIndexes(0, 0, plan.rows.length, width);
  // Number formats first: a code written as "204" stays text only if the cell is already "@".
  all.numberFormat = blocks.formats;
  all.formulas = blocks.formulas;
  if (s.api19) {
    for (const [key, lists] of blocks.areas) {
      for (const list of lists) queueStyle(ws.getRanges(list).format, STYLES[key]);
    }
  }
  for (const m of plan.merges) ws.getRange(m).merge(false);
  plan.widths.forEach((w, i) => (ws.getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`).format.columnWidth = Math.round((w * 7 + 5) * 0.75)));
  for (const [r, h] of Object.entries(plan.rowHeights)) ws.getRange(`${r}:${r}`).format.rowHeight = h;
  for (const r of plan.hiddenRows) ws.getRange(`${r}:${r}`).rowHidden = true;
  for (const c of plan.hiddenColumns) ws.getRange(`${colLetter(c)}:${colLetter(c)}`).columnHidden = true;
  // Cell notes of the plan (why a figure is an override) are not written here: the metadata sheet lists the
  // overrides, and the cells' notes stay free for the user and for 审核 marks.
  if (plan.print && s.api19) {
    ws.pageLayout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: plan.print.fitToHeight };
    if (plan.print.titleRows) ws.pageLayout.setPrintTitleRows(`$${plan.print.titleRows[0]}:$${plan.print.titleRows[1]}`);
  }
  if (plan.state === "hidden") ws.visibility = "Hidden";
}

export interface ApplyResult {
  /** Sheet plan name → the name it was written under. */
  readonly written: Readonly<Record<string, string>>;
  readonly syncs: number;
}

/** Round trip 2 (and more only for very large plans): replace or copy, then write every sheet. */
export async function applyPlan(
  plan: WorkbookPlan,
  before: Existing,
  conflict: Conflict,
  s: Support,
  /** More writes to queue in the same (last) round trip, e.g. rows appended to an existing sheet. */
  extra?: (ctx: Excel.RequestContext) => void,
): Promise<ApplyResult> {
  return run(s, async (ctx) => {
    const taken = new Set(before.sheets);
    const written: Record<string, string> = {};
    const rename = new Map<string, string>();
    for (const sheet of plan.sheets) {
      let name = sheet.name;
      if (taken.has(name)) {
        if (conflict === "overwrite") ctx.workbook.worksheets.getItem(name).delete();
        else name = uniqueName(name, taken);
      }
      taken.add(name);
      written[sheet.name] = name;
      if (name !== sheet.name) rename.set(sheet.name, name);
    }
    let syncs = 0;
    let payload = 0;
    for (const sheet of plan.sheets) {
      const blocks = sheetBlocks(sheet);
      if (payload > 0 && payload + blocks.payload > PAYLOAD_LIMIT) {
        await ctx.sync();
        syncs++;
        payload = 0;
      }
      writeSheet(ctx, blocks, written[sheet.name] as string, s);
      payload += blocks.payload;
    }
    // Defined names point at the sheets just written (a copy takes the names over).
    for (const sheet of plan.sheets)
      for (const n of sheet.names) {
        if (before.names.includes(n.name)) ctx.workbook.names.getItem(n.name).delete();
        let ref = n.ref;
        for (const [from, to] of rename) ref = ref.replace(`'${from}'!`, `'${to.replace(/'/g, "''")}'!`);
        ctx.workbook.names.add(n.name, `=${ref}`);
      }
    extra?.(ctx);
    await ctx.sync();
    return { written, syncs: syncs + 1 };
  });
}
