/** The paragraphs of a .docx as plain text (for checking a narrative written in Word or WPS). */
import JSZip from "jszip";

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e.startsWith("#x") || e.startsWith("#X") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
}

/** One line per paragraph of the main document; tabs and breaks inside a paragraph become spaces. */
export async function docxText(data: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("not a Word document");
  const lines: string[] = [];
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    let text = "";
    for (const r of p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) text += r[1] !== undefined ? decode(r[1]) : " ";
    lines.push(text);
  }
  return lines.join("\n");
}
