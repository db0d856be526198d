/**
 * Sheet plan → format blocks: the cells of each style folded into rectangles, so a sheet is styled with a
 * few calls per style instead of one per cell (payload and proxy count stay small).
 */
import { a1 } from "../core/plan/a1";
import type { SheetPlan, StyleKey } from "../core/plan/sheet";

/** A1 areas per style, at most `chunk` areas per list (long multi-area references are split). */
export function styleAreas(plan: SheetPlan, chunk = 60): Map<StyleKey, string[]> {
  const rowsByStyle = new Map<StyleKey, Map<number, number[]>>();
  plan.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c) return;
      let rows = rowsByStyle.get(c.s);
      if (!rows) rowsByStyle.set(c.s, (rows = new Map()));
      rows.set(r + 1, [...(rows.get(r + 1) ?? []), col + 1]);
    }),
  );
  const out = new Map<StyleKey, string[]>();
  for (const [style, rows] of rowsByStyle) {
    // Runs per row, then identical runs on consecutive rows merged into rectangles.
    const open = new Map<string, { top: number; bottom: number }>();
    const rects: string[] = [];
    const close = (key: string, span: { top: number; bottom: number }) => {
      const [c1, c2] = key.split("-").map(Number) as [number, number];
      rects.push(span.top === span.bottom && c1 === c2 ? a1(span.top, c1) : `${a1(span.top, c1)}:${a1(span.bottom, c2)}`);
    };
    const sortedRows = [...rows.keys()].sort((a, b) => a - b);
    for (const r of sortedRows) {
      const cols = (rows.get(r) ?? []).sort((a, b) => a - b);
      const runs: string[] = [];
      for (const c of cols) {
        const last = runs[runs.length - 1];
        const [s, e] = last ? (last.split("-").map(Number) as [number, number]) : [0, -2];
        if (last && e === c - 1) runs[runs.length - 1] = `${s}-${c}`;
        else runs.push(`${c}-${c}`);
      }
      for (const [key, span] of [...open]) {
        if (runs.includes(key) && span.bottom === r - 1) continue;
        close(key, span);
        open.delete(key);
      }
      for (const key of runs) {
        const span = open.get(key);
        if (span && span.bottom === r - 1) span.bottom = r;
        else open.set(key, { top: r, bottom: r });
      }
    }
    for (const [key, span] of open) close(key, span);
    const lists: string[] = [];
    for (let i = 0; i < rects.length; i += chunk) lists.push(rects.slice(i, i + chunk).join(","));
    out.set(style, lists);
  }
  return out;
}
