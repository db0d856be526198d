/**
 * Evaluating checks over printed figures, with the tolerance setting (domain.md §4.4). Differences are
 * judged in whole cents so that the TypeScript result and the 校验 sheet's formulas agree exactly.
 */
import { formatMoney, type Money } from "../money";
import type { CellIndex } from "../model/evaluate";
import type { CellProgram } from "../model/program";
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


/** The cells a term stands for. */
export function termCells(term: Term, index: CellIndex): CellId[] {
  if (typeof term === "string") return [term];
  return index.matching(term.table, term).map((code) => `${term.table}.${code}.${term.col}`);
}

/** A bare "total = Σ addends" check, for judging one difference outside a rule set (JS.CHECK, tests). */
export function totalCheck(ruleId: string, text: string, over: Partial<Check> = {}): Check {
  return { ruleId, text, op: "=", tolerance: "sum", warningOnly: false, left: [], minus: [], right: [], anchor: "", description: "", ...over };
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

/** Checks with their terms resolved to program slots, ready to run on every edit. */
export interface CompiledChecks {
  readonly checks: readonly Check[];
  /** Per check: slots of left, minus and right, as [start, end) into `slots`. */
  readonly bounds: Int32Array;
  readonly slots: Int32Array;
}

export function compileChecks(checks: readonly Check[], program: CellProgram): CompiledChecks {
  const bounds = new Int32Array(checks.length * 4);
  const slots: number[] = [];
  const add = (terms: readonly Term[]) => {
    for (const t of terms)
      for (const id of termCells(t, program.index)) {
        const s = program.slot.get(id);
        if (s === undefined) throw new Error(`check refers to unknown cell ${id}`);
        slots.push(s);
      }
  };
  checks.forEach((c, i) => {
    bounds[i * 4] = slots.length;
    add(c.left);
    bounds[i * 4 + 1] = slots.length;
    add(c.minus);
    bounds[i * 4 + 2] = slots.length;
    add(c.right);
    bounds[i * 4 + 3] = slots.length;
  });
  return { checks, bounds, slots: Int32Array.from(slots) };
}

export function runChecks(cc: CompiledChecks, values: Float64Array, tol: ToleranceSetting): CheckResult[] {
  const { bounds, slots } = cc;
  const sum = (from: number, to: number) => {
    let s = 0;
    for (let k = from; k < to; k++) s += values[slots[k] as number] as number;
    return s;
  };
  return cc.checks.map((check, i) => {
    const b = i * 4;
    const left = sum(bounds[b] as number, bounds[b + 1] as number) - sum(bounds[b + 1] as number, bounds[b + 2] as number);
    const right = sum(bounds[b + 2] as number, bounds[b + 3] as number);
    const n = (bounds[b + 3] as number) - (bounds[b + 2] as number);
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
