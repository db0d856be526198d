/** Editing .xlsx packages at the XML level in tests (hostile and foreign files made from generated ones). */
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** The worksheet part holding a sheet, by its name in workbook.xml and the workbook's relationships. */
export function sheetPart(parts: Record<string, Uint8Array>, sheet: string): string {
  const wb = new TextDecoder().decode(parts["xl/workbook.xml"]);
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(wb)?.[1];
  const rels = new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]);
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  if (!rid || !target) throw new Error(`no worksheet part for ${sheet}`);
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

/** A package with some parts replaced or added (level 1 for large generated parts: fast to build). */
export function editedPackage(data: Uint8Array, edit: (parts: Record<string, Uint8Array>) => void, level: 0 | 1 | 6 = 6): Uint8Array {
  const parts = unzipSync(data);
  edit(parts);
  const zippable: Zippable = {};
  for (const [k, v] of Object.entries(parts)) zippable[k] = [v, { level }];
  return zipSync(zippable);
}

/** Rewrites one sheet's XML. */
export function rewriteSheet(parts: Record<string, Uint8Array>, sheet: string, f: (xml: string) => string): void {
  const part = sheetPart(parts, sheet);
  parts[part] = strToU8(f(new TextDecoder().decode(parts[part])));
}

/** The hostile variants of a generated workbook that the reader must end on quickly, refused or read. */
export const HOSTILE: Readonly<Record<string, (data: Uint8Array) => Uint8Array>> = {
  "far-cell": (data) =>
    editedPackage(data, (p) =>
      rewriteSheet(p, "公开01表", (x) => x.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>').replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')),
    ),
  "formatted-to-last-row": (data) =>
    editedPackage(data, (p) =>
      rewriteSheet(p, "公开03表", (x) => x.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>').replace("</sheetData>", '<row r="1048576" s="1" customFormat="1"><c r="A1048576" s="1"/><c r="XFD1048576" s="1"/></row></sheetData>')),
    ),
  "million-rows": (data) => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_000_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    return editedPackage(data, (p) => rewriteSheet(p, "公开07表", (x) => x.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:A1000000"/>').replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join("")}</sheetData>`)), 1);
  },
  "zip-bomb": (data) => editedPackage(data, (p) => (p["xl/sharedStrings.xml"] = new Uint8Array(150 * 1024 * 1024).fill(0x20)), 1),
  "damaged-sheet": (data) => editedPackage(data, (p) => rewriteSheet(p, "公开02表", (x) => x.slice(0, x.length / 2))),
};
