/** The 情况说明 as plain text (`jsgk … --text`): the reading the .docx rendering is checked against. */
import { blockText, type RenderedBlock } from "./types";

/**
 * One line per block — title, headings and paragraphs alike — in document order, with a final newline.
 * Placeholders stay in as their visible text (【请填写原因】), so a printed draft shows what is still to fill.
 * No blank lines between blocks: a tester or a diff can then pair line i with block i.
 */
export function narrativePlainText(blocks: readonly RenderedBlock[]): string {
  return blocks.map((b) => `${blockText(b)}\n`).join("");
}
