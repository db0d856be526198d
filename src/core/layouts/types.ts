/**
 * Table layouts as data. A layout says what the published table looks like; `plan/expand.ts` turns a
 * layout plus a report into rows and cells, and everything else (sheet plan, evaluation, reading) works
 * from that expansion.
 *
 * Header rows are written as the seed prints them; "<" merges a cell into its left neighbour and "^"
 * into the cell above, so merges are data too.
 */

import type { Rule } from "../rules/types";
import type { NarrativeContext } from "../narrative/liaoning";
import type { Block } from "../narrative/types";

export type Orientation = "portrait" | "landscape";

interface TableBase {
  /** Stable id used in cell ids and defined names ("T01"). Never renamed once shipped. */
  readonly id: string;
  /** The printed table number, also the sheet name ("公开01表"). */
  readonly number: string;
  readonly title: string;
  readonly orientation: Orientation;
  readonly header: readonly (readonly string[])[];
  /** Column widths in Excel character units, one per printed column. */
  readonly widths: readonly number[];
  readonly notes: readonly string[];
  /** How a zero amount is shown: blank (most tables) or 0.00 (the seed's 公开05). */
  readonly zeroAs: "blank" | "zero";
}

/** A fixed row of a 01/04/07-style table. A row without key is an empty padding row. */
export interface FixedRow {
  readonly key?: string;
  readonly label: string;
  /** Derived: the sum of these rows of the same side, or of the whole body. */
  readonly sum?: readonly string[] | "body";
}

/** Body made of the template's expenditure 类 rows, each linked to a code table's 类 row. */
export interface ClassRows {
  readonly classes: "expenditure";
  /** amount column → the code table and column whose 类 row it must equal */
  readonly links: Readonly<Record<string, { readonly table: string; readonly col: string }>>;
}

export interface FixedSide {
  /** Whether the side prints a 行次 column. 行次 is numbered from the row list, never hard-coded. */
  readonly rowNumbers: boolean;
  /** Amount column keys in print order; they are the 栏次 ("c1") or a name ("budget"). */
  readonly columns: readonly string[];
  /** Columns that are the sum of other columns of the same row (04: c2 = c3 + c4 + c5). */
  readonly columnSums?: Readonly<Record<string, readonly string[]>>;
  readonly body: readonly FixedRow[] | ClassRows;
  /** Rows after the body; the sides' bodies are padded so that their feet line up. */
  readonly foot: readonly FixedRow[];
}

export interface FixedTable extends TableBase {
  readonly kind: "fixed";
  readonly sides: readonly FixedSide[];
}

/** 02/03/05/08/09: rows are 合计 then 类 → 款 → 项 expanded from codes. */
export interface CodeTable extends TableBase {
  readonly kind: "codes";
  readonly columns: readonly string[];
  readonly columnSums?: Readonly<Record<string, readonly string[]>>;
  readonly totalPosition: "top" | "bottom";
  /** Empty input rows offered by a blank template. */
  readonly blankRows: number;
}

/** 06: column groups of economic classes side by side, and total rows at the bottom. */
export interface EconTable extends TableBase {
  readonly kind: "econ";
  readonly groups: readonly { readonly classes: readonly string[]; readonly omit?: readonly string[] }[];
  readonly totals: readonly {
    readonly key: string;
    readonly label: string;
    /** group whose code column starts the label */
    readonly labelGroup: number;
    /** group whose amount column holds the value; the label spans up to the column before it */
    readonly valueGroup: number;
    readonly classes: readonly string[];
  }[];
}

export type TableLayout = FixedTable | CodeTable | EconTable;

export interface Template {
  /** The balance rules checked for this template (rules/). */
  readonly rules: readonly Rule[];
  readonly id: string;
  readonly name: string;
  readonly version: number;
  /** 类 codes listed in 公开01/04, in order. */
  readonly expenditureClasses: readonly string[];
  readonly tables: readonly TableLayout[];
  /** The 情况说明 sentences of this template, declared over the report's structure (narrative/). */
  readonly narrative: (ctx: NarrativeContext) => Block[];
}
