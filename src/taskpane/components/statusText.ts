/** What the pane says after 校验 and 清除标注: counts, and everything that could not be done and why. */
import type { CheckOutcome } from "../../excel/actions";
import type { Dependents } from "../../excel/generate";
import type { RestoreReport } from "../../excel/marks";

function restoreNotes(r: RestoreReport): string[] {
  const out: string[] = [];
  if (r.sheetsGone) out.push(`${r.sheetsGone} 个单元格所在的工作表已改名或删除，其原格式无法恢复，已跳过。`);
  if (r.notesGone) out.push(`${r.notesGone} 处批注已被删除，已跳过。`);
  if (r.protectedCells) out.push(`上次标注的 ${r.protectedCells} 个单元格所在的工作表现在受保护，标注未清除；请在“审阅 → 撤销工作表保护”后再试。`);
  return out;
}

export function checkStatus(out: CheckOutcome): string {
  const parts = [`审核 ${out.checks} 项，通过 ${out.passed} 项；已在工作表中标出 ${out.marked} 个单元格。`];
  if (out.besideComments) parts.push(`其中 ${out.besideComments} 个单元格已有对话批注（一个单元格不能同时有批注和对话批注），只标了底色，说明在此处列出。`);
  const others = out.unannotated - out.besideComments;
  if (others > 0) parts.push(`${others} 个单元格的说明只在此处列出（当前 Excel 版本不支持批注）。`);
  if (out.protectedSheets.length) parts.push(`工作表 ${out.protectedSheets.join("、")} 受保护，未标注；请在“审阅 → 撤销工作表保护”后再校验。`);
  return [...parts, ...restoreNotes(out.restore)].join("");
}

export function clearStatus(r: RestoreReport): string {
  if (r.protectedCells) return restoreNotes(r).join("");
  if (r.restored + r.sheetsGone === 0) return "工作簿中没有标注。";
  return [`已清除 ${r.restored} 个单元格的标注，原格式已恢复。`, ...restoreNotes(r)].join("");
}

/** What 覆盖 would break in the user's own sheets, said before they confirm. */
export function dependentsWarning(d: Dependents): string | undefined {
  if (d.unknown) return "未能检查其他工作表是否引用了这些表；如有引用，覆盖后会变成 #REF!。";
  if (d.count === 0) return undefined;
  return `其他工作表中有 ${d.count} 个公式引用了这些表（如 ${d.examples.join("、")}），覆盖后这些公式会变成 #REF!；另建副本则不受影响。`;
}
