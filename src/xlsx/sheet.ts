/**
 * One worksheet part → grid rows. Only filled cells are kept (a value, or a formula); rows and cells that
 * carry formatting alone are skipped, so a sheet "formatted to row 1,048,576" costs what its data costs.
 * Rows are ragged (each as long as its last filled cell) and a stray value far away costs one short row.
 */
import { WorkbookFileError, type ReadLimits } from "../core/read/limits";
import type { GridValue } from "../core/read/grid";
import { parseXml } from "./xml";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const EMPTY: readonly GridValue[] = Object.freeze([]);
const NO_FORMULAS: readonly boolean[] = Object.freeze([]);

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Whether the cell style with this index shows a date (numbers then read as ISO dates, as exceljs does). */
  readonly isDateStyle: (style: number) => boolean;
  readonly date1904: boolean;
  readonly limits: ReadLimits;
}

export interface SheetCells {
  readonly rows: readonly (readonly GridValue[])[];
  readonly formulas: readonly (readonly boolean[])[];
}

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** "B12" → [12, 2]; undefined for anything else. */
function parseAddress(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  return m ? [Number(m[2]), colNumber(m[1] as string)] : undefined;
}

function serialToIso(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}

/** The `<dimension ref>` a writer declares near the top of the part, as a number of cells (rows × columns). */
export function declaredArea(head: string): number | undefined {
  const m = /<(?:\w+:)?dimension\s+ref="([^"]+)"/.exec(head);
  if (!m) return undefined;
  const [a = "", b = a] = (m[1] as string).split(":");
  const from = parseAddress(a);
  const to = parseAddress(b);
  if (!from || !to) return undefined;
  return (Math.abs(to[0] - from[0]) + 1) * (Math.abs(to[1] - from[1]) + 1);
}

export function parseSheet(xml: string, part: string, sheetName: string, ctx: SheetContext): SheetCells {
  const rows: GridValue[][] = [];
  const formulas: boolean[][] = [];
  const merges: string[] = [];
  let filled = 0;
  let rowNo = 0;
  let colNo = 0;
  // The cell being read.
  let ref: [number, number] | undefined;
  let type = "n";
  let style = 0;
  let value: string | undefined;
  let inline = "";
  let hasFormula = false;
  const put = (row: number, col: number, v: GridValue, f: boolean) => {
    if (row > MAX_ROW || col > MAX_COL || row < 1 || col < 1) throw new WorkbookFileError("file.damaged-part", { part });
    if (++filled > ctx.limits.maxCellsPerSheet) throw new WorkbookFileError("file.too-many-cells", { sheet: sheetName, limit: ctx.limits.maxCellsPerSheet });
    const values = (rows[row - 1] ??= []);
    const fs = (formulas[row - 1] ??= []);
    while (values.length < col - 1) {
      values.push(null);
      fs.push(false);
    }
    values[col - 1] = v;
    fs[col - 1] = f;
  };
  const cellValue = (): GridValue => {
    if (type === "inlineStr") return inline;
    if (value === undefined) return null;
    switch (type) {
      case "s": {
        const s = ctx.sharedStrings[Number(value)];
        if (s === undefined) throw new WorkbookFileError("file.damaged-part", { part });
        return s;
      }
      case "str":
        return value;
      case "b":
        return value === "1" || value === "true";
      case "e":
        return { error: value };
      case "d":
        return value.slice(0, 10);
      default: {
        const n = Number(value);
        if (value.trim() === "" || !Number.isFinite(n)) return value;
        return ctx.isDateStyle(style) ? serialToIso(n, ctx.date1904) : n;
      }
    }
  };
  parseXml(xml, part, {
    wantText: (name) => name === "v" || name === "t",
    open(name, a) {
      if (name === "row") {
        rowNo = a.r ? Number(a.r) : rowNo + 1;
        colNo = 0;
      } else if (name === "c") {
        const at = a.r ? parseAddress(a.r) : undefined;
        colNo = at ? at[1] : colNo + 1;
        ref = at ?? [rowNo, colNo];
        type = a.t ?? "n";
        style = a.s ? Number(a.s) : 0;
        value = undefined;
        inline = "";
        hasFormula = false;
      } else if (name === "f") hasFormula = true;
      else if (name === "mergeCell" && a.ref) merges.push(a.ref);
    },
    close(name, text) {
      if (name === "v") value = text;
      else if (name === "t" && type === "inlineStr") inline += text;
      else if (name === "c" && ref) {
        const v = cellValue();
        if (v !== null || hasFormula) put(ref[0], ref[1], v, hasFormula);
        ref = undefined;
      }
    },
  });
  // Merged areas show their first cell only (the others are hidden by Excel, whatever they hold).
  for (const m of merges) {
    const [a = "", b = a] = m.split(":");
    const from = parseAddress(a);
    const to = parseAddress(b);
    if (!from || !to) continue;
    for (let r = from[0]; r <= Math.min(to[0], rows.length); r++) {
      const values = rows[r - 1];
      if (!values) continue;
      for (let c = from[1]; c <= Math.min(to[1], values.length); c++) {
        if (r === from[0] && c === from[1]) continue;
        values[c - 1] = null;
        (formulas[r - 1] as boolean[])[c - 1] = false;
      }
    }
  }
  for (let r = 0; r < rows.length; r++) {
    if (!rows[r]) {
      rows[r] = EMPTY as GridValue[];
      formulas[r] = NO_FORMULAS as boolean[];
    }
  }
  return { rows, formulas };
}
