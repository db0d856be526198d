/** Small constructors that keep the sentence declarations readable. */
import type { CellId } from "../model/report";
import type { Also, Block, BlockKind, Cond, Num, Part } from "./types";

export const cell = (id: CellId, ...also: Also[]): Num => (also.length > 0 ? { cell: id, also } : { cell: id });
export const input = (key: string): Num => ({ input: key });
export const sum = (...nums: Num[]): Num => ({ sum: nums });
export const minus = (a: Num, b: Num): Num => ({ minus: [a, b] });

export const money = (n: Num): Part => ({ num: n, fmt: "money" });
export const count = (n: Num): Part => ({ num: n, fmt: "count" });
export const score = (n: Num): Part => ({ num: n, fmt: "score" });
export const pct = (n: Num, of: Num): Part => ({ pct: n, of });
export const diff = (a: Num, b: Num): Part => ({ diff: [a, b] });
export const reason = (key: string): Part => ({ text: key, missing: "reason" });
export const text = (key: string): Part => ({ text: key, missing: "text" });

export const nonZero = (n: Num): Cond => ({ nonZero: n });
export const equal = (a: Num, b: Num): Cond => ({ equal: [a, b] });
export const filled = (key: string): Cond => ({ filled: key });
export const not = (c: Cond): Cond => ({ not: c });

export const when = (c: Cond, then: readonly Part[], otherwise?: readonly Part[]): Part => (otherwise ? { if: c, then, else: otherwise } : { if: c, then });

export const block = (id: string, kind: BlockKind, ...parts: Part[]): Block => ({ id, kind, parts });

/**
 * A change against 上年: "{before}增加x万元，增长p%{after}", the rate only for a non-zero base; `equal`
 * when the two agree at 2 decimals (then no reason is asked for: nothing changed).
 */
export function changeClause(cur: Num, prior: Num, parts: { before?: readonly Part[]; after?: readonly Part[]; equal?: readonly Part[] } = {}): Part {
  return when(equal(cur, prior), parts.equal ?? ["持平"], [
    ...(parts.before ?? []),
    { word: [cur, prior], words: "change" },
    diff(cur, prior),
    "万元",
    when(nonZero(prior), ["，", { word: [cur, prior], words: "growth" }, pct(minus(cur, prior), prior), "%"]),
    ...(parts.after ?? []),
  ]);
}

/** "，占{label}的p%" — nothing when the denominator is 0 (no rate against a zero base). */
export const shareClause = (n: Num, of: Num, label: string): Part => when(nonZero(of), [`，占${label}的`, pct(n, of), "%"]);
