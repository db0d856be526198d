/** Range, RangeAreas and RangeFormat of the host fake (queued operations; see ctx.ts and rules.ts). */
import { a1 } from "../../core/plan/a1";
import { ClientObject, type Ctx, type SheetHandle } from "./ctx";
import { DEFAULT_FORMAT, parseRect, type CellFormat, type FakeSheet, type Rect } from "./model";
import { sheetsReferenced } from "../../core/plan/a1";
import { FakeOfficeError, MAX_RANGE_CELLS } from "./rules";

function forCells(rect: Rect, sheet: FakeSheet, f: (row: number, col: number) => void): void {
  const e = sheet.extent();
  const bottom = Math.min(rect.bottom, Math.max(e.rows, rect.top));
  const right = Math.min(rect.right, Math.max(e.cols, rect.left));
  for (let r = rect.top; r <= bottom; r++) for (let c = rect.left; c <= right; c++) f(r, c);
}

/** Writing to a protected sheet fails (Excel refuses edits to locked cells of a protected sheet). */
export function writable(sheet: FakeSheet): FakeSheet {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `工作表“${sheet.name}”受保护`);
  return sheet;
}

/** What Excel makes of a string typed into a General cell: numbers (also with separators) and dates become numbers. */
function parsed(v: string): string | number {
  if (/^-?[\d,]+(\.\d+)?$/.test(v) && /\d/.test(v)) return Number(v.replace(/,/g, ""));
  const d = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(v);
  if (d) return Math.round((Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return v;
}

export class Format {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheet: SheetHandle,
    private readonly rects: () => Rect[],
  ) {}
  private set<K extends keyof CellFormat>(key: K, v: CellFormat[K]): void {
    this.ctx.queue(() => {
      const sheet = writable(this.sheet.get());
      for (const rect of this.rects()) forCells(rect, sheet, (r, c) => (sheet.cell(r, c).format[key] = v));
    });
  }
  get font() {
    const f = <K extends keyof CellFormat>(k: K, v: CellFormat[K]) => this.set(k, v);
    return {
      set name(v: string) { f("fontName", v); },
      set size(v: number) { f("fontSize", v); },
      set bold(v: boolean) { f("bold", v); },
      set color(v: string) { f("fontColor", v); },
    };
  }
  get fill() {
    const f = (v: string | null) => this.set("fill", v);
    return { set color(v: string) { f(v); }, clear: () => f(null) };
  }
  set horizontalAlignment(v: string) { this.set("horizontal", v); }
  set verticalAlignment(v: string) { this.set("vertical", v); }
  set wrapText(v: boolean) { this.set("wrap", v); }
  get borders() {
    const set = (v: boolean) => this.set("border", v);
    return { getItem: () => ({ set style(v: string) { set(v !== "None"); } }) };
  }
  set columnWidth(v: number) {
    this.ctx.queue(() => {
      const sheet = writable(this.sheet.get());
      for (const rect of this.rects()) for (let c = rect.left; c <= Math.min(rect.right, 200); c++) sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.ctx.queue(() => {
      const sheet = writable(this.sheet.get());
      for (const rect of this.rects()) for (let r = rect.top; r <= Math.min(rect.bottom, 100_000); r++) sheet.rowHeights.set(r, v);
    });
  }
}

export class Range extends ClientObject {
  constructor(
    ctx: Ctx,
    readonly handle: SheetHandle,
    /** The rectangle, decided when the batch runs (a used range or a name's range is known only then). */
    readonly rectNow: () => Rect,
    existsNow?: () => boolean,
  ) {
    super(ctx, existsNow);
  }
  protected override snapshot(prop: string): unknown {
    const rect = this.rectNow();
    const sheet = this.handle.get();
    if (prop === "rowCount") return rect.bottom - rect.top + 1;
    if (prop === "columnCount") return rect.right - rect.left + 1;
    if (prop === "address") return `'${sheet.name.replace(/'/g, "''")}'!${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
    if (prop === "values" || prop === "formulas" || prop === "numberFormat")
      return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) => {
          const c = sheet.peek(rect.top + i, rect.left + j);
          if (prop === "numberFormat") return c?.format.numberFormat ?? "General";
          if (prop === "formulas" && c?.formula) return c.formula;
          return this.ctx.model.shown(sheet, rect.top + i, rect.left + j) ?? "";
        }),
      );
    return undefined;
  }
  get values(): unknown[][] { return this.read("values"); }
  set values(block: unknown[][]) { this.write(block, false); }
  get formulas(): unknown[][] { return this.read("formulas"); }
  set formulas(block: unknown[][]) { this.write(block, true); }
  get address(): string { return this.read("address"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  set numberFormat(block: string[][]) {
    this.act(() => {
      const { sheet, rect } = this.checked(block);
      block.forEach((row, i) => row.forEach((f, j) => (sheet.cell(rect.top + i, rect.left + j).format.numberFormat = f)));
    }, block);
  }
  /** The sheet and rectangle of a write, after Excel's checks on the block. */
  private checked(block: unknown[][]): { sheet: FakeSheet; rect: Rect } {
    const sheet = writable(this.handle.get());
    const rect = this.rectNow();
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    // Range.values/formulas reference: the array must have the range's dimensions.
    if (block.length !== rows || block.some((r) => r.length !== cols)) throw new FakeOfficeError("InvalidArgument", `数组的行数或列数与区域（${rows}×${cols}）不一致`);
    if (rows * cols > MAX_RANGE_CELLS) throw new FakeOfficeError("InvalidArgument", `一次写入 ${rows * cols} 个单元格，超过 ${MAX_RANGE_CELLS}`);
    return { sheet, rect };
  }
  private write(block: unknown[][], formulas: boolean): void {
    this.act(() => {
      const { sheet, rect } = this.checked(block);
      block.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = sheet.cell(rect.top + i, rect.left + j);
          if (formulas && typeof v === "string" && v.startsWith("=")) {
            for (const name of sheetsReferenced(v))
              if (!this.ctx.model.sheetNamed(name)) throw new FakeOfficeError("InvalidArgument", `公式引用了不存在的工作表“${name}”：${a1(rect.top + i, rect.left + j)} ${v.slice(0, 80)}`);
            cell.formula = v;
            cell.value = null;
            return;
          }
          cell.formula = null;
          // Excel parses typed values: a number written as text becomes a number, "=…" a formula, unless the cell is "@".
          const text = cell.format.numberFormat === "@";
          if (!text && typeof v === "string" && v.startsWith("=") && v.length > 1) {
            cell.formula = v;
            cell.value = null;
          } else cell.value = v === "" || v === null || v === undefined ? null : typeof v === "string" && !text ? parsed(v) : (v as string | number | boolean);
        }),
      );
      this.ctx.model.changed();
    }, block);
  }
  get format(): Format { return new Format(this.ctx, this.handle, () => [this.rectNow()]); }
  merge(): void {
    this.act(() => {
      const rect = this.rectNow();
      writable(this.handle.get()).merges.push(`${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`);
    });
  }
  set rowHidden(v: boolean) {
    this.act(() => {
      const rect = this.rectNow();
      const sheet = writable(this.handle.get());
      for (let r = rect.top; r <= rect.bottom; r++) if (v) sheet.hiddenRows.add(r); else sheet.hiddenRows.delete(r);
    });
  }
  set columnHidden(v: boolean) {
    this.act(() => {
      const rect = this.rectNow();
      const sheet = writable(this.handle.get());
      for (let c = rect.left; c <= rect.right; c++) if (v) sheet.hiddenColumns.add(c); else sheet.hiddenColumns.delete(c);
    });
  }
  copyFrom(source: Range, type: string): void {
    if (type !== "Formats") throw new Error(`fake copyFrom supports Formats only, not ${type}`);
    this.act(() => {
      const from = source.handle.get().peek(source.rectNow().top, source.rectNow().left);
      const rect = this.rectNow();
      writable(this.handle.get()).cell(rect.top, rect.left).format = { ...(from?.format ?? DEFAULT_FORMAT) };
    });
  }
  select(): void {
    this.act(() => {
      const rect = this.rectNow();
      this.ctx.model.selection = { sheet: this.handle.get().name, address: `${a1(rect.top, rect.left)}${rect.bottom > rect.top || rect.right > rect.left ? `:${a1(rect.bottom, rect.right)}` : ""}` };
    });
  }
}

export class RangeAreas {
  constructor(
    private readonly ctx: Ctx,
    private readonly handle: SheetHandle,
    private readonly list: string,
  ) {}
  get format(): Format { return new Format(this.ctx, this.handle, () => this.list.split(",").map(parseRect)); }
  select(): void {
    this.ctx.queue(() => (this.ctx.model.selection = { sheet: this.handle.get().name, address: this.list }));
  }
}
