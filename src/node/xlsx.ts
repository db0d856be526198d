/** exceljs adapter: sheet plans → .xlsx, and .xlsx → grids for the core reader. */
import ExcelJS from "exceljs";
import { STYLES, type CellStyle, type SheetPlan, type WorkbookPlan } from "../core/plan/sheet";
import type { GridSheet, GridValue, WorkbookGrid } from "../core/read/grid";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = { name: style.font.name, size: style.font.size, ...(style.font.bold ? { bold: true } : {}) };
  if (style.align) {
    cell.alignment = {
      ...(style.align.h ? { horizontal: style.align.h } : {}),
      ...(style.align.v ? { vertical: style.align.v } : {}),
      ...(style.align.wrap ? { wrapText: true } : {}),
    };
  }
  if (style.border) cell.border = BORDER;
  if (style.numFmt) cell.numFmt = style.numFmt;
  else if (style.text) cell.numFmt = "@";
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = wb.addWorksheet(plan.name, { state: plan.state === "hidden" ? "hidden" : "visible" });
  plan.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  plan.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, col + 1);
      if (c.f !== undefined) cell.value = (c.v === null ? { formula: c.f } : { formula: c.f, result: c.v }) as ExcelJS.CellFormulaValue;
      else if (c.v !== null) cell.value = c.v;
      applyStyle(cell, STYLES[c.s]);
      if (c.note) cell.note = c.note;
    }),
  );
  for (const m of plan.merges) ws.mergeCells(m);
  for (const [r, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(r)).height = h;
  for (const r of plan.hiddenRows) ws.getRow(r).hidden = true;
  for (const c of plan.hiddenColumns) ws.getColumn(c).hidden = true;
  if (plan.print) {
    ws.pageSetup = {
      paperSize: 9,
      orientation: plan.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: plan.print.fitToHeight,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(plan.print.titleRows ? { printTitlesRow: `${plan.print.titleRows[0]}:${plan.print.titleRows[1]}` } : {}),
    };
  }
  for (const n of plan.names) wb.definedNames.add(n.ref, n.name);
}

export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算公开助手";
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  return wb;
}

export async function writePlan(plan: WorkbookPlan, file: string): Promise<void> {
  await planToWorkbook(plan).xlsx.writeFile(file);
}

export async function planToBuffer(plan: WorkbookPlan): Promise<Buffer> {
  return Buffer.from(await planToWorkbook(plan).xlsx.writeBuffer());
}

function gridValue(cell: ExcelJS.Cell): { v: GridValue; f: boolean } {
  if (cell.isMerged && cell.master !== cell) return { v: null, f: false };
  const v = cell.value;
  if (v === null || v === undefined) return { v: null, f: false };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { v, f: false };
  if (v instanceof Date) return { v: v.toISOString().slice(0, 10), f: false };
  if (typeof v === "object") {
    if ("error" in v) return { v: { error: String(v.error) }, f: false };
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return { v: null, f: true };
      if (typeof result === "object" && result !== null && "error" in result) return { v: { error: String((result as { error: unknown }).error) }, f: true };
      return { v: result as GridValue, f: true };
    }
    if ("richText" in v) return { v: v.richText.map((t) => t.text).join(""), f: false };
    if ("text" in v) return { v: String((v as { text: unknown }).text), f: false };
  }
  return { v: String(v), f: false };
}

/**
 * An exceljs workbook held in memory → grids (tests and the bench read generated plans this way; files are
 * read by the lean reader in src/xlsx). Rows are ragged like the lean reader's: each row as long as its last
 * filled cell, so a stray far cell or a sheet formatted to row 1,048,576 costs what its data costs
 * (ws.rowCount/columnCount count formatted cells, and columnCount walks every row on each call).
 */
export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets: GridSheet[] = wb.worksheets.map((ws) => {
    const rows: GridValue[][] = [];
    const formulas: boolean[][] = [];
    ws.eachRow((row, r) => {
      const values: GridValue[] = [];
      const f: boolean[] = [];
      row.eachCell((cell, c) => {
        const g = gridValue(cell);
        if (g.v === null && !g.f) return;
        while (values.length < c - 1) {
          values.push(null);
          f.push(false);
        }
        values[c - 1] = g.v;
        f[c - 1] = g.f;
      });
      if (values.length === 0) return;
      while (rows.length < r - 1) {
        rows.push([]);
        formulas.push([]);
      }
      rows[r - 1] = values;
      formulas[r - 1] = f;
    });
    return { name: ws.name, rows, formulas };
  });
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).flatMap((n) => n.ranges.slice(0, 1).map((ref) => ({ name: n.name, ref })));
  return { sheets, names };
}
