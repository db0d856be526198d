/**
 * Offline structural checks of manifest.xml (the online `office-addin-manifest validate` needs network):
 * shared runtime wiring, JS namespace, zh-CN default locale, resource ids, string limits and the icons.
 */
import * as fs from "fs";
import * as path from "path";
import { parseStringPromise } from "xml2js";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";

/** xml2js default shape: attributes under "$", text under "_" (or the string itself), children as arrays. */
type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };
interface Element {
  tag: string;
  node: XmlNode;
  ancestors: string[];
}

function collect(node: unknown, tag: string, ancestors: string[], out: Element[]): void {
  const n: XmlNode = typeof node === "string" ? { _: node } : (node as XmlNode);
  out.push({ tag, node: n, ancestors });
  for (const [key, value] of Object.entries(n)) {
    if (key === "$" || key === "_" || !Array.isArray(value)) continue;
    for (const child of value) collect(child, key, [...ancestors, tag], out);
  }
}

function attr(e: Element, name: string): string | undefined {
  return e.node.$?.[name];
}

function text(e: Element): string {
  return (e.node._ ?? "").trim();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

let raw: string;
let all: Element[];
const byTag = (tag: string): Element[] => all.filter((e) => e.tag === tag);
const one = (tag: string): Element => {
  const found = byTag(tag);
  expect(found.map((e) => e.tag)).toEqual([tag]);
  return found[0]!;
};

beforeAll(async () => {
  raw = fs.readFileSync(MANIFEST, "utf8");
  const doc = (await parseStringPromise(raw)) as Record<string, unknown>;
  all = [];
  collect(doc.OfficeApp, "OfficeApp", [], all);
});

/** Resource kind each resid-bearing element must point to. */
const RESOURCE_KIND: Record<string, string> = {
  "bt:Image": "bt:Images",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Namespace: "bt:ShortStrings",
  Description: "bt:LongStrings",
  SourceLocation: "bt:Urls",
  Runtime: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
};

function resources(): Map<string, { kind: string; el: Element }> {
  const map = new Map<string, { kind: string; el: Element }>();
  for (const e of all) {
    const kind = e.ancestors[e.ancestors.length - 1] ?? "";
    if (e.ancestors.includes("Resources") && e.node.$?.id !== undefined) {
      const id = attr(e, "id")!;
      expect(map.has(id)).toBe(false); // ids are unique
      map.set(id, { kind, el: e });
    }
  }
  return map;
}

describe("manifest.xml", () => {
  test("identity: GUID, zh-CN default locale, Chinese name, ReadWriteDocument, Workbook host", () => {
    expect(text(one("Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(text(one("DefaultLocale"))).toBe("zh-CN");
    const name = one("DisplayName");
    expect(attr(name, "DefaultValue")).toBe("决算公开助手");
    expect(text(one("Permissions"))).toBe("ReadWriteDocument");
    const description = attr(byTag("Description").find((e) => e.ancestors.length === 1)!, "DefaultValue")!;
    expect(description).toMatch(/[\u4e00-\u9fff]/);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(attr(name, "DefaultValue")!.length).toBeLessThanOrEqual(125);
    // No override for the default locale itself.
    const overrideLocales = all.filter((e) => e.tag === "Override" || e.tag === "bt:Override").map((e) => attr(e, "Locale"));
    expect(overrideLocales).not.toContain("zh-CN");
    expect(byTag("Host").filter((e) => e.ancestors.length === 2).map((e) => attr(e, "Name"))).toEqual(["Workbook"]);
  });

  test("requires what the code needs everywhere: SharedRuntime 1.1 and ExcelApi 1.11 (delayForCellEdit)", () => {
    const sets = all.filter((e) => e.tag === "Set" && e.ancestors.includes("Requirements"));
    expect(sets.map((e) => [attr(e, "Name"), attr(e, "MinVersion")])).toEqual([["SharedRuntime", "1.1"], ["ExcelApi", "1.11"]]);
  });

  test("shared runtime: Runtime (lifetime long), Page, FunctionFile and ShowTaskpane use one resid", () => {
    const runtime = one("Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    const resid = attr(runtime, "resid");
    expect(resid).toBe("Taskpane.Url");
    const pageSource = all.filter((e) => e.tag === "SourceLocation" && e.ancestors[e.ancestors.length - 1] === "Page");
    expect(pageSource.map((e) => attr(e, "resid"))).toEqual([resid]);
    expect(attr(one("FunctionFile"), "resid")).toBe(resid);
    const actionSource = all.filter((e) => e.tag === "SourceLocation" && e.ancestors[e.ancestors.length - 1] === "Action");
    expect(actionSource.length).toBeGreaterThan(0);
    for (const e of actionSource) expect(attr(e, "resid")).toBe(resid);
    // The shared page is the task pane page.
    expect(attr(resources().get(resid!)!.el, "DefaultValue")).toBe(`${DEV_URL}taskpane.html`);
  });

  test("no TaskpaneId anywhere (a shared runtime supports exactly one task pane)", () => {
    expect(byTag("TaskpaneId")).toEqual([]);
    expect(raw).not.toMatch(/<\s*TaskpaneId/);
  });

  test("custom functions: namespace JS, script and metadata URLs", () => {
    const ext = all.find((e) => e.tag === "ExtensionPoint" && attr(e, "xsi:type") === "CustomFunctions");
    expect(ext).toBeDefined();
    const res = resources();
    const ns = res.get(attr(one("Namespace"), "resid")!);
    expect(ns?.kind).toBe("bt:ShortStrings");
    expect(attr(ns!.el, "DefaultValue")).toBe("JS");
    expect(attr(res.get("Functions.Script.Url")!.el, "DefaultValue")).toBe(`${DEV_URL}functions.js`);
    expect(attr(res.get("Functions.Metadata.Url")!.el, "DefaultValue")).toBe(`${DEV_URL}functions.json`);
  });

  test("ribbon: a button on the Home tab that shows the task pane", () => {
    const tab = one("OfficeTab");
    expect(attr(tab, "id")).toBe("TabHome");
    const buttons = all.filter((e) => e.tag === "Control" && attr(e, "xsi:type") === "Button");
    expect(buttons).toHaveLength(1);
    expect(byTag("Action").map((e) => attr(e, "xsi:type"))).toEqual(["ShowTaskpane"]);
  });

  test("every resid resolves to a resource of the right kind", () => {
    const res = resources();
    const refs = all.filter((e) => attr(e, "resid") !== undefined);
    expect(refs.length).toBeGreaterThan(10);
    for (const e of refs) {
      const id = attr(e, "resid")!;
      const target = res.get(id);
      expect({ tag: e.tag, id, resolved: target !== undefined }).toEqual({ tag: e.tag, id, resolved: true });
      expect({ tag: e.tag, id, kind: target!.kind }).toEqual({ tag: e.tag, id, kind: RESOURCE_KIND[e.tag] });
    }
  });

  test("string resources: ShortStrings ≤ 125 and LongStrings ≤ 250 characters, overrides included", () => {
    const limits: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };
    let checked = 0;
    for (const e of all) {
      const group = e.ancestors.find((a) => a in limits);
      if (!group) continue;
      const value = attr(e, "DefaultValue") ?? attr(e, "Value");
      if (value === undefined) continue;
      expect({ value, length: value.length <= limits[group]! }).toEqual({ value, length: true });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  test("all URLs are localhost:3000 placeholders that exist in the build (dist) layout", () => {
    const urls = all.flatMap((e) => ["DefaultValue", "Value"].map((a) => attr(e, a))).filter((v) => /^https?:/.test(v ?? ""));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url!.startsWith(DEV_URL)).toBe(true);
  });

  test.each([16, 32, 64, 80])("assets/icon-%i.png exists with matching PNG dimensions", (size) => {
    const file = path.join(ROOT, "assets", `icon-${size}.png`);
    expect(fs.existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });

  test("every icon URL in the manifest points to an existing asset of the declared size", () => {
    const res = resources();
    const images = all.filter((e) => e.tag === "bt:Image" && attr(e, "resid") !== undefined);
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      const url = attr(res.get(attr(img, "resid")!)!.el, "DefaultValue")!;
      const size = Number(attr(img, "size"));
      expect(pngSize(path.join(ROOT, url.slice(DEV_URL.length)))).toEqual({ width: size, height: size });
    }
    const icon = attr(one("IconUrl"), "DefaultValue")!;
    const hiRes = attr(one("HighResolutionIconUrl"), "DefaultValue")!;
    expect(pngSize(path.join(ROOT, icon.slice(DEV_URL.length))).width).toBe(32);
    expect(pngSize(path.join(ROOT, hiRes.slice(DEV_URL.length))).width).toBe(64);
  });
});
