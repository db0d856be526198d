/**
 * The 情况说明 as data (domain.md §5): sentences are lists of parts — literal text, figures taken from
 * table cells or 说明数据 inputs, percentages, direction words, input texts and conditional clauses.
 * One declaration is rendered three ways (text with sources, live Excel formulas, .docx) by evaluators
 * that never restate a sentence.
 */
import type { CellId } from "../model/report";
import type { Wording } from "../figures";

/** A figure: a table cell, a numeric 说明数据 input, or a sum / difference of figures. */
/** Another cell printing the same quantity, possibly only under a condition (e.g. a one-fund department). */
export type Also = CellId | { readonly cell: CellId; readonly when: Cond };

export type Num =
  | { readonly cell: CellId; /** Other cells that print the same quantity (checked against a quoted figure). */ readonly also?: readonly Also[] }
  | { readonly input: string }
  | { readonly sum: readonly Num[] }
  | { readonly minus: readonly [Num, Num] };

/** money: 2 decimals (万元); count: an integer; score: up to 2 decimals, trailing zeros dropped. */
export type NumFormat = "money" | "count" | "score";

export type Cond =
  | { readonly nonZero: Num }
  | { readonly equal: readonly [Num, Num] }
  | { readonly filled: string }
  | { readonly not: Cond }
  | { readonly all: readonly Cond[] };

/** What a blank input renders as: a visible placeholder (and a finding); optional texts are wrapped in `filled` conditions instead.
 * "input": a figure (上年数, 年初预算, …) that was never entered — its clause is replaced by 【请填写…】. */
export type TextMissing = "reason" | "text";
export type Missing = TextMissing | "input";

export type Part =
  | string
  | { readonly num: Num; readonly fmt?: NumFormat }
  /** Percentage (2 decimals, half-up from the unrounded figures) of `of`; renders nothing when `of` is 0. */
  | { readonly pct: Num; readonly of: Num }
  /** |a − b|, 2 decimals. */
  | { readonly diff: readonly [Num, Num] }
  /** The word for a compared to b (增加/减少/持平 …). */
  | { readonly word: readonly [Num, Num]; readonly words: Wording }
  | { readonly text: string; readonly missing: TextMissing }
  | { readonly if: Cond; readonly then: readonly Part[]; readonly else?: readonly Part[] }
  /** The parts of the items whose condition holds, joined by `sep` (lists of non-zero items). */
  | { readonly join: readonly { readonly when: Cond; readonly parts: readonly Part[] }[]; readonly sep: string };

export type BlockKind = "title" | "heading" | "subheading" | "para";

/** One paragraph of the output; `parts` evaluating to "" drop the paragraph. */
export interface Block {
  readonly id: string;
  readonly kind: BlockKind;
  readonly parts: readonly Part[];
}

export interface NarrativeDecl {
  readonly blocks: readonly Block[];
}

/** What a non-literal run is, for matching a published text against the declaration. */
export type SlotKind = "num" | "pct" | "diff" | "word" | "text" | "list";

/** Rendered text: a run of characters and, for figures and input texts, where they come from. */
export interface Segment {
  readonly text: string;
  readonly slot?: SlotKind;
  /** Cells that print the same figure as this run's source (those whose condition held). */
  readonly also?: readonly CellId[];
  /** Table cell ids and/or `input:<key>` for the 说明数据 cells the run is computed from. */
  readonly sources?: readonly string[];
  /** A placeholder standing in for a missing input text. */
  readonly missing?: boolean;
}

export interface RenderedBlock {
  readonly id: string;
  readonly kind: BlockKind;
  readonly segments: readonly Segment[];
}

export function blockText(b: RenderedBlock): string {
  return b.segments.map((s) => s.text).join("");
}
