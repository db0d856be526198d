/**
 * The subset of the Excel JavaScript API the adapter uses, over the in-memory model, with Excel's proxy
 * semantics: properties must be loaded and synced before they are read (reading earlier throws, as in
 * Excel), writes apply in queue order, and every context.sync() is counted.
 */
import { a1 } from "../../core/plan/a1";
import { DEFAULT_FORMAT, FakeSheet, FakeWorkbookModel, noteKey, parseRect, splitRef, type Rect } from "./model";

class Ctx {
  pending: (() => void)[] = [];
  constructor(readonly model: FakeWorkbookModel) {}
  get syncCount(): number {
    return this.model.syncs;
  }
  async sync(): Promise<void> {
    this.model.syncs++;
    const p = this.pending;
    this.pending = [];
    for (const f of p) f();
  }
}

/** Loadable properties: a snapshot taken when load() is queued, readable only after the next sync. */
class Proxy {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Ctx) {}
  protected snapshot(_prop: string): unknown {
    return undefined;
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props : Object.keys(props ?? {});
    for (const prop of list) {
      const value = this.snapshot(prop);
      this.ctx.pending.push(() => this.loaded.set(prop, value));
    }
    return this;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}（读取前必须 load 并 context.sync()）`);
    return this.loaded.get(prop) as T;
  }
}

/** *OrNullObject results: isNullObject is known after the next sync. */
class Nullable extends Proxy {
  private known = false;
  constructor(
    ctx: Ctx,
    private readonly exists: boolean,
  ) {
    super(ctx);
    ctx.pending.push(() => (this.known = true));
  }
  get isNullObject(): boolean {
    if (!this.known) throw new Error("PropertyNotLoaded: isNullObject（需要 context.sync()）");
    return !this.exists;
  }
}

function forCells(rect: Rect, sheet: FakeSheet, f: (row: number, col: number) => void): void {
  const e = sheet.extent();
  const bottom = Math.min(rect.bottom, Math.max(e.rows, rect.top));
  const right = Math.min(rect.right, Math.max(e.cols, rect.left));
  for (let r = rect.top; r <= bottom; r++) for (let c = rect.left; c <= right; c++) f(r, c);
}

class Format {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly rects: Rect[],
  ) {}
  private set<K extends keyof typeof DEFAULT_FORMAT>(key: K, v: (typeof DEFAULT_FORMAT)[K]): void {
    for (const rect of this.rects) forCells(rect, this.sheet, (r, c) => (this.sheet.cell(r, c).format[key] = v));
  }
  get font() {
    return {
      set name(v: string) { this.f("fontName", v); },
      set size(v: number) { this.f("fontSize", v); },
      set bold(v: boolean) { this.f("bold", v); },
      set color(v: string) { this.f("fontColor", v); },
      f: <K extends keyof typeof DEFAULT_FORMAT>(k: K, v: (typeof DEFAULT_FORMAT)[K]) => this.set(k, v),
    };
  }
  get fill() {
    return { set color(v: string) { this.f(v); }, clear: () => this.set("fill", null), f: (v: string) => this.set("fill", v) };
  }
  set horizontalAlignment(v: string) { this.set("horizontal", v); }
  set verticalAlignment(v: string) { this.set("vertical", v); }
  set wrapText(v: boolean) { this.set("wrap", v); }
  get borders() {
    const set = (v: boolean) => this.set("border", v);
    return { getItem: () => ({ set style(v: string) { set(v !== "None"); } }) };
  }
  set columnWidth(v: number) {
    for (const rect of this.rects) for (let c = rect.left; c <= Math.min(rect.right, 200); c++) this.sheet.columnWidths.set(c, v);
  }
  set rowHeight(v: number) {
    for (const rect of this.rects) for (let r = rect.top; r <= Math.min(rect.bottom, 100_000); r++) this.sheet.rowHeights.set(r, v);
  }
}

class Range extends Nullable {
  constructor(
    ctx: Ctx,
    readonly sheet: FakeSheet,
    readonly rect: Rect,
    exists = true,
  ) {
    super(ctx, exists);
  }
  protected override snapshot(prop: string): unknown {
    const { rect, sheet } = this;
    if (prop === "address") return `'${sheet.name}'!${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
    if (prop === "values" || prop === "formulas")
      return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) => {
          const c = sheet.peek(rect.top + i, rect.left + j);
          if (prop === "formulas" && c?.formula) return c.formula;
          return this.ctx.model.shown(sheet, rect.top + i, rect.left + j) ?? "";
        }),
      );
    return undefined;
  }
  get values(): unknown[][] { return this.read("values"); }
  set values(block: unknown[][]) { this.write(block, false); }
  get address(): string { return this.read("address"); }
  set formulas(block: unknown[][]) { this.write(block, true); }
  set numberFormat(block: string[][]) {
    block.forEach((row, i) => row.forEach((f, j) => (this.sheet.cell(this.rect.top + i, this.rect.left + j).format.numberFormat = f)));
  }
  private write(block: unknown[][], formulas: boolean): void {
    block.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = this.sheet.cell(this.rect.top + i, this.rect.left + j);
        if (formulas && typeof v === "string" && v.startsWith("=")) {
          cell.formula = v;
          cell.value = null;
          return;
        }
        cell.formula = null;
        // Excel turns a number typed as text into a number unless the cell is formatted as text.
        cell.value = v === "" || v === null || v === undefined ? null : typeof v === "string" && cell.format.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : (v as string | number | boolean);
      }),
    );
    this.ctx.model.changed();
  }
  get format(): Format { return new Format(this.sheet, [this.rect]); }
  merge(): void { this.sheet.merges.push(`${a1(this.rect.top, this.rect.left)}:${a1(this.rect.bottom, this.rect.right)}`); }
  set rowHidden(v: boolean) { for (let r = this.rect.top; r <= this.rect.bottom; r++) if (v) this.sheet.hiddenRows.add(r); else this.sheet.hiddenRows.delete(r); }
  set columnHidden(v: boolean) { for (let c = this.rect.left; c <= this.rect.right; c++) if (v) this.sheet.hiddenColumns.add(c); else this.sheet.hiddenColumns.delete(c); }
  copyFrom(source: Range, type: string): void {
    if (type !== "Formats") throw new Error(`fake copyFrom supports Formats only, not ${type}`);
    const from = source.sheet.peek(source.rect.top, source.rect.left);
    this.sheet.cell(this.rect.top, this.rect.left).format = { ...(from?.format ?? DEFAULT_FORMAT) };
  }
  select(): void {
    this.ctx.model.selection = { sheet: this.sheet.name, address: `${a1(this.rect.top, this.rect.left)}${this.rect.bottom > this.rect.top || this.rect.right > this.rect.left ? `:${a1(this.rect.bottom, this.rect.right)}` : ""}` };
  }
}

class RangeAreas {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheet: FakeSheet,
    private readonly list: string,
  ) {}
  get format(): Format { return new Format(this.sheet, this.list.split(",").map(parseRect)); }
  select(): void { this.ctx.model.selection = { sheet: this.sheet.name, address: this.list }; }
}

class Worksheet extends Nullable {
  constructor(
    ctx: Ctx,
    readonly sheet: FakeSheet,
    exists = true,
  ) {
    super(ctx, exists);
  }
  protected override snapshot(prop: string): unknown {
    return prop === "name" ? this.sheet.name : undefined;
  }
  get name(): string { return this.read("name"); }
  set name(v: string) { this.sheet.name = v; }
  set visibility(v: string) { this.sheet.visibility = v; }
  get pageLayout() {
    const layout = this.sheet.pageLayout;
    return {
      set orientation(v: string) { layout.orientation = v; },
      set paperSize(v: string) { layout.paperSize = v; },
      set zoom(v: unknown) { layout.zoom = v; },
      setPrintTitleRows: (rows: string) => (layout.printTitleRows = rows),
    };
  }
  getRange(address?: string): Range { return new Range(this.ctx, this.sheet, address ? parseRect(address) : { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }); }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.ctx, this.sheet, { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols });
  }
  getRanges(list: string): RangeAreas { return new RangeAreas(this.ctx, this.sheet, list); }
  getUsedRangeOrNullObject(): Range {
    const e = this.sheet.extent();
    return new Range(this.ctx, this.sheet, { top: 1, left: 1, bottom: Math.max(1, e.rows), right: Math.max(1, e.cols) }, e.rows > 0);
  }
  activate(): void {}
  delete(): void {
    const m = this.ctx.model;
    m.sheets = m.sheets.filter((s) => s !== this.sheet);
    m.changed();
  }
}

class WorksheetCollection extends Proxy {
  protected override snapshot(prop: string): unknown {
    return prop.startsWith("items") ? this.ctx.model.sheets.map((s) => new Worksheet(this.ctx, s).load("name")) : undefined;
  }
  get items(): Worksheet[] { return this.read("items/name"); }
  add(name: string): Worksheet {
    if (this.ctx.model.sheet(name)) throw new Error(`ItemAlreadyExists: 工作表“${name}”已存在`);
    const s = new FakeSheet(name);
    this.ctx.model.sheets.push(s);
    this.ctx.model.changed();
    return new Worksheet(this.ctx, s);
  }
  getItem(name: string): Worksheet {
    const s = this.ctx.model.sheet(name);
    if (!s) throw new Error(`ItemNotFound: 工作表“${name}”不存在`);
    return new Worksheet(this.ctx, s);
  }
  getItemOrNullObject(name: string): Worksheet {
    const s = this.ctx.model.sheet(name);
    return new Worksheet(this.ctx, s ?? new FakeSheet(name), s !== undefined);
  }
}

class NamedItemCollection extends Proxy {
  protected override snapshot(prop: string): unknown {
    return prop.startsWith("items") ? [...this.ctx.model.names.keys()].map((name) => ({ name })) : undefined;
  }
  get items(): { name: string }[] { return this.read("items/name"); }
  add(name: string, ref: string): void {
    if (this.ctx.model.names.has(name)) throw new Error(`ItemAlreadyExists: 名称 ${name}`);
    this.ctx.model.names.set(name, ref.replace(/^=/, ""));
  }
  getItem(name: string) {
    if (!this.ctx.model.names.has(name)) throw new Error(`ItemNotFound: 名称 ${name}`);
    return { delete: () => this.ctx.model.names.delete(name) };
  }
  getItemOrNullObject(name: string) {
    const ref = this.ctx.model.names.get(name);
    return {
      getRangeOrNullObject: (): Range => {
        const parsed = ref ? splitRef(ref) : undefined;
        const sheet = parsed?.sheet ? this.ctx.model.sheet(parsed.sheet) : undefined;
        return new Range(this.ctx, sheet ?? new FakeSheet("?"), parsed ? parseRect(parsed.address) : { top: 1, left: 1, bottom: 1, right: 1 }, sheet !== undefined);
      },
    };
  }
}

class NoteCollection {
  constructor(private readonly ctx: Ctx) {}
  private key(ref: string): string {
    const { sheet, address } = splitRef(ref);
    return noteKey(sheet ?? "", address);
  }
  add(ref: string, content: string): void {
    const k = this.key(ref);
    if (this.ctx.model.notes.has(k)) throw new Error(`InvalidArgument: ${k} 已有批注`);
    this.ctx.model.notes.set(k, content);
  }
  getItem(ref: string) {
    const k = this.key(ref);
    if (!this.ctx.model.notes.has(k)) throw new Error(`ItemNotFound: ${k} 没有批注`);
    const notes = this.ctx.model.notes;
    return { set content(v: string) { notes.set(k, v); }, delete: () => notes.delete(k) };
  }
  getCount(): { value: number } {
    const result = { known: false, n: this.ctx.model.notes.size, get value(): number { if (!this.known) throw new Error("PropertyNotLoaded: value"); return this.n; } };
    this.ctx.pending.push(() => (result.known = true));
    return result;
  }
}

class CommentCollection {
  constructor(private readonly ctx: Ctx) {}
  add(ref: string, content: string): void {
    const { sheet, address } = splitRef(ref);
    this.ctx.model.comments.set(noteKey(sheet ?? "", address), content);
  }
  getItemByCell(ref: string) {
    const { sheet, address } = splitRef(ref);
    const k = noteKey(sheet ?? "", address);
    return { delete: () => this.ctx.model.comments.delete(k) };
  }
}

export interface FakeHost {
  readonly model: FakeWorkbookModel;
  /** Requirement sets the fake reports as supported. */
  readonly sets: Record<string, boolean>;
}

/** Installs Office and Excel globals backed by the model (tests, the preview page, the E2E stub). */
export function installFakeOffice(target: Record<string, unknown>, host: FakeHost): void {
  const supported = (version: string) => host.sets[version] ?? false;
  target.Office = {
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: "Excel", platform: "PC" };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: (_name: string, version: string) => supported(version) } },
  };
  target.Excel = {
    run: async (a: unknown, b?: unknown) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: unknown) => Promise<unknown>;
      const ctx = new Ctx(host.model);
      const workbook = {
        worksheets: new WorksheetCollection(ctx),
        names: new NamedItemCollection(ctx),
        notes: new NoteCollection(ctx),
        comments: new CommentCollection(ctx),
      };
      return batch({ workbook, sync: () => ctx.sync() });
    },
  };
}

