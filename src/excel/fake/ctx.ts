/**
 * The request context of the host fake: every operation is queued and runs at context.sync(), in order,
 * as Excel runs a batch. A failing operation rejects the sync after the earlier ones were applied; the
 * rest are dropped. Loaded properties are snapshots taken when their load runs, readable after the sync.
 * See rules.ts for what is refused and why.
 */
import type { FakeSheet, FakeWorkbookModel } from "./model";
import { FakeOfficeError, REQUEST_LIMIT_BYTES, utf8Bytes } from "./rules";

interface Op {
  readonly run: () => void;
  readonly bytes: number;
}

/** Per-operation envelope of a request (object path and action), a rough constant. */
const OP_BYTES = 80;

export class Ctx {
  private ops: Op[] = [];
  private responseBytes = 0;
  constructor(readonly model: FakeWorkbookModel) {}
  /** Queues an operation; `payload` is what it sends (counted in UTF-8 bytes against the request limit). */
  queue(run: () => void, payload?: unknown): void {
    this.ops.push({ run, bytes: OP_BYTES + (payload === undefined ? 0 : utf8Bytes(JSON.stringify(payload))) });
  }
  /** A loaded value entering the response (counted against the response limit). */
  respond(value: unknown): void {
    this.responseBytes += utf8Bytes(JSON.stringify(value ?? null));
    if (this.responseBytes > REQUEST_LIMIT_BYTES) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "响应超过 5 MB");
  }
  get syncCount(): number {
    return this.model.syncs;
  }
  async sync(): Promise<void> {
    this.model.syncs++;
    const ops = this.ops;
    this.ops = [];
    this.responseBytes = 0;
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.model.largestRequest = Math.max(this.model.largestRequest, bytes);
    if (bytes > REQUEST_LIMIT_BYTES) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `请求 ${bytes} 字节，超过 5 MB`);
    for (const op of ops) op.run();
  }
}

/** A sheet as a proxy sees it: resolved when its first operation runs (as an object path is). */
export class SheetHandle {
  private resolved: FakeSheet | undefined;
  constructor(
    private readonly ctx: Ctx,
    private readonly find: () => FakeSheet | undefined,
    readonly label: string,
  ) {}
  static of(ctx: Ctx, sheet: FakeSheet): SheetHandle {
    const h = new SheetHandle(ctx, () => sheet, sheet.name);
    h.resolved = sheet;
    return h;
  }
  /** The sheet, or ItemNotFound (a getItem of a sheet that does not exist). */
  get(): FakeSheet {
    this.resolved ??= this.find();
    if (!this.resolved || !this.ctx.model.sheets.includes(this.resolved)) throw new FakeOfficeError("ItemNotFound", `工作表“${this.label}”不存在`);
    return this.resolved;
  }
  exists(): boolean {
    this.resolved ??= this.find();
    return this.resolved !== undefined && this.ctx.model.sheets.includes(this.resolved);
  }
}

/** Loadable properties: snapshots taken when the load runs at sync, readable only afterwards. */
export class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private known = false;
  private nullObject = false;
  constructor(
    protected readonly ctx: Ctx,
    /** For *OrNullObject results: whether the object exists, decided when the batch runs. */
    private readonly existsNow?: () => boolean,
  ) {
    if (existsNow)
      ctx.queue(() => {
        this.nullObject = !existsNow();
        this.known = true;
      });
  }
  protected snapshot(_prop: string): unknown {
    return undefined;
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props : Object.keys(props ?? {});
    this.ctx.queue(() => {
      if (this.existsNow && !this.existsNow()) return; // a null object loads nothing
      for (const prop of list) {
        const value = this.snapshot(prop);
        this.ctx.respond(value);
        this.loaded.set(prop, value);
      }
    });
    return this;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}（读取前必须 load 并 context.sync()）`);
    return this.loaded.get(prop) as T;
  }
  get isNullObject(): boolean {
    if (!this.existsNow) return false;
    if (!this.known) throw new Error("PropertyNotLoaded: isNullObject（需要 context.sync()）");
    return this.nullObject;
  }
  /** Queues an operation on this object: on a null object it fails (conservative, see rules.ts). */
  protected act(run: () => void, payload?: unknown): void {
    this.ctx.queue(() => {
      if (this.existsNow && !this.existsNow()) throw new FakeOfficeError("InvalidObjectPath", "对空对象（*OrNullObject 的结果）进行操作");
      run();
    }, payload);
  }
}
