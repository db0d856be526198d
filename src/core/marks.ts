/**
 * Marking findings in a workbook, host-independent: which cells get which highlight and note, and how the
 * originals are kept in a hidden sheet so that 清除标注 restores them exactly, also after save and reopen.
 */
import type { Finding, Severity } from "./model/finding";
import { renderFinding } from "./messages/zh-CN";

/** Hidden sheet keeping, per marked cell, the copy of its original formats and its original note. */
export const MARK_STORE = "_jsgk_marks";
/** Every note the add-in writes starts with this, so its own notes are never mistaken for the user's. */
export const NOTE_PREFIX = "【决算公开助手";

/** The first line of our note on a cell: names the cell, so the note is found again wherever it is. */
export const noteHeader = (sheet: string, address: string): string => `${NOTE_PREFIX} ${sheet}!${address}】`;

/** The cell named by our note's header ("公开03表!D11"), or undefined for a note that is not ours. */
export function noteHeaderCell(content: string): string | undefined {
  const m = /^【决算公开助手 (.+?!\$?[A-Z]{1,3}\$?\d+)】/.exec(content);
  return m ? (m[1] as string).replace(/\$/g, "") : undefined;
}

export const MARK_STYLE: Readonly<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

export interface MarkedCell {
  readonly sheet: string;
  readonly address: string;
  readonly severity: Severity;
  /** The note text: every finding on the cell, worst first. */
  readonly note: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One mark per cell; a cell in several findings gets the worst severity and all their messages. */
export function markCells(findings: readonly Finding[]): MarkedCell[] {
  const byCell = new Map<string, { sheet: string; address: string; findings: Finding[] }>();
  for (const f of findings)
    for (const c of f.cells) {
      if (!c.sheet || !c.address) continue;
      const key = `${c.sheet}!${c.address}`;
      const entry = byCell.get(key) ?? { sheet: c.sheet, address: c.address, findings: [] };
      if (!entry.findings.includes(f)) entry.findings.push(f);
      byCell.set(key, entry);
    }
  return [...byCell.values()].map(({ sheet, address, findings: fs }) => {
    const sorted = [...fs].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const severity = sorted[0]?.severity ?? "info";
    const lines = sorted.slice(0, 5).map((f) => `· ${renderFinding(f)}`);
    if (sorted.length > 5) lines.push(`……另有 ${sorted.length - 5} 条，见任务窗格。`);
    return { sheet, address, severity, note: `${noteHeader(sheet, address)}\n${lines.join("\n")}` };
  });
}

/** A row of the store: where the cell is, where its formats were copied to, and its original note. */
export interface StoreRow {
  readonly sheet: string;
  readonly address: string;
  /** Cell of the store sheet holding a copy of the original formats ("D7"). */
  readonly copy: string;
  /** The original note, or null when the cell had none. */
  readonly note: string | null;
  /** How the message was attached: a note (ExcelApi 1.18), a comment (1.10) or not at all. */
  readonly via: "note" | "comment" | "none";
}

/** The store as a values block (columns A–F): header, then one row per cell; the format copies live in column H. */
export function encodeStore(rows: readonly StoreRow[]): (string | number)[][] {
  return [["工作表", "单元格", "格式副本", "原批注", "有原批注", "标注方式"], ...rows.map((r) => [r.sheet, r.address, r.copy, r.note ?? "", r.note === null ? 0 : 1, r.via])];
}

export function decodeStore(values: readonly (readonly unknown[])[]): StoreRow[] {
  return values.slice(1).flatMap((r) => {
    const [sheet, address, copy, note, had, via] = r;
    if (typeof sheet !== "string" || typeof address !== "string" || typeof copy !== "string" || !sheet) return [];
    return [{ sheet, address, copy, note: Number(had) === 1 ? String(note ?? "") : null, via: via === "note" || via === "comment" ? via : "none" }];
  });
}

/** Where the i-th marked cell's formats are copied in the store sheet: column H, clear of the values block
 * (A–F, written as text), one row each. */
export function storeCopyAddress(i: number): string {
  return `H${i + 2}`;
}
