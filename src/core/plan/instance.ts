/** The expanded form of a table: rows and cells with ids and expressions, before any addresses exist. */
import type { TableLayout } from "../layouts/types";
import type { CellId } from "../model/report";
import type { Expr } from "./expr";

export type CellRole = "label" | "center" | "code" | "name" | "rowNo";

export type InstCell =
  | { readonly t: "text"; readonly text: string; readonly role: CellRole }
  | { readonly t: "rowNo"; readonly n: number }
  | { readonly t: "amount"; readonly id: CellId; readonly expr?: Expr }
  | { readonly t: "empty" };

export type RowKind = "total" | "class" | "item" | "blank";

export interface InstRow {
  /** Row key per side (fixed/econ tables) or [code | "total"] (code tables); null where a side is empty. */
  readonly keys: readonly (string | null)[];
  readonly cells: readonly InstCell[];
  /** Column spans [first, last] merged within the row. */
  readonly merges: readonly (readonly [number, number])[];
  readonly kind: RowKind;
}

/** What a printed column holds: side index and "label" | "rowNo" | "code" | "name" | an amount column key. */
export interface ColumnSpec {
  readonly side: number;
  readonly key: string;
}

export interface TableInstance {
  readonly layout: TableLayout;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly InstRow[];
  /** Code tables: the row index range [first, last] that SUMIF ranges cover. */
  readonly dataRows?: readonly [number, number];
}

export function columnKeyText(c: ColumnSpec): string {
  return `${c.side}:${c.key}`;
}
