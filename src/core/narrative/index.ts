/**
 * The 情况说明 of a report: its declaration (from the template and the report's structure), the text
 * rendering with sources, the findings for missing texts, and the two generated sheets.
 */
import { getTemplate } from "../layouts/templates";
import { evaluate, indexInstances, type CellIndex, type Evaluation } from "../model/evaluate";
import { compileProgram, type CellProgram } from "../model/program";
import { shapeKey } from "../rules";
import type { CellRef, Finding } from "../model/finding";
import type { Report } from "../model/report";
import { a1, absA1, quoteSheet } from "../plan/a1";
import { expandTemplate } from "../plan/expand";
import type { Place } from "../plan/formula";
import type { TableInstance } from "../plan/instance";
import { BLANK_PROJECT_ROWS, itemKey, itemRows, projectCount, type ItemRow } from "./inputs";
import { INPUT_NAME, INPUT_SHEET, inputPlaces, inputRows, inputSheetPlan, itemRowCells, rowFields, type InputRow } from "./inputSheet";
import type { PlanCell, SheetPlan } from "../plan/sheet";
import type { NarrativeRefs } from "./formula";
import { narrativeSheetPlan } from "./narrativeSheet";
import { inputPlaceholder, renderNarrative, type MissingText, type Rendering } from "./render";
import type { Block } from "./types";

export interface NarrativeModel {
  readonly blocks: readonly Block[];
  readonly items: readonly ItemRow[];
  readonly projectRows: number;
  readonly inputRows: readonly InputRow[];
  readonly inputPlaces: ReadonlyMap<string, Place>;
}

export function narrativeModel(report: Report, instances: readonly TableInstance[]): NarrativeModel {
  const template = getTemplate(report.templateId);
  if (!template) throw new Error(`unknown template ${report.templateId}`);
  const items = itemRows(instances);
  const projectRows = Math.max(projectCount(report.inputs), BLANK_PROJECT_ROWS);
  const rows = inputRows(items, projectRows);
  return { blocks: template.narrative({ year: report.year, items, projectRows }), items, projectRows, inputRows: rows, inputPlaces: inputPlaces(rows) };
}

export function renderWith(model: NarrativeModel, report: Report, ev: Evaluation): Rendering {
  return renderNarrative(model.blocks, { cell: (id) => ev.value(id), inputs: report.inputs ?? {} });
}

/** What a missing input is called in a message: its label, with the 项 or project it belongs to. */
export function inputLabel(model: NarrativeModel, key: string): string {
  const item = /^item\.(T\d\d)\.(\d+)\.(\w+)$/.exec(key);
  if (item) {
    const row = model.items.find((i) => i.table === item[1] && i.code === item[2]);
    const f = rowFields(`item.${item[1]}.${item[2]}`).find((x) => x.key === key);
    return `${item[2]} ${row?.name ?? ""}的${f?.field.label ?? item[3]}`;
  }
  const project = /^project\.(\d+)\.(\w+)$/.exec(key);
  if (project) {
    const f = rowFields(`project.${project[1]}`).find((x) => x.key === key);
    return `第 ${project[1]} 个绩效项目的${f?.field.label ?? project[2]}`;
  }
  return rowFields(key)[0]?.field.label ?? key;
}

export function missingFindings(model: NarrativeModel, missing: readonly MissingText[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const m of missing) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    const p = model.inputPlaces.get(m.key);
    out.push({
      code: m.kind === "reason" ? "narrative.missing-reason" : m.kind === "input" ? "narrative.missing-input" : "narrative.missing-text",
      severity: "warning",
      cells: p ? [{ sheet: INPUT_SHEET, address: a1(p.row, p.col), id: `input:${m.key}` }] : [],
      params: { field: inputLabel(model, m.key), ...(m.kind === "input" ? { placeholder: inputPlaceholder(m.key) } : {}) },
    });
  }
  return out;
}

/** Findings' cells moved to where a workbook was read (rows inserted, sheets renamed). */
export function relocateFindings(findings: readonly Finding[], locations: ReadonlyMap<string, CellRef>): Finding[] {
  return findings.map((f) => ({ ...f, cells: f.cells.map((c) => (c.id && locations.get(c.id)) || c) }));
}

export interface Narration extends Rendering {
  readonly model: NarrativeModel;
  readonly findings: readonly Finding[];
}

interface Shape {
  readonly instances: readonly TableInstance[];
  readonly index: CellIndex;
  readonly program: CellProgram;
  readonly model: NarrativeModel;
}

const shapes = new Map<string, Shape>();
const CACHE_SIZE = 4;

/**
 * What depends only on the report's shape — rows, names, year, project rows — is built once per shape,
 * as the rules do: re-rendering after an edit of figures or texts is one pass of the cell program.
 */
function shapeOf(report: Report): Shape {
  const names = Object.entries(report.tables).map(([t, d]) => `${t}:${JSON.stringify(d.names ?? {})}`);
  const key = `${shapeKey(report, new Set(Object.keys(report.tables)))}|${names.join(";")}|${report.year}|${projectCount(report.inputs)}`;
  const hit = shapes.get(key);
  if (hit) return hit;
  const template = getTemplate(report.templateId);
  if (!template) throw new Error(`unknown template ${report.templateId}`);
  const instances = expandTemplate(template, report.tables);
  const index = indexInstances(instances);
  const shape = { instances, index, program: compileProgram(index), model: narrativeModel(report, instances) };
  if (shapes.size >= CACHE_SIZE) shapes.delete(shapes.keys().next().value as string);
  shapes.set(key, shape);
  return shape;
}

/** The text rendering of a report's 情况说明 and its missing-text findings. */
export function narrateReport(report: Report): Narration {
  const { index, program, model } = shapeOf(report);
  const rendering = renderWith(model, report, evaluate(index, report.tables, program));
  return { ...rendering, model, findings: missingFindings(model, rendering.missing) };
}

/** The shape's table instances and an evaluation of the report's figures (for the narrative check). */
export function narrativeShape(report: Report): { instances: readonly TableInstance[]; model: NarrativeModel; ev: Evaluation } {
  const { instances, index, program, model } = shapeOf(report);
  return { instances, model, ev: evaluate(index, report.tables, program) };
}

const placeRef = (p: Place) => `${quoteSheet(p.sheet)}!${absA1(p.row, p.col)}`;
const cellRefText = (c: CellRef) => `${quoteSheet(c.sheet)}!${absAddress(c.address)}`;
const absAddress = (address: string): string => address.replace(/^\$?([A-Z]+)\$?(\d+)$/i, "$$$1$$$2");

/** A table cell the workbook lacks (a row not present) is a zero; an input without a cell is blank. */
function refsOf(cell: (id: string) => string | undefined, input: (key: string) => string | undefined): NarrativeRefs {
  return { cell: (id) => cell(id) ?? "0", input: (key) => input(key) ?? '""' };
}

/** References for the live formulas: table cells where the plan put them, inputs in 说明数据. */
export function narrativeRefs(cellPlace: (id: string) => Place | undefined, model: NarrativeModel): NarrativeRefs {
  return refsOf(
    (id) => {
      const p = cellPlace(id);
      return p && placeRef(p);
    },
    (key) => {
      const p = model.inputPlaces.get(key);
      if (!p) throw new Error(`no input cell ${key}`);
      return placeRef(p);
    },
  );
}

export interface WorkbookNarrative {
  readonly narration: Narration;
  /** The 情况说明 sheet, its formulas pointing at the cells where they were read. */
  readonly sheet: SheetPlan;
  /** A 说明数据 sheet to create, when the workbook has none. */
  readonly inputSheet?: SheetPlan;
  /** 项 rows to append to an existing 说明数据 sheet (项 added to 05/08/09 after it was made). */
  readonly appendInputs?: InputAppend;
}

export interface InputAppend {
  readonly sheet: string;
  /** First sheet row to write (1-based). */
  readonly firstRow: number;
  readonly rows: readonly (readonly PlanCell[])[];
  /** JSGK_INPUTS redefined over the grown sheet. */
  readonly name: { readonly name: string; readonly ref: string };
}

/**
 * The narrative of a workbook that was read (the add-in's 插入到工作表): formulas refer to the cells the
 * reader found, so rows the user inserted are followed. A 项 of 05/08/09 without a row in 说明数据 (added
 * after the sheet was made) gets one appended below `inputExtent`, so the 说明数据 rows follow the table
 * rows; without an extent, its inputs read as blank and show as placeholders.
 */
export function narrativeForWorkbook(
  report: Report,
  locations: ReadonlyMap<string, CellRef>,
  inputExtent?: { readonly sheet: string; readonly rows: number },
): WorkbookNarrative {
  const narration = narrateReport(report);
  const model = narration.model;
  const hasInputs = [...locations.keys()].some((k) => k.startsWith("input:"));
  const known = new Map(locations);
  let appendInputs: InputAppend | undefined;
  if (hasInputs && inputExtent) {
    const missing = model.items.filter((it) => !known.has(`input:${itemKey(it.table, it.code, "budget")}`));
    if (missing.length > 0) {
      const firstRow = inputExtent.rows + 1;
      missing.forEach((it, i) => {
        for (const f of rowFields(`item.${it.table}.${it.code}`)) known.set(`input:${f.key}`, { sheet: inputExtent.sheet, address: a1(firstRow + i, f.col), id: `input:${f.key}` });
      });
      appendInputs = {
        sheet: inputExtent.sheet,
        firstRow,
        rows: missing.map((it) => itemRowCells(it, report.inputs ?? {})),
        name: { name: INPUT_NAME, ref: `${quoteSheet(inputExtent.sheet)}!${absA1(1, 1)}:${absA1(firstRow + missing.length - 1, 8)}` },
      };
    }
  }
  const located = (id: string) => {
    const c = known.get(id);
    return c && cellRefText(c);
  };
  // Without a 说明数据 sheet, the inputs are where the one created with this sheet puts them.
  const generated = (key: string) => {
    const p = model.inputPlaces.get(key);
    return p && placeRef(p);
  };
  const refs = refsOf(located, hasInputs ? (key) => located(`input:${key}`) : generated);
  const sheet = narrativeSheetPlan(model.blocks, narration.blocks, refs);
  if (!hasInputs) return { narration, sheet, inputSheet: inputSheetPlan(model.inputRows, report.inputs ?? {}) };
  return appendInputs ? { narration, sheet, appendInputs } : { narration, sheet };
}
