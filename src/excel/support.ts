/**
 * Requirement sets the adapter uses beyond what the manifest requires. The manifest requires SharedRuntime 1.1
 * and ExcelApi 1.11, so every client that loads the add-in has getRanges, copyFrom, page layout (1.9),
 * threaded comments (1.10) and delayForCellEdit (1.11); what newer clients add is detected here, and its
 * absence is said in Chinese.
 */

export interface Support {
  /** Excel.run({ mergeUndoGroup: true }): one action is one undo step (ExcelApi 1.20). */
  readonly undoGroup: boolean;
  /** Cell notes (ExcelApi 1.18); otherwise marks carry threaded comments (1.10). */
  readonly notes: boolean;
  readonly comments: boolean;
  /** Always true under the manifest's requirements; kept so that tests can describe older hosts. */
  readonly api19: boolean;
}

function supported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function detectSupport(): Support {
  return { undoGroup: supported("1.20"), api19: true, notes: supported("1.18"), comments: true };
}

/** What the user is told when a capability is missing (Excel 2021/2024 LTSC, older Microsoft 365 builds). */
export function supportWarnings(s: Support): string[] {
  const out: string[] = [];
  if (!s.notes) out.push("当前 Excel 版本不支持“批注（备注）”接口（ExcelApi 1.18），审核说明将写成对话批注。");
  if (!s.undoGroup) out.push("当前 Excel 版本不支持将一次操作合并为一步撤销（ExcelApi 1.20），撤销时可能需要多次。");
  return out;
}

/**
 * Excel.run with one undo step where supported; an action started while the user is typing in a cell waits
 * for the edit to end instead of failing (delayForCellEdit, ExcelApi 1.11).
 */
export function run<T>(s: Support, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  const options = { delayForCellEdit: true, ...(s.undoGroup ? { mergeUndoGroup: true } : {}) } as Excel.RunOptions;
  return Excel.run(options, batch);
}
