/**
 * Evaluating checks over printed figures, with the tolerance setting (domain.md §4.4). Differences are
 * judged in whole cents so that the TypeScript result and the 校验 sheet's formulas agree exactly.
 */
import { formatMoney, sumMoney, type Money } from "../money";
import type { CellIndex } from "../model/evaluate";
import type { CellRef, Finding } from "../model/finding";
import type { CellId, Tolerance as ToleranceSetting } from "../model/report";
import type { Check, Status, Term } from "./types";

export interface CheckResult {
  readonly check: Check;
  readonly left: Money;
  readonly right: Money;
  /** left − right, cents */
  readonly diff: Money;
  /**
   * Addends on the right (for τ(n)). Blank ones count too: a blank printed figure can hide up to 0.005
   * (30 元 prints as 0.00), so every addend carries its rounding.
   */
  readonly n: number;
  readonly status: Status;
}

export interface Values {
  value(id: CellId): Money;
}

/** The cells a term stands for. */
export function termCells(term: Term, index: CellIndex): CellId[] {
  if (typeof term === "string") return [term];
  return index.matching(term.table, term).map((code) => `${term.table}.${code}.${term.col}`);
}

/** τ(n) in cents, rounded to 6 places exactly as the 校验 sheet's ROUND(perFigure*100*(n+1), 6). */
export function sumToleranceCents(tol: ToleranceSetting, n: number): number {
  return Math.round(tol.perFigure * 100 * (n + 1) * 1e6) / 1e6;
}

export function sameToleranceCents(tol: ToleranceSetting): number {
  return Math.round(tol.sameFigure * 100 * 1e6) / 1e6;
}

export function statusOf(check: Check, diff: Money, n: number, tol: ToleranceSetting): Status {
  const fail: Status = check.warningOnly ? "check" : "error";
  if (check.op === "<=") return diff <= 0 ? "pass" : diff <= sameToleranceCents(tol) ? "rounding" : fail;
  if (diff === 0) return "pass";
  const limit = check.tolerance === "sum" ? sumToleranceCents(tol, n) : sameToleranceCents(tol);
  return Math.abs(diff) <= limit ? "rounding" : fail;
}

export function runChecks(checks: readonly Check[], values: Values, index: CellIndex, tol: ToleranceSetting): CheckResult[] {
  const sideValue = (terms: readonly Term[]) => sumMoney(terms.flatMap((t) => termCells(t, index)).map((id) => values.value(id)));
  return checks.map((check) => {
    const left = sideValue(check.left) - sideValue(check.minus);
    const right = sideValue(check.right);
    const n = check.right.flatMap((t) => termCells(t, index)).length;
    const diff = left - right;
    return { check, left, right, diff, n, status: statusOf(check, diff, n, tol) };
  });
}

const MESSAGE: Record<Exclude<Status, "pass">, Record<"sum" | "same" | "le", string>> = {
  error: { sum: "rule.sum-error", same: "rule.same-error", le: "rule.le-error" },
  rounding: { sum: "rule.sum-rounding", same: "rule.same-rounding", le: "rule.le-rounding" },
  check: { sum: "rule.check", same: "rule.check", le: "rule.le-check" },
};

/** Findings for the results that did not pass; every cell involved is named. */
export function resultFindings(
  results: readonly CheckResult[],
  index: CellIndex,
  locate: (id: CellId) => CellRef,
  tol: ToleranceSetting,
): Finding[] {
  return results.flatMap((r): Finding[] => {
    if (r.status === "pass") return [];
    const { check } = r;
    const kind = check.op === "<=" ? "le" : check.tolerance;
    const ids = [...new Set([check.anchor, ...[...check.left, ...check.minus, ...check.right].flatMap((t) => termCells(t, index))])].filter(Boolean);
    const limit = check.op === "<=" || check.tolerance === "same" ? sameToleranceCents(tol) : sumToleranceCents(tol, r.n);
    return [
      {
        code: MESSAGE[r.status][kind],
        ruleId: check.ruleId,
        severity: r.status === "error" ? "error" : "warning",
        cells: ids.map(locate),
        expected: r.right / 100,
        actual: r.left / 100,
        diff: r.diff / 100,
        params: {
          rule: check.text,
          relation: check.description,
          actual: formatMoney(r.left),
          expected: formatMoney(r.right),
          diff: formatMoney(Math.abs(r.diff)),
          n: r.n,
          tolerance: (limit / 100).toFixed(3).replace(/0+$/, "").replace(/\.$/, ""),
        },
      },
    ];
  });
}
