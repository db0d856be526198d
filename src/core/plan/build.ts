/**
 * Report → workbook plan: the nine table sheets (values, formulas, styles, merges, print setup, hidden
 * keys and defined names) plus the hidden metadata sheet.
 *
 * Sheet layout of a table: row 1 hidden column keys; 2 title; 3 表号; 4 部门/年度/金额单位; then the header
 * rows, the body, one spacer row and the notes. The column after the table is hidden and holds each
 * row's keys, so the reader finds every cell id again after rows are inserted or deleted.
 */
import { getTemplate } from "../layouts/templates";
import type { Template } from "../layouts/types";
import { formatMoney, moneyToNumber } from "../money";
import { evaluate, indexInstances, type Evaluation } from "../model/evaluate";
import { splitCellId, type CellId, type Report } from "../model/report";
import { buildChecks } from "../rules/checks";
import { cellLabels } from "../rules/labels";
import { compileChecks, runChecks } from "../rules/run";
import { narrativeModel, narrativeRefs, renderWith } from "../narrative";
import { inputSheetPlan } from "../narrative/inputSheet";
import { narrativeSheetPlan } from "../narrative/narrativeSheet";
import { a1, absA1, quoteSheet } from "./a1";
import { CHECK_SHEET, checkSheet } from "./checkSheet";
import { expandTemplate } from "./expand";
import { exprToFormula, type CodeRange, type FormulaContext, type Place } from "./formula";
import { columnKeyText, type TableInstance } from "./instance";
import { textWidth, type PlanCell, type SheetPlan, type StyleKey, type WorkbookPlan } from "./sheet";

export const HEADER_TOP = 5;
export const META_SHEET = "_jsgk";
export const META_NAME = "JSGK_META";
export const KEY_MARK = "JSGK";

/** The defined name that locates a table's sheet and extent, whatever the sheet is called. */
export function tableName(tableId: string): string {
  return `JSGK_${tableId}`;
}

export interface BuildOptions {
  /** A blank template: code tables get empty input rows instead of the report's rows. */
  readonly blank?: boolean;
}

function bodyTop(inst: TableInstance): number {
  return HEADER_TOP + inst.layout.header.length;
}

export function buildWorkbookPlan(report: Report, options: BuildOptions = {}): WorkbookPlan {
  const template = getTemplate(report.templateId);
  if (!template) throw new Error(`unknown template ${report.templateId}`);
  const instances = expandTemplate(template, options.blank ? undefined : report.tables);
  const index = indexInstances(instances);
  const ev = evaluate(index, report.tables);

  const { places, codeRanges } = placeCells(instances);
  const ctxFor = (sheet: string): FormulaContext => ({
    sheet,
    place: (id) => {
      const p = places.get(id);
      if (!p) throw new Error(`no place for cell ${id}`);
      return p;
    },
    codeRange: (t) => {
      const r = codeRanges.get(t);
      if (!r) throw new Error(`no code table ${t}`);
      return r;
    },
  });

  const sheets = instances.map((inst) => tableSheet(inst, report, template, ev, ctxFor(inst.layout.number)));
  // The workbook holds every table of the template, so every check applies to it.
  const checks = buildChecks(template.rules, { instances, present: new Set(template.tables.map((t) => t.id)), labels: cellLabels(instances) });
  const results = runChecks(compileChecks(checks, ev.program), ev.values, report.tolerance);
  const check = checkSheet(results, report.tolerance, ctxFor(CHECK_SHEET));
  return { sheets: [...sheets, ...narrativeSheets(report, instances, ev, places), check, metaSheet(report, template)] };
}

/** 说明数据 (the narrative's inputs) and 情况说明 (its live text), both from the template's declaration. */
function narrativeSheets(report: Report, instances: readonly TableInstance[], ev: Evaluation, places: ReadonlyMap<CellId, Place>): SheetPlan[] {
  const model = narrativeModel(report, instances);
  const rendering = renderWith(model, report, ev);
  const refs = narrativeRefs((id) => places.get(id), model);
  return [inputSheetPlan(model.inputRows, report.inputs ?? {}), narrativeSheetPlan(model.blocks, rendering.blocks, refs)];
}

/** Where every amount cell of the generated sheets is, and the SUMIF ranges of the code tables. */
export function placeCells(instances: readonly TableInstance[]): { places: Map<CellId, Place>; codeRanges: Map<string, CodeRange> } {
  const places = new Map<CellId, Place>();
  const codeRanges = new Map<string, CodeRange>();
  for (const inst of instances) {
    const top = bodyTop(inst);
    inst.rows.forEach((row, r) =>
      row.cells.forEach((c, col) => {
        if (c.t === "amount") places.set(c.id, { sheet: inst.layout.number, row: top + r, col: col + 1 });
      }),
    );
    if (inst.dataRows) {
      const cols = inst.columns.map((c) => c.key);
      codeRanges.set(inst.layout.id, {
        sheet: inst.layout.number,
        firstRow: top + inst.dataRows[0],
        lastRow: top + inst.dataRows[1],
        codeCol: 1,
        colOf: (k) => cols.indexOf(k) + 1,
      });
    }
  }
  return { places, codeRanges };
}

/** Sheet row of a code table's row with this code, in a generated sheet (for findings without a workbook). */
export function codeRowPlace(inst: TableInstance, code: string): Place | undefined {
  const r = inst.rows.findIndex((row) => row.keys[0] === code);
  return r < 0 ? undefined : { sheet: inst.layout.number, row: bodyTop(inst) + r, col: 1 };
}

function headerCells(inst: TableInstance, rows: (PlanCell | undefined)[][], merges: string[]): void {
  inst.layout.header.forEach((line, r) => {
    const row = HEADER_TOP + r;
    rows[row - 1] = line.map((text) => ({ v: text === "<" || text === "^" ? null : /^\d+$/.test(text) ? Number(text) : text, s: "header" }));
    line.forEach((text, c) => {
      if (text === "<" || text === "^") return;
      let c2 = c;
      while (line[c2 + 1] === "<") c2++;
      let r2 = r;
      while (inst.layout.header[r2 + 1]?.[c] === "^") r2++;
      if (c2 > c || r2 > r) merges.push(`${a1(row, c + 1)}:${a1(HEADER_TOP + r2, c2 + 1)}`);
    });
  });
}

function tableSheet(inst: TableInstance, report: Report, template: Template, ev: Evaluation, ctx: FormulaContext): SheetPlan {
  const layout = inst.layout;
  const n = inst.columns.length;
  const keyCol = n + 1;
  const rows: (PlanCell | undefined)[][] = [];
  const merges: string[] = [];
  const span = (row: number, c1: number, c2: number) => {
    if (c2 > c1) merges.push(`${a1(row, c1)}:${a1(row, c2)}`);
  };

  rows[0] = [...inst.columns.map((c) => ({ v: columnKeyText(c), s: "key" as StyleKey })), { v: `${KEY_MARK}|${layout.id}|${template.id}|${template.version}`, s: "key" }];
  rows[1] = [{ v: layout.title, s: "title" }];
  span(2, 1, n);
  rows[2] = [];
  rows[2][n - 1] = { v: layout.number, s: "tableNo" };
  // 部门 | 年度 | 金额单位: thirds of the width, but the 部门 part spans as many columns as its text needs
  // (05 and 09 have a narrow code column first: one column would cut the name off), leaving one column
  // at least for each of the other two.
  const third = Math.max(1, Math.floor(n / 3));
  const deptText = `部门：${report.department}`;
  let left = third;
  for (let w = layout.widths.slice(0, left).reduce((a, b) => a + b, 0); w < textWidth(deptText) + 2 && left < n - 2; left++) w += layout.widths[left] ?? 10;
  const right = Math.min(third, n - left - 1);
  rows[3] = [];
  rows[3][0] = { v: deptText, s: "metaLeft" };
  rows[3][left] = { v: `${report.year} 年度`, s: "metaCenter" };
  rows[3][n - right] = { v: "金额单位：万元", s: "metaRight" };
  span(4, 1, left);
  span(4, left + 1, n - right);
  span(4, n - right + 1, n);
  headerCells(inst, rows, merges);

  const top = bodyTop(inst);
  const amountStyle: StyleKey = layout.zeroAs === "zero" ? "amountZero" : "amount";
  inst.rows.forEach((row, r) => {
    const sheetRow = top + r;
    const out: (PlanCell | undefined)[] = row.cells.map((c, col): PlanCell => {
      switch (c.t) {
        case "empty":
          return { v: null, s: "blank" };
        case "rowNo":
          return { v: c.n, s: "rowNo" };
        case "text":
          return { v: c.text, s: c.role === "label" && row.kind === "total" ? "labelTotal" : c.role };
        case "amount": {
          const { table, key } = splitCellId(c.id);
          const override = report.tables[table]?.overrides[key];
          if (override !== undefined && c.expr) {
            const computed = ev.formula(c.id) ?? 0;
            return { v: moneyToNumber(override), s: amountStyle, note: `按公开数录入；公式计算为 ${formatMoney(computed)} 万元。` };
          }
          const v = ev.value(c.id);
          if (c.expr) return { v: moneyToNumber(v), f: exprToFormula(c.expr, ctx, { sheet: layout.number, row: sheetRow, col: col + 1 }), s: amountStyle };
          return { v: v === 0 && layout.zeroAs === "blank" ? null : moneyToNumber(v), s: amountStyle };
        }
      }
    });
    out[keyCol - 1] = { v: row.keys.map((k) => k ?? "").join("|"), s: "key" };
    rows[sheetRow - 1] = out;
    for (const [a, b] of row.merges) span(sheetRow, a + 1, b + 1);
  });

  const bodyEnd = top + inst.rows.length - 1;
  layout.notes.forEach((text, i) => {
    const row = bodyEnd + 2 + i;
    rows[row - 1] = [{ v: text, s: "note" }];
    span(row, 1, n);
  });
  const lastRow = bodyEnd + 1 + layout.notes.length;
  const rowHeights: Record<number, number> = { 2: 30 };
  layout.header.forEach((line, i) => (rowHeights[HEADER_TOP + i] = headerHeight(line, layout.widths)));
  layout.notes.forEach((t, i) => (rowHeights[bodyEnd + 2 + i] = t.length > 60 ? 28 : 16));

  return {
    name: layout.number,
    tableId: layout.id,
    // Dense outer array: rows never written (none today) become empty rows, not holes.
    rows: Array.from(rows, (r) => r ?? []),
    merges,
    widths: [...layout.widths, 12],
    rowHeights,
    hiddenRows: [1],
    hiddenColumns: [keyCol],
    print: { orientation: layout.orientation, paper: "A4", fitToWidth: 1, fitToHeight: layout.kind === "codes" ? 0 : 1, titleRows: [HEADER_TOP, top - 1] },
    names: [{ name: tableName(layout.id), ref: `${quoteSheet(layout.number)}!${absA1(1, 1)}:${absA1(lastRow, keyCol)}` }],
    state: "visible",
  };
}

/** Row height (points) for a header line: enough lines for the longest label in its merged width. */
function headerHeight(line: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  line.forEach((text, c) => {
    if (text === "<" || text === "^") return;
    let w = widths[c] ?? 10;
    for (let k = c + 1; line[k] === "<"; k++) w += widths[k] ?? 10;
    lines = Math.max(lines, Math.ceil(textWidth(text) / Math.max(1, w - 1)));
  });
  return 8 + 13 * lines;
}

/** Hidden sheet with what the tables do not show: template, units, tolerance, and the list of overrides. */
function metaSheet(report: Report, template: Template): SheetPlan {
  const pairs: [string, string | number][] = [
    ["template", template.id],
    ["templateVersion", template.version],
    ["department", report.department],
    ["year", report.year],
    ["tolerance.name", report.tolerance.name],
    ["tolerance.perFigure", report.tolerance.perFigure],
    ["tolerance.sameFigure", report.tolerance.sameFigure],
    ...report.units.map((u): [string, string] => ["unit", u]),
  ];
  for (const [table, data] of Object.entries(report.tables)) {
    for (const [key, v] of Object.entries(data.overrides)) pairs.push(["override", `${table}.${key}=${formatMoney(v)}`]);
  }
  const rows = [["键", "值"], ...pairs].map((p) => p.map((v): PlanCell => ({ v, s: "plain" })));
  return {
    name: META_SHEET,
    rows,
    merges: [],
    widths: [20, 60],
    rowHeights: {},
    hiddenRows: [],
    hiddenColumns: [],
    names: [{ name: META_NAME, ref: `${quoteSheet(META_SHEET)}!$A$1:$B$${rows.length}` }],
    state: "hidden",
  };
}

