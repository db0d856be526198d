/**
 * Sentences of a narrative for comparison with a published text: white space and punctuation width are
 * PDF-extraction noise (the seed mixes "(" and "（", breaks lines mid-number), and numbers are compared
 * as numbers (the seed prints 100% and 100.00%, 10 万元 and 10.00 万元 alike).
 */
import { normalizeNarrative } from "../../src/core/narrative/check";

/** The narrative check's normalization, and numbers without trailing zeros. */
export function normalize(text: string): string {
  return normalizeNarrative(text).replace(/\d+\.\d+/g, (n) => n.replace(/\.?0+$/, ""));
}

/** Normalized sentences, split after each 。. */
export function sentences(text: string): string[] {
  return normalize(text)
    .split(/(?<=。)/)
    .filter((s) => s !== "");
}

export interface SentenceDiff {
  readonly seed: string;
  readonly ours: string;
}

/** Aligns two sentence lists (LCS) and returns the pairs that differ; an unmatched side is "". */
export function diffSentences(seed: readonly string[], ours: readonly string[]): SentenceDiff[] {
  const n = seed.length;
  const m = ours.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = seed[i] === ours[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: SentenceDiff[] = [];
  let i = 0;
  let j = 0;
  let pendingSeed: string[] = [];
  let pendingOurs: string[] = [];
  const flush = () => {
    const k = Math.max(pendingSeed.length, pendingOurs.length);
    for (let x = 0; x < k; x++) out.push({ seed: pendingSeed[x] ?? "", ours: pendingOurs[x] ?? "" });
    pendingSeed = [];
    pendingOurs = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && seed[i] === ours[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) pendingSeed.push(seed[i++]!);
    else pendingOurs.push(ours[j++]!);
  }
  flush();
  return out;
}
