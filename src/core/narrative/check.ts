/**
 * 表文一致性检查 (domain.md §4.5 N1–N4): a published or drafted 情况说明 is matched, sentence by sentence,
 * against the report's own rendering — each rendered sentence becomes a pattern whose figures, rates and
 * direction words are capture groups and whose input texts and lists are wildcards — and every captured
 * value is compared with what the tables and 说明数据 give. Sentences no pattern fits are listed as
 * 未能核对 (unless they print a rate the declaration leaves out for a zero base: N4).
 */
import { economicSubjects } from "../catalog/economic";
import type { CellRef, Finding } from "../model/finding";
import type { CellId, Report } from "../model/report";
import { cellLabels } from "../rules/labels";
import { formatHundredths } from "./render";
import { inputLabel, narrativeShape, renderWith } from "./index";
import type { RenderedBlock, Segment } from "./types";

/** White space dropped, thousands separators removed, half-width punctuation folded to full width. */
export function normalizeNarrative(text: string): string {
  return text
    .replace(/\s+/g, "")
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
    .replace(/[(),:;]/g, (c) => ({ "(": "（", ")": "）", ",": "，", ":": "：", ";": "；" })[c] ?? c);
}

/** Sentences after normalizing, split after each 。. */
export function narrativeSentences(text: string): string[] {
  return normalizeNarrative(text)
    .split(/(?<=。)/)
    .filter((s) => s !== "");
}

/** "…，主要原因是无" and the like: residue the wording rules forbid, stripped before matching. */
const NO_REASON = /，?(决算数[^，。；]*?)?(的)?主要原因(是|：)?无等?(?=。)/g;

interface Pattern {
  readonly regex: RegExp;
  readonly slots: readonly Segment[];
  readonly blocks: readonly string[];
}

const SLOT_RE: Readonly<Record<string, string>> = {
  num: "(-?\\d+(?:\\.\\d+)?)",
  diff: "(-?\\d+(?:\\.\\d+)?)",
  pct: "(\\d+(?:\\.\\d+)?)",
  word: "(增加|减少|持平|增长|降低|下降|大于|小于|等于)",
  text: "([^。]*?)",
  list: "([^。]*?)",
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The rendering as sentence patterns, in order: split after each 。 of the literal text — except a 。
 * right after an input text, which may itself hold several sentences (the pattern runs on to the next
 * literal anchor) — and around title/heading/subheading blocks, which end without a 。.
 */
function patterns(blocks: readonly RenderedBlock[]): Pattern[] {
  const out: Pattern[] = [];
  let re = "";
  let literal = 0;
  let slots: Segment[] = [];
  let ids = new Set<string>();
  let own = "";
  // A sentence that is all input text ("[概述]。") would match anything: it matches only its own text.
  const push = () => {
    if (literal > 2) out.push({ regex: new RegExp(re, "y"), slots, blocks: [...ids] });
    else if (own.length > literal) out.push({ regex: new RegExp(escape(own), "y"), slots: [], blocks: [...ids] });
    own = "";
    re = "";
    literal = 0;
    slots = [];
    ids = new Set();
  };
  for (const b of blocks) {
    if (b.kind !== "para") push();
    ids.add(b.id);
    let afterText = false;
    for (const seg of b.segments) {
      if (seg.slot && SLOT_RE[seg.slot]) {
        // An input text of several sentences (a project's results) may span 。: the pattern runs on.
        afterText = seg.slot === "text" && seg.text.includes("。");
        re += afterText ? "(.*?)" : SLOT_RE[seg.slot];
        own += normalizeNarrative(seg.text);
        slots.push(seg);
        continue;
      }
      const pieces = normalizeNarrative(seg.text).split(/(?<=。)/);
      pieces.forEach((piece, i) => {
        re += escape(piece);
        own += piece;
        literal += piece.length;
        const runsOn = afterText && i === 0 && piece === "。";
        if (piece.endsWith("。") && !runsOn) push();
      });
      afterText = false;
    }
    if (b.kind !== "para") push();
  }
  push();
  return out;
}

export interface NarrativeCheck {
  readonly findings: readonly Finding[];
  readonly sentences: number;
  readonly matched: number;
  readonly unverified: readonly string[];
}

export interface CheckNarrativeOptions {
  /** Where cells were read (`input:<key>` for 说明数据), to name them in findings. */
  readonly locations?: ReadonlyMap<string, CellRef>;
}

/** 06 款 names → codes (the names in a 四 list). */
const ECON_CODE = new Map(economicSubjects().filter((e) => e.code.length === 5).map((e) => [e.name, e.code]));

const toHundredths = (s: string): number => Math.round(Number(s) * 100);
const WORD_SAME: Readonly<Record<string, string>> = { 下降: "降低" };
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 58)}…` : s);

export function checkNarrative(report: Report, text: string, options: CheckNarrativeOptions = {}): NarrativeCheck {
  const { instances, model, ev } = narrativeShape(report);
  const rendering = renderWith(model, report, ev);
  const labels = cellLabels(instances);
  const label = (id: string) => (id.startsWith("input:") ? `说明数据“${inputLabel(model, id.slice(6))}”` : (labels.get(id) ?? id));
  const refs = (ids: readonly string[]): CellRef[] => ids.flatMap((id) => {
    const c = options.locations?.get(id);
    return c ? [c] : [];
  });
  const pats = patterns(rendering.blocks);
  const findings: Finding[] = [];
  const unverified: string[] = [];
  // Residue the wording rules forbid ("…，主要原因是无") is set aside before matching.
  const body = normalizeNarrative(text).replace(NO_REASON, "");
  let matched = 0;
  let context: readonly string[] = [];
  let cursor = 0;
  const pending: string[] = [];

  const finding = (code: string, severity: Finding["severity"], sentence: string, ids: readonly string[], params: Record<string, string | number>, nums?: { expected: number; actual: number }) =>
    findings.push({
      code,
      severity,
      cells: refs(ids),
      ...(nums ? { expected: nums.expected / 100, actual: nums.actual / 100, diff: Math.abs(nums.actual - nums.expected) / 100 } : {}),
      params: { sentence: short(sentence), ...params },
    });

  const compare = (sentence: string, slot: Segment, quoted: string) => {
    const sources = slot.sources ?? [];
    const source = label(sources[0] ?? "");
    if (slot.slot === "num" || slot.slot === "diff") {
      const a = toHundredths(quoted);
      const e = toHundredths(slot.text);
      if (a !== e) {
        const d = formatHundredths(Math.abs(a - e));
        const severity = Math.abs(a - e) <= Math.round(report.tolerance.sameFigure * 100) ? "warning" : "error";
        finding("narrative.amount", severity, sentence, sources, { quoted, source, value: slot.text, diff: d }, { expected: e, actual: a });
        return;
      }
      for (const other of slot.also ?? []) {
        const v = ev.value(other as CellId);
        if (v === a) continue;
        const severity = Math.abs(a - v) <= Math.round(report.tolerance.sameFigure * 100) ? "warning" : "error";
        finding("narrative.amount-also", severity, sentence, [...sources, other], { quoted, source, other: label(other), value: formatHundredths(v), diff: formatHundredths(Math.abs(a - v)) }, { expected: v, actual: a });
      }
    } else if (slot.slot === "pct") {
      // A narrative percentage re-checked from printed figures may be 0.01 off (domain.md §4.4).
      if (Math.abs(toHundredths(quoted) - toHundredths(slot.text)) > 1) finding("narrative.percent", "error", sentence, sources, { quoted, value: slot.text, source });
    } else if (slot.slot === "list") {
      // N6: an economic item named in a 06 list must be one with spending.
      for (const name of quoted.split("、")) {
        const code = ECON_CODE.get(name);
        if (code && ev.value(`T06.${code}.amt`) === 0) finding("narrative.zero-item", "warning", sentence, [`T06.${code}.amt`], { quoted: name, source: label(`T06.${code}.amt`) });
      }
    } else if (slot.slot === "word") {
      const q = WORD_SAME[quoted] ?? quoted;
      if (q !== slot.text) finding("narrative.direction", "error", sentence, sources, { quoted, value: slot.text, source });
    }
  };

  /** An unmatched sentence that prints a rate the declaration leaves out for a zero base nearby: N4. */
  const zeroBaseRates = (sentence: string, blocks: readonly string[]): boolean => {
    let found = false;
    for (const m of sentence.matchAll(/(完成(?:年初)?预算的|增长|降低|下降|占[^，。；]*?的)(\d+(?:\.\d+)?)%/g)) {
      const lead = m[1] ?? "";
      const kind = lead.startsWith("完成") ? "完成" : lead.startsWith("占") ? "占" : "growth";
      const z = rendering.zeroBases.find(
        (zb) => blocks.includes(zb.block) && (kind === "growth" ? /增长|降低/.test(zb.lead) : zb.lead.includes(kind)) && (kind !== "占" || zb.lead.includes(lead.slice(1, -1))),
      );
      if (!z) continue;
      found = true;
      const base = z.sources.length > 1 ? `${label(z.sources[0] ?? "")}等 ${z.sources.length} 项之和` : label(z.sources[0] ?? "");
      finding("narrative.zero-base", "error", sentence, z.sources, { quoted: m[2] ?? "", base });
    }
    return found;
  };

  const settle = (next: readonly string[]) => {
    const around = [...context, ...next];
    for (const s of pending) {
      if (zeroBaseRates(s, around)) matched++;
      else unverified.push(s);
    }
    pending.length = 0;
  };

  let pos = 0;
  while (pos < body.length) {
    // Sentences follow the declaration's order: search from the last match on, then from the start,
    // so generic sentences ("完成预算的…%，决算数小于预算数…") match the item they belong to.
    let hit: { p: Pattern; m: RegExpExecArray; at: number } | undefined;
    for (let k = 0; k < pats.length && !hit; k++) {
      const at = (cursor + k) % pats.length;
      const p = pats[at]!;
      p.regex.lastIndex = pos;
      const m = p.regex.exec(body);
      if (m && m[0].length > 0) hit = { p, m, at };
    }
    if (!hit) {
      const stop = body.indexOf("。", pos);
      const end = stop < 0 ? body.length : stop + 1;
      pending.push(body.slice(pos, end));
      pos = end;
      continue;
    }
    settle(hit.p.blocks);
    context = hit.p.blocks;
    cursor = hit.at + 1;
    matched++;
    const sentence = hit.m[0];
    hit.p.slots.forEach((slot, i) => compare(sentence, slot, hit.m[i + 1] ?? ""));
    pos += sentence.length;
  }
  settle([]);
  for (const s of unverified) findings.push({ code: "narrative.unverified", severity: "info", cells: [], params: { sentence: short(s) } });
  return { findings, sentences: matched + unverified.length, matched, unverified };
}
