/**
 * Report JSON (docs/report-format.md) → Report, validated. Every problem names its JSON path and is
 * rendered from the zh-CN catalog; a report is returned only when there is none.
 */
import { visit } from "jsonc-parser";
import { codeLevel } from "../catalog/functional";
import { inputFieldOf } from "../narrative/inputSheet";
import { DEFAULT_TEMPLATE_ID, getTemplate, templateIds } from "../layouts/templates";
import type { Template } from "../layouts/types";
import { hasAtMostTwoDecimals, moneyFromNumber, type Money } from "../money";
import { expandTable, tableCodes } from "../plan/expand";
import { STANDARD_TOLERANCE, type Report, type TableData, type Tolerance } from "./report";

export interface JsonProblem {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

class Checker {
  readonly problems: JsonProblem[] = [];
  add(code: string, params: Record<string, string | number>): void {
    this.problems.push({ code, params });
  }
  fields(o: Obj, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.add("json.unknown-field", { path: join(path, k) });
  }
  string(o: Obj, key: string, path: string, required: boolean): string | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.add("json.required", { path: join(path, key) });
      return undefined;
    }
    if (typeof v !== "string" || v.trim() === "") {
      this.add("json.type", { path: join(path, key), expected: "非空文本" });
      return undefined;
    }
    return v.trim();
  }
  amount(v: unknown, path: string): Money | undefined {
    const m = typeof v === "number" && hasAtMostTwoDecimals(v) ? moneyFromNumber(v) : undefined;
    if (m === undefined) this.add("json.bad-amount", { path, value: JSON.stringify(v) ?? String(v) });
    return m;
  }
  /** Entered amounts drop zeros (a blank cell); overrides keep them (a printed 0 where the formula gives more). */
  amounts(v: unknown, path: string, keepZero = false): Record<string, Money> {
    const out: Record<string, Money> = {};
    if (v === undefined) return out;
    if (!isObj(v)) {
      this.add("json.type", { path, expected: "对象（单元格 → 金额）" });
      return out;
    }
    for (const [k, x] of Object.entries(v)) {
      const m = this.amount(x, join(path, k));
      if (m !== undefined && (keepZero || m !== 0)) out[k] = m;
    }
    return out;
  }
}

/** Every key that appears twice in one object, with the JSON paths of both (jsonc-parser's visitor). */
function duplicateKeys(text: string): { path: string; firstLine: number; line: number }[] {
  const out: { path: string; firstLine: number; line: number }[] = [];
  const stack: Map<string, number>[] = [];
  visit(text, {
    onObjectBegin: () => void stack.push(new Map()),
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (property, _offset, _length, line, _col, pathSupplier) => {
      const keys = stack[stack.length - 1];
      if (!keys) return;
      const first = keys.get(property);
      if (first === undefined) keys.set(property, line + 1);
      else out.push({ path: join(pathSupplier().reduce<string>((p, k) => join(p, k), ""), property), firstLine: first, line: line + 1 });
    },
  });
  return out;
}

function join(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function tableByKey(template: Template, key: string) {
  return template.tables.find((t) => t.id === key || t.number === key);
}

function readTolerance(c: Checker, v: unknown): Tolerance {
  if (v === undefined) return STANDARD_TOLERANCE;
  if (!isObj(v)) {
    c.add("json.type", { path: "tolerance", expected: "对象" });
    return STANDARD_TOLERANCE;
  }
  c.fields(v, "tolerance", ["name", "perFigure", "sameFigure"]);
  const num = (k: "perFigure" | "sameFigure"): number => {
    const x = v[k];
    if (x === undefined) return STANDARD_TOLERANCE[k];
    if (typeof x !== "number" || !(x >= 0 && x < 1)) {
      c.add("json.type", { path: `tolerance.${k}`, expected: "0 到 1 之间的数（万元）" });
      return STANDARD_TOLERANCE[k];
    }
    return x;
  };
  return { name: typeof v.name === "string" ? v.name : "custom", perFigure: num("perFigure"), sameFigure: num("sameFigure") };
}

function readTable(c: Checker, template: Template, key: string, v: unknown): [string, TableData] | undefined {
  const path = `tables.${key}`;
  const layout = tableByKey(template, key);
  if (!layout) {
    c.add("json.unknown-table", { path, value: key, options: template.tables.map((t) => t.id).join("、") });
    return undefined;
  }
  if (!isObj(v)) {
    c.add("json.type", { path, expected: "对象" });
    return undefined;
  }
  const data: TableData = { amounts: {}, overrides: {} };
  if (layout.kind === "codes") {
    c.fields(v, path, ["rows", "overrides"]);
    const rows = v.rows ?? [];
    if (!Array.isArray(rows)) c.add("json.type", { path: `${path}.rows`, expected: "数组" });
    else {
      data.codes = [];
      data.names = {};
      const seen = new Map<string, string>();
      rows.forEach((row: unknown, i) => {
        const rp = join(`${path}.rows`, i);
        if (!isObj(row)) return c.add("json.type", { path: rp, expected: "对象" });
        c.fields(row, rp, ["code", "name", "amounts"]);
        const code = typeof row.code === "number" ? String(row.code) : c.string(row, "code", rp, true);
        if (code === undefined) return;
        if (codeLevel(code) === undefined) return c.add("json.bad-code", { path: `${rp}.code`, value: code });
        // A second row of the same code would silently replace the first one's amounts.
        const first = seen.get(code);
        if (first !== undefined) return c.add("json.duplicate-code", { path: `${rp}.code`, first: `${first}.code`, value: code });
        seen.set(code, rp);
        data.codes?.push(code);
        const name = c.string(row, "name", rp, false);
        if (name !== undefined && data.names) data.names[code] = name;
        for (const [col, m] of Object.entries(c.amounts(row.amounts, `${rp}.amounts`))) data.amounts[`${code}.${col}`] = m;
      });
      if (data.names && Object.keys(data.names).length === 0) delete data.names;
      data.codes = tableCodes(data);
    }
  } else {
    c.fields(v, path, ["amounts", "overrides"]);
    data.amounts = c.amounts(v.amounts, `${path}.amounts`);
  }
  data.overrides = c.amounts(v.overrides, `${path}.overrides`, true);
  // Cell keys must exist, entered amounts only on entered cells, overrides only on derived cells.
  const inst = expandTable(layout, template, data);
  const derived = new Map<string, boolean>();
  for (const row of inst.rows) for (const cell of row.cells) if (cell.t === "amount") derived.set(cell.id.slice(layout.id.length + 1), cell.expr !== undefined);
  const check = (which: "amounts" | "overrides", wantDerived: boolean) => {
    for (const k of Object.keys(data[which])) {
      const d = derived.get(k);
      if (d === undefined || d !== wantDerived) {
        c.add(d === undefined ? "json.bad-key" : wantDerived ? "json.not-derived" : "json.derived-cell", { path: `${path}.${which}`, value: k });
        delete data[which][k];
      }
    }
  };
  check("amounts", false);
  check("overrides", true);
  return [layout.id, data];
}

/** 说明数据: key → 万元 / 分 (≤ 2 decimals), a count (integer ≥ 0) or a text, by the key's field. */
function readInputs(c: Checker, v: unknown): Record<string, number | string> | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) {
    c.add("json.type", { path: "inputs", expected: "对象（说明数据项 → 值）" });
    return undefined;
  }
  const out: Record<string, number | string> = {};
  for (const [k, x] of Object.entries(v)) {
    const path = join("inputs", k);
    const field = inputFieldOf(k);
    if (!field) c.add("json.unknown-field", { path });
    else if (field.kind === "text") {
      if (typeof x === "string") out[k] = x;
      else c.add("json.type", { path, expected: "文本" });
    } else if (field.kind === "count") {
      if (Number.isInteger(x) && (x as number) >= 0) out[k] = x as number;
      else c.add("json.type", { path, expected: "非负整数" });
    } else {
      const m = c.amount(x, path);
      if (m !== undefined) out[k] = m;
    }
  }
  return out;
}

export function reportFromJson(text: string): { report?: Report; problems: JsonProblem[] } {
  const c = new Checker();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { problems: [{ code: "json.syntax", params: { detail: e instanceof Error ? e.message : String(e) } }] };
  }
  // JSON.parse keeps the last of two equal keys and drops the first without a word.
  for (const d of duplicateKeys(text)) c.add("json.duplicate-key", d);
  if (!isObj(doc)) return { problems: [{ code: "json.type", params: { path: "（根）", expected: "对象" } }] };
  c.fields(doc, "", ["template", "department", "year", "units", "tolerance", "tables", "inputs"]);
  const templateId = c.string(doc, "template", "", false) ?? DEFAULT_TEMPLATE_ID;
  const template = getTemplate(templateId);
  if (!template) c.add("json.unknown-template", { path: "template", value: templateId, options: templateIds().join("、") });
  const department = c.string(doc, "department", "", true);
  // "2024" is a year written as text: take it as the number it plainly is.
  const year = typeof doc.year === "string" && /^\s*\d{4}\s*$/.test(doc.year) ? Number(doc.year) : doc.year;
  if (year === undefined) c.add("json.required", { path: "year" });
  else if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2100) c.add("json.bad-year", { path: "year", value: String(year) });
  const units: string[] = [];
  if (doc.units !== undefined) {
    if (!Array.isArray(doc.units)) c.add("json.type", { path: "units", expected: "文本数组" });
    else doc.units.forEach((u, i) => (typeof u === "string" && u.trim() ? units.push(u.trim()) : c.add("json.type", { path: join("units", i), expected: "非空文本" })));
  }
  const tolerance = readTolerance(c, doc.tolerance);
  const tables: Record<string, TableData> = {};
  if (doc.tables !== undefined && !isObj(doc.tables)) c.add("json.type", { path: "tables", expected: "对象" });
  else if (template && isObj(doc.tables)) {
    for (const [k, v] of Object.entries(doc.tables)) {
      const t = readTable(c, template, k, v);
      if (t) tables[t[0]] = t[1];
    }
  }
  const inputs = readInputs(c, doc.inputs);
  if (c.problems.length > 0 || !template || department === undefined) return { problems: c.problems };
  const report: Report = { templateId, department, year: year as number, units, tolerance, tables };
  return { report: inputs ? { ...report, inputs } : report, problems: [] };
}

/** Report → the JSON form that reportFromJson reads (used by `jsgk demo --json` and the tests). */
export function reportToJson(report: Report): string {
  const template = getTemplate(report.templateId);
  const tables: Record<string, unknown> = {};
  for (const [id, data] of Object.entries(report.tables)) {
    const layout = template?.tables.find((t) => t.id === id);
    const amounts = (rec: Record<string, Money>) => Object.fromEntries(Object.entries(rec).map(([k, m]) => [k, m / 100]));
    const overrides = Object.keys(data.overrides).length ? { overrides: amounts(data.overrides) } : {};
    if (layout?.kind === "codes") {
      const rows = (data.codes ?? []).map((code) => {
        const own = Object.entries(data.amounts).filter(([k]) => k.startsWith(`${code}.`));
        return {
          code,
          ...(data.names?.[code] !== undefined ? { name: data.names[code] } : {}),
          ...(own.length ? { amounts: Object.fromEntries(own.map(([k, m]) => [k.slice(code.length + 1), m / 100])) } : {}),
        };
      });
      tables[id] = { rows, ...overrides };
    } else tables[id] = { amounts: amounts(data.amounts), ...overrides };
  }
  const { perFigure, sameFigure, name } = report.tolerance;
  const inputs = report.inputs
    ? { inputs: Object.fromEntries(Object.entries(report.inputs).map(([k, x]) => [k, typeof x === "number" && inputFieldOf(k)?.kind !== "count" ? x / 100 : x])) }
    : {};
  return JSON.stringify(
    { template: report.templateId, department: report.department, year: report.year, units: report.units, tolerance: { name, perFigure, sameFigure }, tables, ...inputs },
    null,
    2,
  );
}
