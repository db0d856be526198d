/**
 * Workbook grid → report. Tables are found by their defined names (which follow a renamed sheet), then by
 * the hidden key marker, then by title (a pasted table). Every unreadable cell becomes a finding naming it.
 */
import { DEFAULT_TEMPLATE_ID, getTemplate } from "../layouts/templates";
import type { TableLayout, Template } from "../layouts/types";
import type { CellRef, Finding } from "../model/finding";
import { readPrinted, type PrintedTable, type ReportHeader } from "../model/printed";
import { STANDARD_TOLERANCE, type Report } from "../model/report";
import { parseRangeRef } from "../plan/a1";
import { KEY_MARK, META_NAME, META_SHEET, tableName } from "../plan/build";
import { compactText, type GridSheet, type WorkbookGrid } from "./grid";
import { inputSheetOf, readInputs } from "./inputs";
import { readByLabels, readKeyed } from "./tables";

export interface ReadResult {
  /** Undefined when the workbook holds no table at all. */
  readonly report: Report | undefined;
  readonly findings: readonly Finding[];
  /** Where each table was found. */
  readonly sheets: Readonly<Record<string, string>>;
  /** Where each amount cell (and each 说明数据 input, as `input:<key>`) and each code row was read. */
  readonly locations: ReadonlyMap<string, CellRef>;
  readonly rowLocations: ReadonlyMap<string, CellRef>;
  /** The 说明数据 sheet and how many rows were read from it (new 项 rows are appended below). */
  readonly inputExtent?: { readonly sheet: string; readonly rows: number };
}

function sheetByName(grid: WorkbookGrid, name: string): GridSheet | undefined {
  return grid.sheets.find((s) => s.name === name);
}

function namedSheet(grid: WorkbookGrid, name: string): GridSheet | undefined {
  const ref = grid.names.find((n) => n.name === name)?.ref;
  const parsed = ref ? parseRangeRef(ref) : undefined;
  return parsed ? sheetByName(grid, parsed.sheet) : undefined;
}

function findMarker(sheet: GridSheet, tableId: string): { row: number; col: number } | undefined {
  const prefix = `${KEY_MARK}|${tableId}|`;
  for (let r = 0; r < Math.min(sheet.rows.length, 20); r++) {
    const c = (sheet.rows[r] ?? []).findIndex((v) => typeof v === "string" && v.startsWith(prefix));
    if (c >= 0) return { row: r + 1, col: c + 1 };
  }
  return undefined;
}

function findTitle(sheet: GridSheet, layout: TableLayout): number | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 12); r++) {
    if ((sheet.rows[r] ?? []).some((v) => compactText(v) === layout.title || compactText(v) === layout.number)) return r + 1;
  }
  return undefined;
}

function readMeta(grid: WorkbookGrid, findings: Finding[]): Partial<ReportHeader> {
  const sheet = namedSheet(grid, META_NAME) ?? sheetByName(grid, META_SHEET);
  if (!sheet) return {};
  const out: Partial<ReportHeader> & { units: string[] } = { units: [] };
  const tol = { ...STANDARD_TOLERANCE };
  sheet.rows.forEach((row, r) => {
    const key = String(row[0] ?? "");
    const raw = row[1] ?? null;
    const text = raw === null || typeof raw === "object" ? "" : String(raw);
    const bad = () => findings.push({ code: "read.bad-meta", severity: "warning", cells: [{ sheet: sheet.name, address: `B${r + 1}` }], params: { key, text } });
    if (key === "template") out.templateId = text;
    else if (key === "department") out.department = text;
    else if (key === "year") {
      if (Number.isInteger(Number(text))) out.year = Number(text);
      else bad();
    }
    else if (key === "unit" && text) out.units.push(text);
    else if (key === "tolerance.name") tol.name = text;
    else if (key === "tolerance.perFigure" || key === "tolerance.sameFigure") {
      const n = Number(text);
      if (Number.isFinite(n) && n >= 0) tol[key === "tolerance.perFigure" ? "perFigure" : "sameFigure"] = n;
      else bad();
    }
  });
  return { ...out, tolerance: tol };
}

/** 部门 and 年度 from a table's header lines, for workbooks without metadata. */
function headerFromSheet(sheet: GridSheet): { department?: string; year?: number } {
  const out: { department?: string; year?: number } = {};
  for (let r = 1; r <= Math.min(sheet.rows.length, 12); r++) {
    for (const v of sheet.rows[r - 1] ?? []) {
      const t = compactText(v);
      const dept = /^部门[：:](.+)$/.exec(t);
      if (dept && !out.department) out.department = dept[1];
      const year = /^(\d{4})年度$/.exec(t);
      if (year && !out.year) out.year = Number(year[1]);
    }
  }
  return out;
}

export function readWorkbook(grid: WorkbookGrid): ReadResult {
  const findings: Finding[] = [];
  const meta = readMeta(grid, findings);
  let template: Template | undefined = getTemplate(meta.templateId ?? DEFAULT_TEMPLATE_ID);
  if (!template) {
    findings.push({ code: "read.unknown-template", severity: "warning", cells: [], params: { template: meta.templateId ?? "" } });
    template = getTemplate(DEFAULT_TEMPLATE_ID) as Template;
  }
  const printed: Record<string, PrintedTable> = {};
  const sheets: Record<string, string> = {};
  const locations = new Map<string, CellRef>();
  const rowLocations = new Map<string, CellRef>();
  let fromSheet: { department?: string; year?: number } = {};
  for (const layout of template.tables) {
    const candidates = [namedSheet(grid, tableName(layout.id)), ...grid.sheets].filter((s): s is GridSheet => s !== undefined);
    let read: ReturnType<typeof readKeyed> | undefined;
    let where: GridSheet | undefined;
    for (const sheet of candidates) {
      const marker = findMarker(sheet, layout.id);
      if (marker) {
        read = readKeyed(sheet, layout, marker.row, marker.col);
        where = sheet;
        break;
      }
    }
    if (!read) {
      for (const sheet of grid.sheets) {
        const title = findTitle(sheet, layout);
        if (title === undefined) continue;
        read = readByLabels(sheet, layout, template, title);
        if (read) {
          where = sheet;
          break;
        }
      }
    }
    if (!read || !where) {
      findings.push({ code: "read.table-missing", severity: "warning", cells: [], params: { table: layout.number, title: layout.title } });
      continue;
    }
    printed[layout.id] = read.printed;
    sheets[layout.id] = where.name;
    findings.push(...read.findings);
    for (const [k, v] of read.locations) locations.set(k, v);
    for (const [k, v] of read.rowLocations) rowLocations.set(k, v);
    if (!fromSheet.department) fromSheet = headerFromSheet(where);
  }
  if (Object.keys(printed).length === 0) {
    return { report: undefined, findings: [{ code: "read.no-tables", severity: "error", cells: [], params: {} }], sheets, locations, rowLocations };
  }
  const header: ReportHeader = {
    templateId: template.id,
    department: meta.department ?? fromSheet.department ?? "",
    year: meta.year ?? fromSheet.year ?? 0,
    units: meta.units ?? [],
    tolerance: meta.tolerance ?? STANDARD_TOLERANCE,
  };
  const { report, unreadable, recomputed } = readPrinted(header, printed);
  for (const { table, key } of unreadable) {
    const cell = locations.get(`${table}.${key}`);
    findings.push({ code: "read.formula-no-value", severity: "error", cells: cell ? [cell] : [], params: {} });
  }
  if (recomputed > 0) findings.push({ code: "read.recalculated", severity: "info", cells: [], params: { count: recomputed } });
  const inputSheet = inputSheetOf(grid);
  if (inputSheet) {
    const read = readInputs(inputSheet);
    findings.push(...read.findings);
    for (const [k, v] of read.locations) locations.set(k, v);
    sheets.inputs = inputSheet.name;
    const inputExtent = { sheet: inputSheet.name, rows: inputSheet.rows.length };
    // An empty 说明数据 sheet is the same report as none (the JSON and round trips stay identical).
    const withInputs = Object.keys(read.inputs).length > 0 ? { ...report, inputs: read.inputs } : report;
    return { report: withInputs, findings, sheets, locations, rowLocations, inputExtent };
  }
  return { report, findings, sheets, locations, rowLocations };
}

