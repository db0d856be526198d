/**
 * 标注 and 清除标注. A mark copies the cell's formats to a hidden store sheet before colouring it, and
 * records its original note, so clearing restores fill, font colour and note exactly — also after the
 * workbook is saved and reopened, since the store is a sheet of the workbook.
 *
 * Everything that may have changed since the marks were made is read in the first round trip, so the
 * second never touches what is gone (Excel does not roll back a batch that fails midway): the sheets that
 * exist, and every note and threaded comment with its text. The add-in's own notes carry a header naming
 * their cell (core/marks noteHeader), which finds them wherever the user moved them; notes and comments of
 * the user's are located (one more read, only when there are any) so that a cell holding a threaded
 * comment is marked by fill alone — Excel allows a note or a comment on a cell, not both.
 */
import { MARK_STORE, MARK_STYLE, noteHeaderCell, storeCopyAddress, decodeStore, encodeStore, type MarkedCell, type StoreRow } from "../core/marks";
import { a1, quoteSheet } from "../core/plan/a1";
import { rangeStart } from "./read";
import type { Support } from "./support";

/** A note or comment as read in the first round trip. */
interface Annotation {
  readonly index: number;
  readonly id: string;
  readonly content: string;
  /** The cell our header names ("公开03表!D11"), for our own. */
  readonly ours?: string;
}

export interface MarkState {
  readonly store: StoreRow[];
  /** Sheets by lower-case name: their real name and whether they are protected. */
  readonly sheets: ReadonlyMap<string, { readonly name: string; readonly protected: boolean }>;
  readonly notes: readonly Annotation[];
  readonly comments: readonly Annotation[];
  /** Cells ("sheet!A1") holding a note or a comment of the user's (located only when there are any). */
  readonly userNotes: ReadonlyMap<string, string>;
  readonly userComments: ReadonlySet<string>;
}

const cellKey = (sheet: string, address: string) => `${sheet}!${address.replace(/\$/g, "")}`;

/** Round trip 1 of 校验 and 清除标注: queues the loads; after ctx.sync(), `locate()` completes the state. */
export function queueMarkState(ctx: Excel.RequestContext, s: Support): { locate: () => Promise<MarkState> } {
  const storeRange = ctx.workbook.worksheets.getItemOrNullObject(MARK_STORE).getUsedRangeOrNullObject(true);
  storeRange.load("values");
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  const notes = s.notes ? ctx.workbook.notes : undefined;
  notes?.load("items/content");
  const comments = s.comments ? ctx.workbook.comments : undefined;
  comments?.load("items/id,items/content");
  return {
    locate: async () => {
      const read = (items: readonly { content: string; id?: string }[]): Annotation[] =>
        items.map((x, index) => ({ index, id: x.id ?? "", content: x.content, ...(noteHeaderCell(x.content) ? { ours: noteHeaderCell(x.content) } : {}) }));
      const noteList = notes ? read(notes.items.map((n) => ({ content: n.content }))) : [];
      const commentList = comments ? read(comments.items.map((c) => ({ content: c.content, id: c.id }))) : [];
      // The user's own notes and comments: where are they? (one more read, only when there are any)
      const foreignNotes = noteList.filter((n) => !n.ours).map((n) => ({ n, r: (notes as Excel.NoteCollection).getItemAt(n.index).getLocation().load("address") }));
      const foreignComments = commentList.filter((c) => !c.ours).map((c) => ({ c, r: (comments as Excel.CommentCollection).getItem(c.id).getLocation().load("address") }));
      if (foreignNotes.length + foreignComments.length > 0) await ctx.sync();
      const located = (address: string) => {
        const at = rangeStart(address);
        return cellKey(at.sheet, a1(at.row, at.col));
      };
      return {
        store: storeRange.isNullObject ? [] : decodeStore(storeRange.values),
        sheets: new Map(sheets.items.map((w) => [w.name.toLowerCase(), { name: w.name, protected: w.protection.protected }])),
        notes: noteList,
        comments: commentList,
        userNotes: new Map(foreignNotes.map(({ n, r }) => [located(r.address), n.content])),
        userComments: new Set(foreignComments.map(({ r }) => located(r.address))),
      };
    },
  };
}

export interface RestoreReport {
  readonly restored: number;
  /** Marked cells whose sheet is gone or renamed: their look could not be restored. */
  readonly sheetsGone: number;
  /** Our notes or comments the user has deleted (nothing to take back). */
  readonly notesGone: number;
  /** Marked cells on sheets protected since the marks were made: nothing is restored (the store is kept)
   * until the protection is lifted, so that no cell loses its original look. */
  readonly protectedCells?: number;
}

/** Queues restoring every cell of the store (formats back from their copies, notes back or removed), then removes the store. */
export function queueRestore(ctx: Excel.RequestContext, state: MarkState, s: Support): RestoreReport {
  if (state.store.length === 0) return { restored: 0, sheetsGone: 0, notesGone: 0 };
  const locked = state.store.filter((r) => state.sheets.get(r.sheet.toLowerCase())?.protected).length;
  if (locked > 0) return { restored: 0, sheetsGone: 0, notesGone: 0, protectedCells: locked };
  const store = ctx.workbook.worksheets.getItem(MARK_STORE);
  let sheetsGone = 0;
  let notesGone = 0;
  for (const r of state.store) {
    const sheet = state.sheets.get(r.sheet.toLowerCase());
    if (!sheet) sheetsGone++;
    else if (s.api19) ctx.workbook.worksheets.getItem(sheet.name).getRange(r.address).copyFrom(store.getRange(r.copy), "Formats");
    const key = cellKey(r.sheet, r.address);
    if (r.via === "note") {
      const ours = state.notes.find((n) => n.ours === key);
      if (!ours) notesGone++;
      else if (r.note === null) ctx.workbook.notes.getItemAt(ours.index).delete();
      else ctx.workbook.notes.getItemAt(ours.index).content = r.note;
    } else if (r.via === "comment") {
      const ours = state.comments.find((c) => c.ours === key);
      if (!ours) notesGone++;
      else ctx.workbook.comments.getItem(ours.id).delete();
    }
  }
  // Excel refuses to delete a VeryHidden sheet (Worksheet.delete reference; office-js #365): unhide it first.
  store.visibility = "Hidden";
  store.delete();
  return { restored: state.store.length - sheetsGone, sheetsGone, notesGone };
}

export interface MarkReport {
  readonly rows: StoreRow[];
  /** Cells with a threaded comment of the user's: marked by fill only. */
  readonly besideComments: number;
  /** Sheets that are protected: their cells were not marked. */
  readonly protectedSheets: readonly string[];
}

/** Queues the marks (after queueRestore of the same state, in the same batch). */
export function queueMarks(ctx: Excel.RequestContext, cells: readonly MarkedCell[], state: MarkState, s: Support): MarkReport {
  const protectedSheets = [...new Set(cells.map((c) => state.sheets.get(c.sheet.toLowerCase())).filter((x) => x?.protected).map((x) => x?.name as string))];
  const markable = cells.filter((c) => !protectedSheets.includes(c.sheet));
  if (markable.length === 0) return { rows: [], besideComments: 0, protectedSheets };
  const store = ctx.workbook.worksheets.add(MARK_STORE);
  store.visibility = "VeryHidden";
  // After restoring, a cell marked before has its original note again, known from the old store.
  const originalNotes = new Map(state.store.filter((r) => r.via === "note").map((r) => [cellKey(r.sheet, r.address), r.note]));
  let besideComments = 0;
  const rows: StoreRow[] = markable.map((c, i) => {
    const key = cellKey(c.sheet, c.address);
    const note = originalNotes.has(key) ? (originalNotes.get(key) ?? null) : (state.userNotes.get(key) ?? null);
    const hasComment = state.userComments.has(key);
    if (hasComment) besideComments++;
    const via = hasComment ? "none" : s.notes ? "note" : s.comments && note === null ? "comment" : "none";
    return { sheet: c.sheet, address: c.address, copy: storeCopyAddress(i), note, via };
  });
  markable.forEach((c, i) => {
    const row = rows[i] as StoreRow;
    const target = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.address);
    if (s.api19) store.getRange(row.copy).copyFrom(target, "Formats");
    const style = MARK_STYLE[c.severity];
    target.format.fill.color = style.fill;
    target.format.font.color = style.font;
    const ref = `${quoteSheet(c.sheet)}!${c.address}`;
    if (row.via === "note") {
      if (row.note !== null) ctx.workbook.notes.getItem(ref).content = c.note;
      else ctx.workbook.notes.add(ref, c.note);
    } else if (row.via === "comment") ctx.workbook.comments.add(ref, c.note);
  });
  // Stored as text: written through .values, a note like "=…" or "2024-1-1" would become a formula or a date.
  const block = encodeStore(rows).map((r) => r.map(String));
  const range = store.getRangeByIndexes(0, 0, block.length, block[0]?.length ?? 6);
  range.numberFormat = block.map((r) => r.map(() => "@"));
  range.values = block;
  return { rows, besideComments, protectedSheets };
}
