/** Editing .xlsx packages at the XML level in tests (hostile and foreign files made from generated ones). */

/** The worksheet part holding a sheet, by its name in workbook.xml and the workbook's relationships. */
export function sheetPart(parts: Record<string, Uint8Array>, sheet: string): string {
  const wb = new TextDecoder().decode(parts["xl/workbook.xml"]);
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(wb)?.[1];
  const rels = new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]);
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  if (!rid || !target) throw new Error(`no worksheet part for ${sheet}`);
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}
