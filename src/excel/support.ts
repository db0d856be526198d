/** Requirement sets the adapter uses, detected once; every missing one degrades with a Chinese reason. */

export interface Support {
  /** Excel.run({ mergeUndoGroup: true }): one action is one undo step. */
  readonly undoGroup: boolean;
  /** getRanges (multi-area formatting), page layout, copyFrom: ExcelApi 1.9. */
  readonly api19: boolean;
  /** Cell notes: ExcelApi 1.18; otherwise threaded comments: ExcelApi 1.10. */
  readonly notes: boolean;
  readonly comments: boolean;
}

function supported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function detectSupport(): Support {
  return { undoGroup: supported("1.20"), api19: supported("1.9"), notes: supported("1.18"), comments: supported("1.10") };
}

/** What the user is told when a capability is missing. */
export function supportWarnings(s: Support): string[] {
  const out: string[] = [];
  if (!supported("1.4")) out.push("当前 Excel 版本过旧（需要 ExcelApi 1.4 以上），无法使用本加载项，请升级 Office。");
  if (!s.api19) out.push("当前 Excel 版本不支持批量格式与打印设置（ExcelApi 1.9），生成的表样将缺少边框、字体和打印设置，审核标注也无法恢复原格式。");
  if (!s.notes && !s.comments) out.push("当前 Excel 版本不支持批注，审核结果只以底色标出，说明请在任务窗格中查看。");
  if (!s.undoGroup) out.push("当前 Excel 版本不支持将一次操作合并为一步撤销（ExcelApi 1.20），撤销时可能需要多次。");
  return out;
}

/** Excel.run with one undo step where supported. */
export function run<T>(s: Support, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return s.undoGroup ? Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, batch) : Excel.run(batch);
}
