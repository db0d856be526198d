/**
 * 标注 and 清除标注. A mark copies the cell's formats to a hidden store sheet before colouring it, and
 * records its original note, so clearing restores fill, font colour and note exactly — also after the
 * workbook is saved and reopened, since the store is a sheet of the workbook.
 */
import { decodeStore, encodeStore, MARK_STORE, MARK_STYLE, storeCopyAddress, type MarkedCell, type StoreRow } from "../core/marks";
import type { Support } from "./support";

function quote(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Queues restoring every cell of an earlier store (formats back from their copies, notes back or removed),
 * then removes the store. */
export function queueRestore(ctx: Excel.RequestContext, rows: readonly StoreRow[], s: Support): void {
  if (rows.length === 0) return;
  const store = ctx.workbook.worksheets.getItem(MARK_STORE);
  for (const r of rows) {
    const target = ctx.workbook.worksheets.getItem(r.sheet).getRange(r.address);
    if (s.api19) target.copyFrom(store.getRange(r.copy), "Formats");
    const ref = `${quote(r.sheet)}!${r.address}`;
    if (r.via === "note") {
      const note = ctx.workbook.notes.getItem(ref);
      if (r.note === null) note.delete();
      else note.content = r.note;
    } else if (r.via === "comment") ctx.workbook.comments.getItemByCell(ref).delete();
  }
  store.delete();
}

/**
 * Queues the marks. `knownNotes` are the cells that have a note now (from the earlier store); a cell with
 * a note of the user's that we cannot see is left without ours (the finding stays in the pane).
 */
export function queueMarks(ctx: Excel.RequestContext, cells: readonly MarkedCell[], previous: readonly StoreRow[], s: Support, userNotes: boolean): StoreRow[] {
  if (cells.length === 0) return [];
  const store = ctx.workbook.worksheets.add(MARK_STORE);
  store.visibility = "VeryHidden";
  // After restoring, a cell marked before has its original note again, known from the old store.
  const originalNotes = new Map(previous.filter((r) => r.via === "note").map((r) => [`${r.sheet}!${r.address}`, r.note]));
  const rows: StoreRow[] = cells.map((c, i) => {
    const key = `${c.sheet}!${c.address}`;
    const note = originalNotes.get(key) ?? null;
    // Where the user has notes we cannot locate in this round trip, we add none (the pane lists the finding).
    const via = s.notes && (note !== null || !userNotes) ? "note" : !s.notes && s.comments && !userNotes ? "comment" : "none";
    return { sheet: c.sheet, address: c.address, copy: storeCopyAddress(i), note, via };
  });
  cells.forEach((c, i) => {
    const row = rows[i] as StoreRow;
    const target = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.address);
    if (s.api19) store.getRange(row.copy).copyFrom(target, "Formats");
    const style = MARK_STYLE[c.severity];
    target.format.fill.color = style.fill;
    target.format.font.color = style.font;
    const ref = `${quote(c.sheet)}!${c.address}`;
    if (row.via === "note") {
      if (row.note !== null) ctx.workbook.notes.getItem(ref).content = c.note;
      else ctx.workbook.notes.add(ref, c.note);
    } else if (row.via === "comment") ctx.workbook.comments.add(ref, c.note);
  });
  const block = encodeStore(rows);
  store.getRangeByIndexes(0, 0, block.length, block[0]?.length ?? 6).values = block;
  return rows;
}

export function storeRows(values: unknown[][] | null): StoreRow[] {
  return values ? decodeStore(values) : [];
}

