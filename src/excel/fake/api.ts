/**
 * The subset of the Excel JavaScript API the adapter uses, over the in-memory model, with Excel's batch
 * semantics (ctx.ts) and its refusals (rules.ts): properties must be loaded and synced before they are read,
 * operations run in queue order at sync, a failing one rejects the sync after the earlier ones were applied,
 * and every context.sync() is counted.
 */
import { sheetsReferenced } from "../../core/plan/a1";
import { ClientObject, Ctx, SheetHandle } from "./ctx";
import { FakeSheet, FakeWorkbookModel, noteKey, parseRect, splitRef, type Rect } from "./model";
import { Range, RangeAreas, writable } from "./range";
import { badSheetName, CLIENTS, FakeOfficeError, renameInFormula, setSupported, type ClientSets } from "./rules";

/** Any load of a collection's items/… snapshots the whole list once, under "items". */
function itemsKey(props?: string | string[] | Record<string, unknown>): string | string[] | Record<string, unknown> | undefined {
  const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props : [];
  return list.some((p) => p.startsWith("items")) ? "items" : props;
}

const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
const visible = (s: FakeSheet) => s.visibility === "Visible";

function structure(model: FakeWorkbookModel): void {
  if (model.structureProtected) throw new FakeOfficeError("AccessDenied", "工作簿结构受保护");
}

class Worksheet extends ClientObject {
  constructor(
    ctx: Ctx,
    readonly handle: SheetHandle,
    existsNow?: () => boolean,
  ) {
    super(ctx, existsNow);
  }
  protected override snapshot(prop: string): unknown {
    const s = this.handle.get();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    return undefined;
  }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.act(() => {
      const m = this.ctx.model;
      structure(m);
      const sheet = this.handle.get();
      const bad = badSheetName(v, m.sheets.filter((s) => s !== sheet).map((s) => s.name));
      if (bad) throw new FakeOfficeError("InvalidArgument", bad);
      const old = sheet.name;
      sheet.name = v;
      // Excel keeps formulas and names pointing at a renamed sheet.
      for (const s of m.sheets) for (const c of s.cells.values()) if (c.formula) c.formula = renameInFormula(c.formula, old, v);
      for (const [n, ref] of m.names) m.names.set(n, renameInFormula(ref, old, v));
      m.changed();
    });
  }
  get visibility(): string { return this.read("visibility"); }
  set visibility(v: string) {
    this.act(() => {
      const m = this.ctx.model;
      structure(m);
      const sheet = this.handle.get();
      if (v !== "Visible" && visible(sheet) && !m.sheets.some((s) => s !== sheet && visible(s))) throw new FakeOfficeError("InvalidOperation", "工作簿至少要有一张可见的工作表");
      sheet.visibility = v;
    });
  }
  get pageLayout() {
    const act = (f: (layout: Record<string, unknown>) => void) => this.act(() => f(writable(this.handle.get()).pageLayout));
    return {
      set orientation(v: string) { act((l) => (l.orientation = v)); },
      set paperSize(v: string) { act((l) => (l.paperSize = v)); },
      set zoom(v: { horizontalFitToPages?: number | null; verticalFitToPages?: number | null; scale?: number | null }) {
        act((l) => {
          // PageLayoutZoomOptions: a number of pages (≥ 1), or null when not fitting that way. 0 is not documented.
          for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
            const x = v[k];
            if (x !== undefined && x !== null && !(Number.isInteger(x) && x >= 1)) throw new FakeOfficeError("InvalidArgument", `pageLayout.zoom.${k} = ${x}`);
          }
          l.zoom = v;
        });
      },
      setPrintTitleRows: (rows: string) => act((l) => (l.printTitleRows = rows)),
    };
  }
  getRange(address?: string): Range {
    const rect = address ? parseRect(address) : WHOLE_SHEET;
    return new Range(this.ctx, this.handle, () => rect);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    const rect = { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols };
    return new Range(this.ctx, this.handle, () => rect);
  }
  getRanges(list: string): RangeAreas { return new RangeAreas(this.ctx, this.handle, list); }
  getUsedRangeOrNullObject(): Range {
    const extent = () => this.handle.get().extent();
    return new Range(this.ctx, this.handle, () => {
      const e = extent();
      return { top: 1, left: 1, bottom: Math.max(1, e.rows), right: Math.max(1, e.cols) };
    }, () => this.handle.exists() && extent().rows > 0);
  }
  activate(): void { this.act(() => void this.handle.get()); }
  delete(): void {
    this.act(() => {
      const m = this.ctx.model;
      structure(m);
      const sheet = this.handle.get();
      if (sheet.visibility === "VeryHidden") throw new FakeOfficeError("InvalidOperation", `不能删除“非常隐藏”的工作表“${sheet.name}”`);
      if (visible(sheet) && !m.sheets.some((s) => s !== sheet && visible(s))) throw new FakeOfficeError("InvalidOperation", "不能删除最后一张可见的工作表");
      m.sheets = m.sheets.filter((s) => s !== sheet);
      // Formulas that referred to the deleted sheet now show #REF! (only what matters to readers of the fake).
      const gone = sheet.name.toLowerCase();
      for (const s of m.sheets) for (const c of s.cells.values()) if (c.formula && sheetsReferenced(c.formula).some((n) => n.toLowerCase() === gone)) c.formula = "=#REF!";
      m.changed();
    });
  }
}

class WorksheetCollection extends ClientObject {
  protected override snapshot(prop: string): unknown {
    if (!prop.startsWith("items")) return undefined;
    return this.ctx.model.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protected }));
  }
  get items(): { name: string; visibility: string; protection: { protected: boolean } }[] {
    return this.read<{ name: string; visibility: string; protected: boolean }[]>("items").map((r) => ({ name: r.name, visibility: r.visibility, protection: { protected: r.protected } }));
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    return super.load(itemsKey(props));
  }
  add(name: string): Worksheet {
    let created: FakeSheet | undefined;
    this.ctx.queue(() => {
      const m = this.ctx.model;
      structure(m);
      const bad = badSheetName(name, m.sheets.map((s) => s.name));
      if (bad) throw new FakeOfficeError(bad.startsWith("已有") ? "ItemAlreadyExists" : "InvalidArgument", bad);
      created = new FakeSheet(name);
      m.sheets.push(created);
      m.changed();
    });
    return new Worksheet(this.ctx, new SheetHandle(this.ctx, () => created, name));
  }
  getItem(name: string): Worksheet {
    const handle = new SheetHandle(this.ctx, () => this.ctx.model.sheetNamed(name), name);
    this.ctx.queue(() => void handle.get());
    return new Worksheet(this.ctx, handle);
  }
  getItemOrNullObject(name: string): Worksheet {
    const handle = new SheetHandle(this.ctx, () => this.ctx.model.sheetNamed(name), name);
    return new Worksheet(this.ctx, handle, () => handle.exists());
  }
}

class WorkbookProtection extends ClientObject {
  protected override snapshot(prop: string): unknown {
    return prop === "protected" ? this.ctx.model.structureProtected : undefined;
  }
  get protected(): boolean { return this.read("protected"); }
}

class NamedItem extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly name: string,
    existsNow?: () => boolean,
  ) {
    super(ctx, existsNow);
  }
  delete(): void { this.act(() => this.ctx.model.names.delete(this.name)); }
  getRangeOrNullObject(): Range {
    const target = () => {
      const ref = this.ctx.model.names.get(this.name);
      const parsed = ref ? splitRef(ref) : undefined;
      const sheet = parsed?.sheet ? this.ctx.model.sheetNamed(parsed.sheet) : undefined;
      return sheet && parsed ? { sheet, rect: parseRect(parsed.address) } : undefined;
    };
    const handle = new SheetHandle(this.ctx, () => target()?.sheet, this.name);
    return new Range(this.ctx, handle, () => target()?.rect ?? { top: 1, left: 1, bottom: 1, right: 1 }, () => target() !== undefined);
  }
}

class NamedItemCollection extends ClientObject {
  protected override snapshot(prop: string): unknown {
    return prop.startsWith("items") ? [...this.ctx.model.names.keys()].map((name) => ({ name })) : undefined;
  }
  get items(): { name: string }[] { return this.read("items"); }
  override load(props?: string | string[] | Record<string, unknown>): this {
    return super.load(itemsKey(props));
  }
  add(name: string, ref: string): void {
    this.ctx.queue(() => {
      const m = this.ctx.model;
      if ([...m.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `名称 ${name} 已存在`);
      for (const s of sheetsReferenced(ref)) if (!m.sheetNamed(s)) throw new FakeOfficeError("InvalidArgument", `名称 ${name} 引用了不存在的工作表“${s}”`);
      m.names.set(name, ref.replace(/^=/, ""));
    }, ref);
  }
  getItem(name: string): NamedItem {
    this.ctx.queue(() => {
      if (!this.ctx.model.names.has(name)) throw new FakeOfficeError("ItemNotFound", `名称 ${name} 不存在`);
    });
    return new NamedItem(this.ctx, name);
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.ctx, name, () => this.ctx.model.names.has(name));
  }
}

const keyOf = (ref: string) => {
  const { sheet, address } = splitRef(ref);
  return noteKey(sheet ?? "", address);
};

/** A note or a threaded comment: content, delete, location. */
class Annotation extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly store: () => Map<string, string>,
    /** The annotation's key, decided when the batch runs (by cell, or by position in the collection). */
    private readonly keyNow: () => string | undefined,
    what: string,
    nullable: boolean,
  ) {
    super(ctx, nullable ? () => this.keyNow() !== undefined && this.store().has(this.keyNow() as string) : undefined);
    if (!nullable)
      ctx.queue(() => {
        const k = this.keyNow();
        if (k === undefined || !this.store().has(k)) throw new FakeOfficeError("ItemNotFound", `${k ?? ""} 没有${what}`);
      });
  }
  protected override snapshot(prop: string): unknown {
    const k = this.keyNow() as string;
    if (prop === "content") return this.store().get(k);
    if (prop === "id") return k;
    return undefined;
  }
  get content(): string { return this.read("content"); }
  set content(v: string) { this.act(() => this.store().set(this.keyNow() as string, v)); }
  get id(): string { return this.read("id"); }
  delete(): void { this.act(() => this.store().delete(this.keyNow() as string)); }
  getLocation(): Range {
    const at = () => splitRef(this.keyNow() ?? "?!A1");
    const handle = new SheetHandle(this.ctx, () => this.ctx.model.sheetNamed(at().sheet ?? ""), "?");
    return new Range(this.ctx, handle, () => parseRect(at().address));
  }
}

class AnnotationCollection extends ClientObject {
  private keys: string[] = [];
  constructor(
    ctx: Ctx,
    private readonly kind: "notes" | "comments",
  ) {
    super(ctx);
  }
  private get store(): Map<string, string> {
    return this.kind === "notes" ? this.ctx.model.notes : this.ctx.model.comments;
  }
  private get what(): string {
    return this.kind === "notes" ? "批注（备注）" : "批注（对话）";
  }
  protected override snapshot(prop: string): unknown {
    if (!prop.startsWith("items")) return undefined;
    this.keys = [...this.store.keys()];
    return this.keys.map((k) => ({ id: k, content: this.store.get(k) }));
  }
  get items(): { id: string; content: string }[] { return this.read("items"); }
  override load(props?: string | string[] | Record<string, unknown>): this {
    return super.load(itemsKey(props));
  }
  add(ref: string, content: string): void {
    this.ctx.queue(() => {
      const k = keyOf(ref);
      const m = this.ctx.model;
      writable(m.sheetNamed(splitRef(ref).sheet ?? "") ?? new FakeSheet("?"));
      if (m.notes.has(k) || m.comments.has(k)) throw new FakeOfficeError("InvalidOperation", `${k} 已有批注（一个单元格只能有一条备注或一条对话批注）`);
      this.store.set(k, content);
    }, content);
  }
  getItem(ref: string): Annotation { return new Annotation(this.ctx, () => this.store, () => keyOf(ref), this.what, false); }
  getItemOrNullObject(ref: string): Annotation { return new Annotation(this.ctx, () => this.store, () => keyOf(ref), this.what, true); }
  /** Comments by cell (CommentCollection.getItemByCell). */
  getItemByCell(ref: string): Annotation { return this.getItem(ref); }
  /** By position in the collection as last loaded. */
  getItemAt(index: number): Annotation { return new Annotation(this.ctx, () => this.store, () => this.keys[index], this.what, false); }
  getCount(): { value: number } {
    const result = { known: false, n: 0, get value(): number { if (!this.known) throw new Error("PropertyNotLoaded: value"); return this.n; } };
    this.ctx.queue(() => {
      result.n = this.store.size;
      result.known = true;
    });
    return result;
  }
}

export interface FakeHost {
  readonly model: FakeWorkbookModel;
  /** The requirement sets of the simulated client (set name → highest version), e.g. CLIENTS.ltsc2021. */
  readonly sets: ClientSets;
  /** What Office.context reports as the platform (PC, Mac, OfficeOnline). */
  readonly platform?: string;
}

/** Installs Office and Excel globals backed by the model (tests, the preview page, the E2E stub). */
export function installFakeOffice(target: Record<string, unknown>, host: FakeHost): void {
  target.Office = {
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: "Excel", platform: host.platform ?? "PC" };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: (name: string, version?: string) => setSupported(host.sets, name, version) } },
  };
  target.Excel = {
    run: async (a: unknown, b?: unknown) => {
      const options = (typeof a === "function" ? {} : a) as { mergeUndoGroup?: boolean; delayForCellEdit?: boolean };
      // Options need their sets (Excel.RunOptions reference): delayForCellEdit ExcelApi 1.11, mergeUndoGroup 1.20.
      if (options.delayForCellEdit && !setSupported(host.sets, "ExcelApi", "1.11")) throw new FakeOfficeError("ApiNotFound", "delayForCellEdit 需要 ExcelApi 1.11");
      if (options.mergeUndoGroup && !setSupported(host.sets, "ExcelApi", "1.20")) throw new FakeOfficeError("ApiNotFound", "mergeUndoGroup 需要 ExcelApi 1.20");
      const batch = (typeof a === "function" ? a : b) as (ctx: unknown) => Promise<unknown>;
      const ctx = new Ctx(host.model);
      const workbook = {
        worksheets: new WorksheetCollection(ctx),
        names: new NamedItemCollection(ctx),
        notes: new AnnotationCollection(ctx, "notes"),
        comments: new AnnotationCollection(ctx, "comments"),
        protection: new WorkbookProtection(ctx),
      };
      return batch({ workbook, sync: () => ctx.sync() });
    },
  };
}

export { CLIENTS };
