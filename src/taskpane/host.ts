/** What the pane needs from Excel, as one object of capabilities (the real adapter or a test double). */
import type { Report } from "../core/model/report";
import type { CellRef } from "../core/model/finding";
import { clearMarks, prepareGenerate, runCheck, selectCells, type CheckOutcome } from "../excel/actions";
import type { RestoreReport } from "../excel/marks";
import { dependentsWarning } from "./components/statusText";
import { checkPastedNarrative, insertNarrative, previewNarrative, type AskConflict, type InsertOutcome, type NarrativePreview, type PastedCheck } from "../excel/narrative";
import { detectSupport, supportWarnings } from "../excel/support";

export interface PaneHost {
  readonly warnings: readonly string[];
  /** Generates the sheets; `ask` is called when some already exist and returns the user's choice or null (取消). */
  generate(report: Report, blank: boolean, ask: AskConflict): Promise<number | null>;
  check(): Promise<CheckOutcome>;
  clear(): Promise<RestoreReport>;
  select(cells: readonly CellRef[]): Promise<void>;
  /** The 情况说明 of the workbook as it is now (text with sources, missing-text findings). */
  narrative(): Promise<NarrativePreview>;
  /** Writes or refreshes the 情况说明 sheet; `ask` is called only when a sheet of that name is not ours. */
  insertNarrative(ask: AskConflict): Promise<InsertOutcome>;
  /** 表文一致性检查: a pasted 情况说明 against the workbook's tables and 说明数据. */
  checkNarrative(text: string): Promise<PastedCheck>;
  copyText(text: string): Promise<void>;
}

/**
 * Copies text to the clipboard. Office webviews sometimes refuse the asynchronous clipboard API (no
 * permission, not focused), so a hidden textarea and the older copy command are the fallback.
 */
export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the textarea
  }
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  Object.assign(area.style, { position: "fixed", top: "0", left: "-9999px", opacity: "0" });
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } finally {
    area.remove();
    active?.focus();
  }
  if (!ok) throw new Error("无法写入剪贴板（Office 禁止了剪贴板访问）。请在预览中选中文字后按 Ctrl+C 复制。");
}

export function excelHost(): PaneHost {
  const s = detectSupport();
  return {
    warnings: supportWarnings(s),
    async generate(report, blank, ask) {
      const g = await prepareGenerate(report, blank, s);
      const choice = g.conflicts.length ? await ask(g.conflicts, dependentsWarning(g.dependents)) : "overwrite";
      if (!choice) return null;
      const r = await g.write(choice);
      return Object.keys(r.written).length;
    },
    check: () => runCheck(s),
    clear: () => clearMarks(s),
    select: (cells) => selectCells(cells, s),
    narrative: () => previewNarrative(s),
    insertNarrative: (ask) => insertNarrative(s, ask),
    checkNarrative: (text) => checkPastedNarrative(s, text),
    copyText,
  };
}
