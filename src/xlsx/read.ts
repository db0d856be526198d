/**
 * The lean .xlsx reader: zip directory (fflate) → limits → workbook, relationships, shared strings, styles
 * and each worksheet (saxes) → the core's WorkbookGrid. Reads values, formula presence and defined names
 * only: what the checker needs, in time linear in the filled cells; each sheet is parsed when first read.
 * Runs in Node and in the browser. A WorkbookFileError may therefore also come from reading a sheet's rows.
 * Writing stays with exceljs (src/node/xlsx.ts).
 */
import { strFromU8 } from "fflate";
import { READ_LIMITS, WorkbookFileError, type ReadLimits } from "../core/read/limits";
import type { GridSheet, WorkbookGrid } from "../core/read/grid";
import { openPackage, type XlsxPackage } from "./package";
import { declaredArea, parseSheet, type SheetCells, type SheetContext } from "./sheet";
import { parseXml } from "./xml";

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
/** Excel's built-in number formats that show dates or times (ECMA-376 §18.8.30, with the CJK ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** The cell-level fallback: at most this many filled cells per byte of sheet XML (`<c r="A1"/>` is 11 bytes). */
const MIN_CELL_BYTES = 11;

function relationships(pkg: XlsxPackage, part: string): Map<string, { type: string; target: string }> {
  const slash = part.lastIndexOf("/");
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const out = new Map<string, { type: string; target: string }>();
  const xml = pkg.text(relsPart);
  if (xml === undefined) return out;
  const base = part.slice(0, slash + 1);
  parseXml(xml, relsPart, {
    wantText: () => false,
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
      const target = a.Target.startsWith("/") ? a.Target.slice(1) : normalize(base + a.Target);
      out.set(a.Id, { type: a.Type ?? "", target });
    },
    close() {},
  });
  return out;
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function sharedStrings(pkg: XlsxPackage, part: string | undefined): string[] {
  const xml = part ? pkg.text(part) : undefined;
  if (xml === undefined || part === undefined) return [];
  const out: string[] = [];
  let current = "";
  let phonetic = 0;
  parseXml(xml, part, {
    wantText: (name) => name === "t",
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
    },
    close(name, text) {
      if (name === "t" && phonetic === 0) current += text;
      else if (name === "rPh") phonetic--;
      else if (name === "si") out.push(current);
    },
  });
  return out;
}

/** isDateStyle over styles.xml: cellXfs' numFmtId, built in or custom (same test as exceljs: y m d h s b
 * outside quotes and brackets). */
function dateStyles(pkg: XlsxPackage, part: string | undefined): (style: number) => boolean {
  const xml = part ? pkg.text(part) : undefined;
  if (xml === undefined || part === undefined) return () => false;
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parseXml(xml, part, {
    wantText: () => false,
    open(name, a) {
      if (name === "numFmt" && a.numFmtId) custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  const isDate = xfFormats.map((id) => {
    const code = custom.get(id);
    if (code === undefined) return DATE_FORMAT_IDS.has(id);
    return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
  });
  return (style) => isDate[style] === true;
}

/** The first area of a union reference ("'A'!$A$1:$B$2,'A'!$A$5:$B$9"); commas inside quotes are sheet names. */
function firstArea(ref: string): string {
  let quoted = false;
  for (let i = 0; i < ref.length; i++) {
    if (ref[i] === "'") quoted = !quoted;
    else if (ref[i] === "," && !quoted) return ref.slice(0, i);
  }
  return ref;
}

export function readXlsx(data: Uint8Array, limits: ReadLimits = READ_LIMITS): WorkbookGrid {
  const pkg = openPackage(data, limits);
  const workbookPart = [...relationships(pkg, "").values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? "xl/workbook.xml";
  const workbookXml = pkg.text(workbookPart);
  if (workbookXml === undefined) throw new WorkbookFileError("file.not-xlsx");
  const rels = relationships(pkg, workbookPart);
  const declared: { name: string; rid: string }[] = [];
  const names: { name: string; ref: string }[] = [];
  let date1904 = false;
  let definedName: string | undefined;
  parseXml(workbookXml, workbookPart, {
    wantText: (name) => name === "definedName",
    open(name, a) {
      if (name === "sheet" && a.name) declared.push({ name: a.name, rid: a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "" });
      else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (name === "definedName") definedName = a.name;
    },
    close(name, text) {
      // _xlnm.* are Excel's own (print titles and areas, filters), not names a reader looks up.
      if (name === "definedName" && definedName && !definedName.startsWith("_xlnm.")) names.push({ name: definedName, ref: firstArea(text.trim()) });
    },
  });
  const partOf = (type: RegExp) => [...rels.values()].find((r) => type.test(r.type))?.target;
  // Shared strings and styles are parsed with the first sheet that is read.
  let ctx: SheetContext | undefined;
  const context = (): SheetContext =>
    (ctx ??= { sharedStrings: sharedStrings(pkg, partOf(/\/sharedStrings$/)), isDateStyle: dateStyles(pkg, partOf(/\/styles$/)), date1904, limits });
  const sheets: GridSheet[] = [];
  for (const { name, rid } of declared) {
    const rel = rels.get(rid);
    if (!rel || !WORKSHEET.test(rel.type)) continue; // chart sheets and dialog sheets hold no cells
    const part = rel.target;
    // Before parsing: what the sheet declares (its <dimension>, capped by what its size can hold).
    const bytes = pkg.bytes(part);
    if (bytes === undefined) throw new WorkbookFileError("file.damaged-part", { part });
    const area = declaredArea(strFromU8(bytes.subarray(0, 4096), true));
    if (area !== undefined && Math.min(area, pkg.size(part) / MIN_CELL_BYTES) > limits.maxCellsPerSheet) {
      throw new WorkbookFileError("file.too-many-cells", { sheet: name, limit: limits.maxCellsPerSheet });
    }
    // Parsed when the reader first looks at it: a check never reads the 校验 or 情况说明 sheet's long
    // formulas and texts (two thirds of a generated workbook's XML). Errors found then are thrown then.
    let cells: SheetCells | undefined;
    const load = () => (cells ??= parseSheet(strFromU8(bytes), part, name, context()));
    sheets.push({
      name,
      get rows() {
        return load().rows;
      },
      get formulas() {
        return load().formulas;
      },
    });
  }
  return { sheets, names };
}
