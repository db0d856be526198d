/**
 * saxes with the two things every SpreadsheetML part needs: element names without their namespace prefix
 * (some writers emit <x:c>), and the text of an element collected across saxes' text chunks.
 */
import { SaxesParser } from "saxes";
import { WorkbookFileError } from "../core/read/limits";

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  /** `text` is the element's own text (entities decoded) when `wantText(name)` said so; "" otherwise. */
  close(name: string, text: string): void;
  /** Whether the text of this element is needed (only leaf elements such as <v>, <t>, <f>). */
  wantText(name: string): boolean;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

export function parseXml(xml: string, part: string, h: XmlHandlers): void {
  const parser = new SaxesParser();
  let collecting = false;
  let text = "";
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    h.open(name, tag.attributes as Record<string, string>);
    collecting = h.wantText(name);
    text = "";
    if (tag.isSelfClosing) {
      collecting = false;
      h.close(name, "");
    }
  });
  parser.on("text", (t) => {
    if (collecting) text += t;
  });
  parser.on("cdata", (t) => {
    if (collecting) text += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    const name = local(tag.name);
    h.close(name, collecting ? text : "");
    collecting = false;
    text = "";
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError("file.damaged-part", { part });
  }
}
