/**
 * Writing sheet plans into the open workbook: one round trip to see what exists, one to write (more only
 * when the payload must be split below Excel on the web's 5 MB request limit, measured in UTF-8 bytes).
 *
 * Order within the write, so that Excel never refuses it and nothing of the user's is lost midway:
 * every new sheet is added first (a formula may only name a sheet that exists), under a temporary name
 * where a sheet of that name is to be replaced; then contents; then the replaced sheets are deleted (a
 * VeryHidden one made Hidden first) — the new ones are there already, so the workbook always keeps a
 * visible sheet; then the temporary names become the real ones (Excel rewrites the formulas that refer
 * to them); then the defined names.
 */
import { renamePlanSheets, STYLES, type CellStyle, type SheetPlan, type WorkbookPlan } from "../core/plan/sheet";
import { a1, colLetter, sheetsReferenced } from "../core/plan/a1";
import { rangeStart } from "./read";
import { MARK_STORE as MARK_STORE_NAME } from "../core/marks";
import { styleAreas } from "./styleAreas";
import { run, type Support } from "./support";

/** Below Excel on the web's 5 MB per request, with room for the request envelope (UTF-8 bytes). */
export const PAYLOAD_LIMIT = 4_000_000;
/** Rows of one sheet are written in blocks of about this many bytes, so a large sheet spans several requests. */
export const BLOCK_BYTES = 1_000_000;

const ENCODER = new TextEncoder();
export const utf8Bytes = (s: string): number => ENCODER.encode(s).length;

export interface ExistingSheet {
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
}

export interface Existing {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
  /** Visibility and protection by sheet (what replacing a sheet must respect). */
  readonly details?: readonly ExistingSheet[];
  /** Workbook structure protection: no sheet can be added, deleted or renamed. */
  readonly structureProtected?: boolean;
}

export type Conflict = "overwrite" | "copy";

/** Round trip 1: which sheets and names exist, their visibility and protection. */
export async function existing(s: Support): Promise<Existing> {
  return run(s, async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const names = ctx.workbook.names;
    sheets.load("items/name,items/visibility,items/protection/protected");
    names.load("items/name");
    const protection = ctx.workbook.protection;
    protection.load("protected");
    await ctx.sync();
    const details = sheets.items.map((w) => ({ name: w.name, visibility: String(w.visibility), protected: w.protection.protected }));
    return { sheets: details.map((d) => d.name), names: names.items.map((n) => n.name), details, structureProtected: protection.protected };
  });
}

/** Formulas of the user's own sheets that refer to sheets about to be replaced (they would show #REF!). */
export interface Dependents {
  readonly count: number;
  /** A few of them, as 表!单元格. */
  readonly examples: readonly string[];
  /** The other sheets could not be read (too large for one request): the count is unknown. */
  readonly unknown?: boolean;
}

/**
 * One more read, only when 覆盖 is a choice: which formulas outside the replaced sheets refer to them, so the
 * dialog can say what will turn into #REF! before the user confirms.
 */
export async function dependents(s: Support, before: Existing, replaced: readonly string[]): Promise<Dependents> {
  const target = lower(replaced);
  const others = before.sheets.filter((n) => !target.has(n.toLowerCase()) && n !== MARK_STORE_NAME);
  if (others.length === 0) return { count: 0, examples: [] };
  try {
    return await run(s, async (ctx) => {
      const ranges = others.map((name) => {
        const r = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
        r.load("address,formulas");
        return { name, r };
      });
      await ctx.sync();
      let count = 0;
      const examples: string[] = [];
      for (const { name, r } of ranges) {
        if (r.isNullObject) continue;
        const origin = rangeStart(r.address);
        (r.formulas as unknown[][]).forEach((row, i) =>
          row.forEach((f, j) => {
            if (typeof f !== "string" || !f.startsWith("=") || !sheetsReferenced(f).some((n) => target.has(n.toLowerCase()))) return;
            count++;
            if (examples.length < 3) examples.push(`${name}!${a1(origin.row + i, origin.col + j)}`);
          }),
        );
      }
      return { count, examples };
    });
  } catch {
    return { count: 0, examples: [], unknown: true };
  }
}

/** Excel's sheet names are unique ignoring case. */
const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));

/** "情况说明 (2)", "情况说明 (3)", …: the first name not taken, ignoring case (另建副本). */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  const used = lower(taken);
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
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

/** A piece of a write: its size in UTF-8 bytes and the operations that queue it. */
interface Piece {
  readonly bytes: number;
  readonly queue: (ctx: Excel.RequestContext) => void;
}

/** Rows [from, to) of a sheet's number formats and formulas: one piece. */
function rowsPiece(name: string, formats: string[][], formulas: (string | number | boolean)[][], from: number, to: number, width: number, bytes: number): Piece {
  return {
    bytes,
    queue: (ctx) => {
      const range = ctx.workbook.worksheets.getItem(name).getRangeByIndexes(from, 0, to - from, width);
      // Number formats first: a code written as "204" stays text only if the cell is already "@".
      range.numberFormat = formats.slice(from, to);
      range.formulas = formulas.slice(from, to);
    },
  };
}

/** Everything one sheet's write sends, in pieces: row blocks of about BLOCK_BYTES, then the formatting. */
export function sheetPieces(plan: SheetPlan, name: string, s: Support): Piece[] {
  const width = Math.max(1, ...plan.rows.map((r) => r.length));
  const formulas = formulaBlock(plan, width);
  const formats = numberFormatBlock(plan, width);
  const pieces: Piece[] = [];
  let from = 0;
  let bytes = 0;
  formulas.forEach((row, r) => {
    const b = utf8Bytes(JSON.stringify(row)) + utf8Bytes(JSON.stringify(formats[r]));
    if (bytes > 0 && bytes + b > BLOCK_BYTES) {
      pieces.push(rowsPiece(name, formats, formulas, from, r, width, bytes));
      from = r;
      bytes = 0;
    }
    bytes += b;
  });
  if (plan.rows.length > from) pieces.push(rowsPiece(name, formats, formulas, from, plan.rows.length, width, bytes));
  const areas = styleAreas(plan);
  let styleBytes = plan.merges.length * 120 + 2000;
  for (const lists of areas.values()) styleBytes += lists.reduce((n, l) => n + utf8Bytes(l) + 400, 0);
  pieces.push({
    bytes: styleBytes,
    queue: (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      if (s.api19) for (const [key, lists] of areas) for (const list of lists) queueStyle(ws.getRanges(list).format, STYLES[key]);
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
        // PageLayoutZoomOptions: a number of pages, or null for "as many as needed" (0 is not a documented value).
        ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: plan.print.fitToHeight > 0 ? plan.print.fitToHeight : (null as unknown as number) };
        if (plan.print.titleRows) ws.pageLayout.setPrintTitleRows(`$${plan.print.titleRows[0]}:$${plan.print.titleRows[1]}`);
      }
      if (plan.state === "hidden") ws.visibility = "Hidden";
    },
  });
  return pieces;
}

/** Sends pieces in as few requests as fit under PAYLOAD_LIMIT; returns the number of syncs made. */
async function send(ctx: Excel.RequestContext, pieces: readonly Piece[]): Promise<number> {
  let syncs = 0;
  let payload = 0;
  for (const p of pieces) {
    if (payload > 0 && payload + p.bytes > PAYLOAD_LIMIT) {
      await ctx.sync();
      syncs++;
      payload = 0;
    }
    p.queue(ctx);
    payload += p.bytes;
  }
  return syncs;
}

export function estimatePayload(plan: SheetPlan, s: Support = { undoGroup: false, api19: true, notes: false, comments: false }): number {
  return sheetPieces(plan, plan.name, s).reduce((n, p) => n + p.bytes, 0);
}

export interface ApplyResult {
  /** Sheet plan name → the name it was written under. */
  readonly written: Readonly<Record<string, string>>;
  readonly syncs: number;
}

/** Why the plan cannot be written (protection), in words the user can act on; undefined when it can. */
export function writeBlocked(plan: WorkbookPlan, before: Existing, conflict: Conflict): string | undefined {
  if (before.structureProtected) return "工作簿结构受保护，无法添加或删除工作表。请在“审阅 → 保护工作簿”中撤销保护后再试。";
  if (conflict !== "overwrite") return undefined;
  const replaced = lower(plan.sheets.map((p) => p.name));
  const locked = (before.details ?? []).filter((d) => d.protected && replaced.has(d.name.toLowerCase())).map((d) => d.name);
  return locked.length > 0 ? `工作表 ${locked.join("、")} 受保护，无法覆盖。请在“审阅 → 撤销工作表保护”中撤销后再试，或选择“另建副本”。` : undefined;
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
  const blocked = writeBlocked(plan, before, conflict);
  if (blocked) throw new Error(blocked);
  const existingByLower = new Map(before.sheets.map((n) => [n.toLowerCase(), n]));
  const taken = new Set(before.sheets);
  const final = new Map<string, string>(); // plan name → the name it ends up with
  const temporary = new Map<string, string>(); // plan name → the name it is written under first
  const replaced: string[] = [];
  plan.sheets.forEach((sheet, i) => {
    const old = existingByLower.get(sheet.name.toLowerCase());
    let name = sheet.name;
    if (old !== undefined) {
      if (conflict === "overwrite") {
        replaced.push(old);
        temporary.set(sheet.name, uniqueName(`~jsgk${i}`, taken));
      } else name = uniqueName(sheet.name, taken);
    }
    taken.add(temporary.get(sheet.name) ?? name);
    final.set(sheet.name, name);
  });
  // Formulas and names written for the names the sheets have while they are written.
  const writing = renamePlanSheets(plan, new Map(plan.sheets.map((p): [string, string] => [p.name, temporary.get(p.name) ?? final.get(p.name) ?? p.name]).filter(([a, b]) => a !== b)));
  const finalPlan = renamePlanSheets(plan, new Map([...final].filter(([a, b]) => a !== b)));
  return run(s, async (ctx) => {
    for (const sheet of writing.sheets) ctx.workbook.worksheets.add(sheet.name);
    const syncs = await send(ctx, writing.sheets.flatMap((sheet) => sheetPieces(sheet, sheet.name, s)));
    for (const name of replaced) {
      const ws = ctx.workbook.worksheets.getItem(name);
      // Excel refuses to delete a VeryHidden sheet (Worksheet.delete reference; office-js #365).
      if (before.details?.find((d) => d.name === name)?.visibility === "VeryHidden") ws.visibility = "Hidden";
      ws.delete();
    }
    for (const [planName, temp] of temporary) ctx.workbook.worksheets.getItem(temp).name = final.get(planName) ?? planName;
    // Defined names point at the sheets as they are now named (a copy takes the names over).
    for (const sheet of finalPlan.sheets)
      for (const n of sheet.names) {
        if (before.names.includes(n.name)) ctx.workbook.names.getItem(n.name).delete();
        ctx.workbook.names.add(n.name, `=${n.ref}`);
      }
    extra?.(ctx);
    await ctx.sync();
    return { written: Object.fromEntries(final), syncs: syncs + 1 };
  });
}
