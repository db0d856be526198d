/**
 * The in-memory workbook behind the host fake: cells with values, formulas and formats, merges, hidden
 * rows and columns, names, notes and comments. Formulas are computed with HyperFormula when read, so what
 * the add-in reads back is what Excel would show.
 */
import { HyperFormula } from "hyperformula";
import { parseA1 } from "../../core/plan/a1";

export interface CellFormat {
  fill: string | null;
  fontColor: string;
  fontName: string;
  fontSize: number;
  bold: boolean;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  border: boolean;
  numberFormat: string;
}

export const DEFAULT_FORMAT: CellFormat = {
  fill: null,
  fontColor: "#000000",
  fontName: "等线",
  fontSize: 11,
  bold: false,
  horizontal: "General",
  vertical: "Bottom",
  wrap: false,
  border: false,
  numberFormat: "General",
};

export interface Cell {
  value: string | number | boolean | null;
  formula: string | null;
  format: CellFormat;
}

export class FakeSheet {
  readonly cells = new Map<string, Cell>();
  readonly merges: string[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  visibility = "Visible";
  /** Worksheet protection: writes to a protected sheet fail. */
  protected = false;
  pageLayout: Record<string, unknown> = {};
  constructor(public name: string) {}
  cell(row: number, col: number): Cell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: null, formula: null, format: { ...DEFAULT_FORMAT } }));
    return c;
  }
  peek(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  private cachedExtent: { rows: number; cols: number } | undefined;
  /** Forget the cached extent (the model calls this on every change of values or formulas). */
  invalidate(): void {
    this.cachedExtent = undefined;
  }
  extent(): { rows: number; cols: number } {
    if (this.cachedExtent) return this.cachedExtent;
    let rows = 0;
    let cols = 0;
    for (const [k, c] of this.cells) {
      if (c.value === null && c.formula === null) continue;
      const [r, col] = k.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r);
      cols = Math.max(cols, col);
    }
    this.cachedExtent = { rows, cols };
    return this.cachedExtent;
  }
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1", "A1:C3", "A:A", "2:2" → rectangle (1-based, inclusive). */
export function parseRect(address: string): Rect {
  const [p, q = p] = address.replace(/\$/g, "").split(":") as [string, string?];
  const whole = (s: string) => /^[A-Z]+$/i.test(s) ? "col" : /^\d+$/.test(s) ? "row" : "cell";
  if (whole(p) === "col") return { top: 1, bottom: 1_048_576, left: parseA1(`${p}1`)?.col ?? 1, right: parseA1(`${q}1`)?.col ?? 1 };
  if (whole(p) === "row") return { left: 1, right: 16_384, top: Number(p), bottom: Number(q) };
  const a = parseA1(p) ?? { row: 1, col: 1 };
  const b = parseA1(q as string) ?? a;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function splitRef(ref: string): { sheet?: string; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { address: ref };
  const s = ref.slice(0, bang).replace(/^=/, "");
  return { sheet: s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s, address: ref.slice(bang + 1) };
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  notes = new Map<string, string>();
  comments = new Map<string, string>();
  selection: { sheet: string; address: string } | null = null;
  /** Workbook structure protection: adding, deleting, renaming or hiding sheets fails. */
  structureProtected = false;
  syncs = 0;
  /** The largest request so far, in UTF-8 bytes (the bench reports it against the 5 MB limit). */
  largestRequest = 0;
  private engine: { hf: HyperFormula; ids: Map<string, number> } | null = null;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  /** Excel finds sheets by name ignoring case. */
  sheetNamed(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }
  changed(): void {
    for (const s of this.sheets) s.invalidate();
    this.engine?.hf.destroy();
    this.engine = null;
  }
  /** The value a cell shows: its constant, or its formula computed over the whole workbook. */
  shown(sheet: FakeSheet, row: number, col: number): string | number | boolean | null {
    const c = sheet.peek(row, col);
    if (!c) return null;
    if (c.formula === null) return c.value;
    const e = this.compute();
    const v = e.hf.getCellValue({ sheet: e.ids.get(sheet.name) as number, row: row - 1, col: col - 1 });
    if (v === null || v === undefined) return 0;
    if (typeof v === "object") return (v as { value?: string }).value ?? "#VALUE!";
    return v as string | number | boolean;
  }
  private compute(): { hf: HyperFormula; ids: Map<string, number> } {
    if (this.engine) return this.engine;
    const data: Record<string, (string | number | boolean | null)[][]> = {};
    for (const s of this.sheets) {
      const { rows, cols } = s.extent();
      data[s.name] = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const cell = s.peek(r + 1, c + 1);
          if (!cell) return null;
          if (cell.formula !== null) return cell.formula;
          // Text that looks like a number stays text, as in a cell formatted "@".
          return typeof cell.value === "string" && /^[\d.+-]/.test(cell.value) ? `'${cell.value}` : cell.value;
        }),
      );
    }
    const hf = HyperFormula.buildFromSheets(data, { licenseKey: "gpl-v3" });
    const ids = new Map(this.sheets.map((s) => [s.name, hf.getSheetId(s.name) as number]));
    this.engine = { hf, ids };
    return this.engine;
  }
  /** A snapshot that survives "save and reopen" (what a file would keep). */
  serialize(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({ ...s, cells: [...s.cells], hiddenRows: [...s.hiddenRows], hiddenColumns: [...s.hiddenColumns], columnWidths: [...s.columnWidths], rowHeights: [...s.rowHeights] })),
      names: [...this.names],
      notes: [...this.notes],
      comments: [...this.comments],
    });
  }
  static deserialize(text: string): FakeWorkbookModel {
    const d = JSON.parse(text) as {
      sheets: { name: string; cells: [string, Cell][]; merges: string[]; hiddenRows: number[]; hiddenColumns: number[]; columnWidths: [number, number][]; rowHeights: [number, number][]; visibility: string; pageLayout: Record<string, unknown> }[];
      names: [string, string][];
      notes: [string, string][];
      comments: [string, string][];
    };
    const m = new FakeWorkbookModel();
    for (const s of d.sheets) {
      const sh = new FakeSheet(s.name);
      s.cells.forEach(([k, c]) => sh.cells.set(k, c));
      sh.merges.push(...s.merges);
      s.hiddenRows.forEach((r) => sh.hiddenRows.add(r));
      s.hiddenColumns.forEach((c) => sh.hiddenColumns.add(c));
      s.columnWidths.forEach(([c, w]) => sh.columnWidths.set(c, w));
      s.rowHeights.forEach(([r, h]) => sh.rowHeights.set(r, h));
      sh.visibility = s.visibility;
      sh.protected = (s as { protected?: boolean }).protected ?? false;
      sh.pageLayout = s.pageLayout;
      m.sheets.push(sh);
    }
    m.names = new Map(d.names);
    m.notes = new Map(d.notes);
    m.comments = new Map(d.comments);
    return m;
  }
}

export function noteKey(sheet: string, address: string): string {
  return `${sheet}!${address.replace(/\$/g, "")}`;
}

