/**
 * The live rendering: each block becomes one built-in text formula over the table and 说明数据 cells, so
 * the 情况说明 sheet follows every edit in Excel, WPS and LibreOffice without the add-in. Only functions
 * the three share are used: IF, AND, NOT, ROUND, ABS, TEXT, MID, LEN, LEFT, RIGHT and &.
 * The parts mean exactly what render.ts computes; the LibreOffice differential test holds them together.
 */
import type { CellId } from "../model/report";
import { TREND_WORDS } from "../figures";
import { PLACEHOLDER, inputPlaceholder, partInputs } from "./render";
import type { Cond, Num, Part } from "./types";

export interface NarrativeRefs {
  cell(id: CellId): string;
  input(key: string): string;
}

/** Excel caps a string constant at 255 characters. */
export function literal(s: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < s.length; i += 250) chunks.push(`"${s.slice(i, i + 250).replace(/"/g, '""')}"`);
  return chunks.length === 0 ? '""' : chunks.join("&");
}

function num(n: Num, refs: NarrativeRefs): string {
  if ("cell" in n) return refs.cell(n.cell);
  if ("input" in n) return `N(${refs.input(n.input)})`;
  if ("sum" in n) return `(${n.sum.map((x) => num(x, refs)).join("+")})`;
  return `(${num(n.minus[0], refs)}-${num(n.minus[1], refs)})`;
}

/** The compared difference at 2 decimals (cells hold 万元 with binary noise from SUM). */
const delta = (a: Num, b: Num, refs: NarrativeRefs): string => `ROUND(${num(a, refs)}-${num(b, refs)},2)`;

function cond(c: Cond, refs: NarrativeRefs): string {
  if ("nonZero" in c) return `ROUND(${num(c.nonZero, refs)},2)<>0`;
  if ("equal" in c) return `${delta(c.equal[0], c.equal[1], refs)}=0`;
  if ("filled" in c) return `${textExpr(c.filled, refs)}<>""`;
  if ("not" in c) return `NOT(${cond(c.not, refs)})`;
  return `AND(${c.all.map((x) => cond(x, refs)).join(",")})`;
}

/** A text input without one trailing 。, as render.ts textValue. */
function textExpr(key: string, refs: NarrativeRefs): string {
  const r = `${refs.input(key)}&""`;
  return `IF(RIGHT(${r},1)="。",LEFT(${r},LEN(${r})-1),${r})`;
}

function part(p: Part, refs: NarrativeRefs, seen: ReadonlySet<string>, known: ReadonlySet<string>): string {
  if (typeof p === "string") return literal(p);
  if ("num" in p) {
    const fmt = p.fmt ?? "money";
    const x = num(p.num, refs);
    return fmt === "money" ? `TEXT(${x},"0.00")` : fmt === "count" ? `TEXT(${x},"0")` : `ROUND(${x},2)&""`;
  }
  if ("pct" in p) {
    const of = num(p.of, refs);
    return `IF(ROUND(${of},2)=0,"",TEXT(ROUND(ABS(${num(p.pct, refs)}/${of})*100,2),"0.00"))`;
  }
  if ("diff" in p) return `TEXT(ABS(${delta(p.diff[0], p.diff[1], refs)}),"0.00")`;
  if ("word" in p) {
    const d = delta(p.word[0], p.word[1], refs);
    const [more, less, same] = TREND_WORDS[p.words];
    return `IF(${d}>0,"${more}",IF(${d}<0,"${less}","${same}"))`;
  }
  if ("text" in p) {
    const t = textExpr(p.text, refs);
    return `IF(${t}="",${literal(PLACEHOLDER[p.missing])},${t})`;
  }
  if ("if" in p) {
    // Inside either branch the condition's inputs are filled (a blank one replaced the whole part).
    const filled = new Set([...known, ...partInputs(p)]);
    return `IF(${cond(p.if, refs)},${parts(p.then, refs, seen, filled)},${parts(p.else ?? [], refs, seen, filled)})`;
  }
  // A list: every item that holds contributes separator + text; the leading separator is cut off.
  const items = p.join.map((it) => `IF(${cond(it.when, refs)},${literal(p.sep)}&${parts(it.parts, refs, seen, known)},"")`);
  if (items.length === 0) return '""';
  return `MID(${items.join("&")},${p.sep.length + 1},32767)`;
}

/** render.ts's rule for blank inputs, live: the first blank input a part reads replaces the part with its
 * placeholder, or with nothing when an earlier part of the list reads that input too. */
function guarded(p: Part, refs: NarrativeRefs, seen: ReadonlySet<string>, known: ReadonlySet<string>): string {
  const reads = [...new Set(partInputs(p))].filter((k) => !known.has(k));
  let out = part(p, refs, seen, known);
  // Nested from the last input to the first, so the first blank one decides.
  for (const k of [...reads].reverse()) out = `IF(${refs.input(k)}&""="",${seen.has(k) ? '""' : literal(inputPlaceholder(k))},${out})`;
  return out;
}

/** `before`: inputs read by earlier parts of the enclosing list; `known`: inputs certainly filled here. */
export function parts(ps: readonly Part[], refs: NarrativeRefs, before: ReadonlySet<string> = new Set(), known: ReadonlySet<string> = new Set()): string {
  if (ps.length === 0) return '""';
  // Adjacent literals are joined first: shorter formulas, fewer 255-character constants.
  const merged: Part[] = [];
  for (const p of ps) {
    const last = merged[merged.length - 1];
    if (typeof p === "string" && typeof last === "string") merged[merged.length - 1] = last + p;
    else merged.push(p);
  }
  const seen = new Set(before);
  return merged
    .map((p) => {
      const f = guarded(p, refs, seen, known);
      for (const k of partInputs(p)) seen.add(k);
      return f;
    })
    .join("&");
}
