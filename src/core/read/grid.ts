/** The port between hosts and the core for reading: a workbook as plain grids of cell values. */

export type GridValue = string | number | boolean | null | { readonly error: string };

export interface GridSheet {
  readonly name: string;
  /** rows[r][c] is sheet cell (r + 1, c + 1). */
  readonly rows: readonly (readonly GridValue[])[];
  /** rows[r][c] has a formula (only what the reader needs to know about formulas). */
  readonly formulas?: readonly (readonly boolean[])[];
}

export interface WorkbookGrid {
  readonly sheets: readonly GridSheet[];
  /** Workbook defined names with their references ("'公开01表'!$A$1:$G$40"). */
  readonly names: readonly { readonly name: string; readonly ref: string }[];
}

export function cellAt(sheet: GridSheet, row: number, col: number): GridValue {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

/** Text of a cell with all white space removed (labels are printed with spaces: "合 计", "公开 01 表"). */
export function compactText(v: GridValue): string {
  if (v === null || typeof v === "object") return "";
  return String(v).replace(/\s+/g, "");
}
