/**
 * The text rendering of a narrative declaration: the one evaluator of its parts in TypeScript. Every
 * figure carries the cells it comes from; a missing required text becomes a visible placeholder and is
 * reported, so a gap never passes silently into a published report.
 */
import { TREND_WORDS, type Wording } from "../figures";
import { roundRatio } from "../decimal";
import { formatMoney, type Money } from "../money";
import type { CellId } from "../model/report";
import { blankLabel, type Inputs } from "./inputs";
import type { Block, Cond, Missing, Num, NumFormat, Part, RenderedBlock, Segment, TextMissing } from "./types";

export interface NarrativeValues {
  /** The value a table cell shows (integer hundredths of 万元). */
  cell(id: CellId): Money;
  readonly inputs: Inputs;
}

export const PLACEHOLDER: Readonly<Record<TextMissing, string>> = { reason: "【请填写原因】", text: "【请填写】" };

/** What stands in for a figure whose 说明数据 input was never entered: never a 0 stated as fact. */
export const inputPlaceholder = (key: string): string => `【请填写${blankLabel(key)}】`;

export interface MissingText {
  readonly block: string;
  readonly key: string;
  readonly kind: Missing;
}

/** A rate the declaration leaves out because its base is zero (what a published text must not print). */
export interface ZeroBase {
  readonly block: string;
  /** The text that would have led into the rate ("，占收入总计的", "完成预算的", or the word 增长). */
  readonly lead: string;
  readonly sources: readonly string[];
}

export interface Rendering {
  readonly blocks: readonly RenderedBlock[];
  readonly missing: readonly MissingText[];
  readonly zeroBases: readonly ZeroBase[];
}

export const inputSource = (key: string): string => `input:${key}`;

/** A numeric input that was never entered (an entered 0 is a value, and keeps the zero-base rules). */
export function isBlankInput(key: string, inputs: Inputs): boolean {
  const v = inputs[key];
  return v === undefined || v === "";
}

/** The 说明数据 inputs a figure reads. */
export function inputsOf(n: Num): string[] {
  if ("cell" in n) return [];
  if ("input" in n) return [n.input];
  if ("sum" in n) return n.sum.flatMap(inputsOf);
  return [...inputsOf(n.minus[0]), ...inputsOf(n.minus[1])];
}

function condInputs(c: Cond): string[] {
  if ("nonZero" in c) return inputsOf(c.nonZero);
  if ("equal" in c) return [...inputsOf(c.equal[0]), ...inputsOf(c.equal[1])];
  if ("filled" in c) return [];
  if ("not" in c) return condInputs(c.not);
  return c.all.flatMap(condInputs);
}

/**
 * The numeric inputs a part itself reads, in order (for a condition: the condition's, not its branches').
 * A part reading a blank one is replaced by the placeholder of the first blank one — unless an earlier
 * part of the same list reads that input too (it already shows the placeholder, or the value): a clause
 * never states a figure that was not entered, and a paragraph names each gap once. formula.ts applies
 * the same rule live.
 */
export function partInputs(p: Part): string[] {
  if (typeof p === "string" || "text" in p || "join" in p) return [];
  if ("num" in p) return inputsOf(p.num);
  if ("pct" in p) return [...inputsOf(p.pct), ...inputsOf(p.of)];
  if ("diff" in p) return [...inputsOf(p.diff[0]), ...inputsOf(p.diff[1])];
  if ("word" in p) return [...inputsOf(p.word[0]), ...inputsOf(p.word[1])];
  return condInputs(p.if);
}

/** Value of a figure in its natural unit (hundredths for money and scores, units for counts). */
export function numValue(n: Num, values: NarrativeValues): number {
  if ("cell" in n) return values.cell(n.cell);
  if ("input" in n) {
    const v = values.inputs[n.input];
    return typeof v === "number" ? v : 0;
  }
  if ("sum" in n) return n.sum.reduce((a, x) => a + numValue(x, values), 0);
  return numValue(n.minus[0], values) - numValue(n.minus[1], values);
}

export function numSources(n: Num): string[] {
  if ("cell" in n) return [n.cell];
  if ("input" in n) return [inputSource(n.input)];
  if ("sum" in n) return n.sum.flatMap(numSources);
  return [...numSources(n.minus[0]), ...numSources(n.minus[1])];
}

/** 2 decimals, no thousands separator (as the narratives print amounts). */
export function formatHundredths(v: number): string {
  return formatMoney(v).replace(/,/g, "");
}

export function formatNum(v: number, fmt: NumFormat): string {
  if (fmt === "count") return String(v);
  const s = formatHundredths(v);
  return fmt === "score" ? s.replace(/\.?0+$/, "") : s;
}

/** |n| / |of| as a percentage with 2 decimals, half-up, exact on the integers (of ≠ 0). */
export function percentText(n: number, of: number): string {
  // roundRatio is exact on the decimals; its 2-decimal result prints exactly with toFixed(2).
  return (roundRatio(Math.abs(n), Math.abs(of), 2, 100) ?? NaN).toFixed(2);
}

/** A text input as the sentence uses it: one trailing 。 dropped (the sentence supplies its own). */
export function textValue(key: string, inputs: Inputs): string {
  const raw = inputs[key];
  const s = raw === undefined ? "" : String(raw);
  return s.endsWith("。") ? s.slice(0, -1) : s;
}

export function condHolds(c: Cond, values: NarrativeValues): boolean {
  if ("nonZero" in c) return numValue(c.nonZero, values) !== 0;
  if ("equal" in c) return numValue(c.equal[0], values) === numValue(c.equal[1], values);
  if ("filled" in c) return textValue(c.filled, values.inputs) !== "";
  if ("not" in c) return !condHolds(c.not, values);
  return c.all.every((x) => condHolds(x, values));
}

interface Out {
  readonly segments: Segment[];
  readonly missing: MissingText[];
  readonly zeroBases: ZeroBase[];
  readonly block: string;
}

function alsoCells(n: Num, values: NarrativeValues): CellId[] | undefined {
  if (!("cell" in n) || !n.also) return undefined;
  return n.also.flatMap((a) => (typeof a === "string" ? [a] : condHolds(a.when, values) ? [a.cell] : []));
}

function renderParts(parts: readonly Part[], values: NarrativeValues, out: Out, before: ReadonlySet<string> = new Set()): void {
  const seen = new Set(before);
  for (const p of parts) {
    const reads = partInputs(p);
    const blanks = reads.filter((k) => isBlankInput(k, values.inputs));
    const key = blanks[0];
    for (const k of blanks) out.missing.push({ block: out.block, key: k, kind: "input" });
    if (key !== undefined) {
      if (!seen.has(key)) out.segments.push({ text: inputPlaceholder(key), sources: blanks.map(inputSource), missing: true, slot: "text" });
    } else if (typeof p === "string") {
      out.segments.push({ text: p });
    } else if ("num" in p) {
      const also = alsoCells(p.num, values);
      out.segments.push({ text: formatNum(numValue(p.num, values), p.fmt ?? "money"), sources: numSources(p.num), slot: "num", ...(also?.length ? { also } : {}) });
    } else if ("pct" in p) {
      const of = numValue(p.of, values);
      if (of !== 0) out.segments.push({ text: percentText(numValue(p.pct, values), of), sources: [...numSources(p.pct), ...numSources(p.of)], slot: "pct" });
    } else if ("diff" in p) {
      const d = numValue(p.diff[0], values) - numValue(p.diff[1], values);
      out.segments.push({ text: formatHundredths(Math.abs(d)), sources: [...numSources(p.diff[0]), ...numSources(p.diff[1])], slot: "diff" });
    } else if ("word" in p) {
      const text = wordFor(numValue(p.word[0], values), numValue(p.word[1], values), p.words);
      out.segments.push({ text, sources: [...numSources(p.word[0]), ...numSources(p.word[1])], slot: "word" });
    } else if ("text" in p) {
      const s = textValue(p.text, values.inputs);
      if (s !== "") out.segments.push({ text: s, sources: [inputSource(p.text)], slot: "text" });
      else {
        out.segments.push({ text: PLACEHOLDER[p.missing], sources: [inputSource(p.text)], missing: true, slot: "text" });
        out.missing.push({ block: out.block, key: p.text, kind: p.missing });
      }
    } else if ("if" in p) {
      const holds = condHolds(p.if, values);
      if (!holds) noteZeroBases(p.then, values, out);
      renderParts(holds ? p.then : (p.else ?? []), values, out, seen);
    } else {
      // A list renders as one run, so a published text's own list can stand in its place when matching.
      const items: Segment[] = [];
      const inner: Out = { ...out, segments: items };
      let first = true;
      for (const item of p.join) {
        if (!condHolds(item.when, values)) continue;
        if (!first) items.push({ text: p.sep });
        first = false;
        renderParts(item.parts, values, inner, seen);
      }
      if (items.length > 0) out.segments.push({ text: items.map((x) => x.text).join(""), sources: items.flatMap((x) => x.sources ?? []), slot: "list" });
    }
    for (const k of reads) seen.add(k);
  }
}

/** Rates in a branch not taken because their base is zero, with the text that leads into them. */
function noteZeroBases(parts: readonly Part[], values: NarrativeValues, out: Out): void {
  let lead = "";
  for (const p of parts) {
    if (typeof p === "string") lead = p;
    else if ("word" in p) lead = wordFor(numValue(p.word[0], values), numValue(p.word[1], values), p.words);
    else if ("pct" in p && numValue(p.of, values) === 0) out.zeroBases.push({ block: out.block, lead, sources: numSources(p.of) });
    else if ("if" in p) noteZeroBases([...p.then, ...(p.else ?? [])], values, out);
  }
}

export function wordFor(a: number, b: number, words: Wording): string {
  const w = TREND_WORDS[words];
  return a > b ? w[0] : a < b ? w[1] : w[2];
}

/** Adjacent literal runs merged, so segments are runs of plain text and figures. */
function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && !last.sources && !s.sources && !last.missing && !s.missing) out[out.length - 1] = { text: last.text + s.text };
    else if (s.text !== "" || s.missing) out.push(s);
  }
  return out;
}

/** Renders every block; blocks whose text is empty are left out. */
export function renderNarrative(blocks: readonly Block[], values: NarrativeValues): Rendering {
  const rendered: RenderedBlock[] = [];
  const missing: MissingText[] = [];
  const zeroBases: ZeroBase[] = [];
  for (const b of blocks) {
    const out: Out = { segments: [], missing, zeroBases, block: b.id };
    const before = missing.length;
    renderParts(b.parts, values, out);
    const merged = merge(out.segments);
    if (merged.length === 0) {
      missing.length = before;
      continue;
    }
    rendered.push({ id: b.id, kind: b.kind, segments: merged });
  }
  return { blocks: rendered, missing, zeroBases };
}
