/** What the user reads when an action fails: our own Chinese messages as they are, Excel's wrapped in Chinese. */
export function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return /[\u4e00-\u9fff]/.test(text) ? text : `操作未完成：Excel 返回了错误（${text}）。请检查工作簿是否处于编辑状态后重试。`;
}
