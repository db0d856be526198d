/** Findings are values: a code, the cells involved and the numbers; the text comes from messages/. */
import type { CellId } from "./report";

export type Severity = "error" | "warning" | "info";

export interface CellRef {
  readonly sheet: string;
  /** A1 address, e.g. "C27". */
  readonly address: string;
  readonly id?: CellId;
}

export interface Finding {
  readonly code: string;
  readonly ruleId?: string;
  readonly severity: Severity;
  readonly cells: readonly CellRef[];
  /** Money amounts in 万元 (numbers with two decimals) where the finding compares figures. */
  readonly expected?: number;
  readonly actual?: number;
  readonly diff?: number;
  readonly params: Readonly<Record<string, string | number>>;
}
