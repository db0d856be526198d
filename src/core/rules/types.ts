/**
 * Balance rules as data (domain.md §4). Two kinds:
 * - `formula` rules check the layout's own derived cells: the printed figure must equal what its formula
 *   gives over the printed figures. The relation is the layout's expression, so it is written once.
 * - `relation` rules state the identities between cells that are not formulas in the layout (01 ↔ 02,
 *   04 ↔ 05/08/09, 05 ≤ 03, 06 ↔ 07, …) as sums of terms compared with = or ≤.
 */
import type { CellId } from "../model/report";

/**
 * A term: one cell, or the sum of column `col` over the rows of code table `table` whose code has `length`
 * digits and starts with `prefix` (with length = prefix length: one row looked up by code, 0 if absent).
 */
export type Term = CellId | { readonly table: string; readonly col: string; readonly prefix: string; readonly length: number };

/** The row `code` of a code table, column `col`, looked up by code. */
export function codeRow(table: string, code: string, col: string): Term {
  return { table, col, prefix: code, length: code.length };
}

/**
 * How a difference is judged: `sum` — a printed total against its printed addends, τ(n) by the number of
 * non-zero addends; `same` — the same figure printed in two places (0.01 尾差, more is an error).
 */
export type Tolerance = "sum" | "same";

interface RuleBase {
  readonly id: string;
  /** What the rule checks, in Chinese, shown in the 校验 sheet and in messages. */
  readonly text: string;
  /** Plausibility rules never report more than a warning (status 请核实). */
  readonly warningOnly?: boolean;
}

export interface FormulaRule extends RuleBase {
  readonly kind: "formula";
  readonly table: string;
  /** Which derived cells: their formula kind (sum of cells / SUMIF), and optionally rows or columns. */
  readonly expr?: "sum" | "sumif";
  readonly rows?: readonly string[];
  readonly cols?: readonly string[];
}

export interface RelationRule extends RuleBase {
  readonly kind: "relation";
  readonly op: "=" | "<=";
  readonly tolerance: Tolerance;
  /** left (+ terms, − minus) op right */
  readonly left: readonly Term[];
  readonly minus?: readonly Term[];
  readonly right: readonly Term[];
}

/** The same relation for every row of a code table (C08-2: 年末 = 年初 + 收入 − 支出). */
export interface RowRelationRule extends RuleBase {
  readonly kind: "rowRelation";
  readonly table: string;
  readonly op: "=" | "<=";
  readonly tolerance: Tolerance;
  readonly left: readonly string[];
  readonly minus?: readonly string[];
  readonly right: readonly string[];
}

/** Every row of `small` is at most the same row of `large`, column by column (X07: 05 ≤ 03). */
export interface RowsAtMostRule extends RuleBase {
  readonly kind: "rowsAtMost";
  readonly small: string;
  readonly large: string;
  readonly cols: readonly (readonly [string, string])[];
}

/**
 * A foot row of a fixed table against the sum of the body rows in one column, where the layout computes
 * that cell otherwise (04 合计栏 r59: c3 + c4 + c5 in the sheet, but it must also equal Σ r33..r58).
 */
export interface BodySumRule extends RuleBase {
  readonly kind: "bodySum";
  readonly table: string;
  readonly row: string;
  readonly col: string;
}

export type Rule = FormulaRule | RelationRule | RowRelationRule | RowsAtMostRule | BodySumRule;

/** One checkable instance of a rule: left op right over terms, with a description of its place. */
export interface Check {
  readonly ruleId: string;
  /** The rule's text. */
  readonly text: string;
  readonly op: "=" | "<=";
  readonly tolerance: Tolerance;
  readonly warningOnly: boolean;
  readonly left: readonly Term[];
  readonly minus: readonly Term[];
  readonly right: readonly Term[];
  /** The cell the check is about (the total, the left figure). */
  readonly anchor: CellId;
  readonly description: string;
}

export type Status = "pass" | "rounding" | "error" | "check";
