/**
 * The report: what a department publishes, as exact amounts keyed by stable cell ids.
 * Only entered figures are stored; derived cells (subtotals, totals, links) are computed, except where a
 * published report printed a different figure, which is kept as an override so the report can be
 * reproduced as published (and then flagged by the rules).
 */
import type { Money } from "../money";

/** `${tableId}.${rowKey}.${colKey}`, e.g. "T03.2040601.c2", "T01.incomeSum.c1", "T06.30101.amt". */
export type CellId = string;
/** `${rowKey}.${colKey}` inside one table. */
export type CellKey = string;

export function cellId(table: string, row: string, col: string): CellId {
  return `${table}.${row}.${col}`;
}

export function splitCellId(id: CellId): { table: string; key: CellKey } {
  const dot = id.indexOf(".");
  return { table: id.slice(0, dot), key: id.slice(dot + 1) };
}

/**
 * Rounding tolerance, a named setting (domain.md §4.4): a printed total may differ from the sum of its
 * n printed addends by up to perFigure × (n + 1) 万元 and be a 尾差 warning; the same figure printed in two
 * tables may differ by sameFigure 万元 as a warning.
 */
export interface Tolerance {
  readonly name: string;
  readonly perFigure: number;
  readonly sameFigure: number;
}

export const STANDARD_TOLERANCE: Tolerance = { name: "standard", perFigure: 0.005, sameFigure: 0.01 };

export interface TableData {
  /** Entered amounts, non-zero only. */
  amounts: Record<CellKey, Money>;
  /** Derived cells whose printed figure differs from the formula. */
  overrides: Record<CellKey, Money>;
  /** Code tables: the codes of the rows present (any level; 类 and 款 rows are added for 项). */
  codes?: string[];
  /** Code tables: printed names that differ from the catalog, or names of codes the catalog lacks. */
  names?: Record<string, string>;
}

export interface Report {
  templateId: string;
  department: string;
  year: number;
  /** 决算单位构成, in the order published. */
  units: string[];
  tolerance: Tolerance;
  /** Tables present in the report, by table id. An absent table is "not provided", not empty. */
  tables: Record<string, TableData>;
  /**
   * 说明数据: the narrative's inputs that no table holds (narrative/inputs.ts), by key — money and scores
   * in integer hundredths, counts as integers, texts as strings. Absent keys are blank.
   */
  inputs?: Record<string, number | string>;
}

export function emptyTable(): TableData {
  return { amounts: {}, overrides: {} };
}
