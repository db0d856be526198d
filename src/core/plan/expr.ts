/**
 * Derived-cell expressions. One expression per derived cell, used three ways: evaluated in TypeScript
 * (model/evaluate), written as an Excel formula (plan/formula), and compared with printed figures (read).
 */
import type { CellId } from "../model/report";

export type Expr =
  /** The sum of other cells. */
  | { readonly kind: "sum"; readonly cells: readonly CellId[] }
  /**
   * The sum of column `col` over the rows of code table `table` whose code has `length` digits and starts
   * with `prefix`: SUMIF(codes, "204??", amounts). With length = prefix length it is a lookup of one row.
   */
  | {
      readonly kind: "sumif";
      readonly table: string;
      readonly col: string;
      readonly prefix: string;
      readonly length: number;
      /**
       * Sum only the rows below the formula's own row. A 类 or 款 row's children always follow it, and a
       * range that contained the formula's own cell would be a circular reference in Excel.
       */
      readonly below?: boolean;
    };

export function sumOf(cells: readonly CellId[]): Expr {
  return { kind: "sum", cells };
}

export function codeSum(table: string, col: string, prefix: string, length: number, below = false): Expr {
  return below ? { kind: "sumif", table, col, prefix, length, below } : { kind: "sumif", table, col, prefix, length };
}

/** Whether a code matches a sumif pattern. */
export function codeMatches(code: string, e: { prefix: string; length: number }): boolean {
  return code.length === e.length && code.startsWith(e.prefix) && /^\d+$/.test(code);
}
