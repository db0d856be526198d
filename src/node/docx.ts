/**
 * The 情况说明 as a Word document (docx package), laid out as a 公文 after GB/T 9704-2012 so it can be
 * pasted into a unit's 部门决算公开 report as is. Placeholders for missing input texts are highlighted.
 */
import { AlignmentType, Document, Footer, HighlightColor, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from "docx";
import type { BlockKind, RenderedBlock, Segment } from "../core/narrative/types";

const twipsFromMm = (mm: number): number => Math.round((mm * 1440) / 25.4);
const TWIPS_PER_PT = 20;

/** 三号 (16 pt): the size of the body, the headings and the subheadings. */
const BODY_PT = 16;
/** GB/T 9704 asks for 22 lines of 28 characters in the type area; a fixed 28 pt line is the usual way to get them. */
const LINE = 28 * TWIPS_PER_PT;

/**
 * A4 with the margins of GB/T 9704-2012 §5.2: 天头 (top) 37 mm and 订口 (left) 28 mm around a 156 mm × 225 mm
 * type area, which leaves 35 mm at the bottom and 26 mm on the right. The official layout rather than Word's
 * 2.54/3.17 cm default, since the published reports are 公文 and are printed and bound as such.
 */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: twipsFromMm(37), bottom: twipsFromMm(35), left: twipsFromMm(28), right: twipsFromMm(26) },
} as const;

interface KindStyle {
  readonly font: string;
  readonly sizePt: number;
  readonly bold: boolean;
  readonly alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  readonly firstLine: number;
  readonly line: number;
  /** Word's navigation pane and a table of contents list the title and headings by this level. */
  readonly outlineLevel?: number;
  readonly after?: number;
}

/**
 * GB/T 9704 §7.3: the first level of the structure (一、) in 黑体, the second ((一)) in 楷体, the body in 仿宋, all
 * 三号 with a two-character first-line indent. The title would be 方正小标宋简体 二号, but that font ships with
 * neither Windows nor Office: Word would substitute an arbitrary font without a word and WPS would complain, so
 * the title is in bold 宋体, which every Chinese Windows has and LibreOffice maps to a serif CJK font.
 */
const KIND: Record<BlockKind, KindStyle> = {
  // A fixed line taller than the body's, so a title that wraps to two lines doesn't crowd; the space after
  // stands for the blank line under the title (an empty paragraph would be an empty line in the text export).
  title: { font: "宋体", sizePt: 22, bold: true, alignment: AlignmentType.CENTER, firstLine: 0, line: 35 * TWIPS_PER_PT, outlineLevel: 0, after: LINE },
  heading: { font: "黑体", sizePt: BODY_PT, bold: false, alignment: AlignmentType.BOTH, firstLine: 2 * BODY_PT * TWIPS_PER_PT, line: LINE, outlineLevel: 1 },
  subheading: { font: "楷体", sizePt: BODY_PT, bold: true, alignment: AlignmentType.BOTH, firstLine: 2 * BODY_PT * TWIPS_PER_PT, line: LINE, outlineLevel: 2 },
  para: { font: "仿宋", sizePt: BODY_PT, bold: false, alignment: AlignmentType.BOTH, firstLine: 2 * BODY_PT * TWIPS_PER_PT, line: LINE },
};

/**
 * The same font for every script: Word picks the East Asian font only for CJK characters and the ASCII one for
 * the digits of the amounts, and a Latin default there (Calibri, Times New Roman) would set 5577.44 apart from the
 * text around it. Word, WPS and LibreOffice all read w:eastAsia, so it must be named as well as w:ascii.
 */
const fonts = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

function runs(segment: Segment, style: KindStyle): TextRun[] {
  // Formatting goes on every run, not into a paragraph style: staff paste the 情况说明 into their own report,
  // and a pasted style would be renamed or replaced by the report's own style of the same name.
  const base = {
    font: fonts(style.font),
    size: style.sizePt * 2,
    ...(style.bold || segment.missing ? { bold: true } : {}),
    ...(segment.missing ? { highlight: HighlightColor.YELLOW } : {}),
  };
  // An input text typed with Alt+Enter in Excel keeps its line breaks; a bare newline in w:t would show as a space.
  return segment.text.split(/\r\n|\r|\n/).map((text, i) => new TextRun({ ...base, text, ...(i > 0 ? { break: 1 } : {}) }));
}

function paragraph(block: RenderedBlock): Paragraph {
  const style = KIND[block.kind];
  return new Paragraph({
    alignment: style.alignment,
    indent: { firstLine: style.firstLine },
    spacing: { line: style.line, lineRule: LineRuleType.EXACT, before: 0, after: style.after ?? 0 },
    // A heading left alone at the foot of a page reads as the end of the previous section.
    ...(block.kind === "heading" || block.kind === "subheading" ? { keepNext: true } : {}),
    ...(style.outlineLevel !== undefined ? { outlineLevel: style.outlineLevel } : {}),
    children: block.segments.flatMap((s) => runs(s, style)),
  });
}

/** 四号 (14 pt) 宋体 for the page number (GB/T 9704 §7.5). */
const PAGE_NUMBER_PT = 14;

/**
 * The page number as a 公文 prints it (GB/T 9704 §7.5): "— 1 —", an em dash on each side, 四号 宋体 Arabic
 * digits; on odd pages at the right, on even pages at the left, each one character in from the edge of the
 * type area. The number is Word's PAGE field, so it stays right when the text is edited.
 */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const run = { font: fonts("宋体"), size: PAGE_NUMBER_PT * 2 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: PAGE_NUMBER_PT * TWIPS_PER_PT } : { left: PAGE_NUMBER_PT * TWIPS_PER_PT },
        children: [new TextRun({ ...run, text: "— " }), new TextRun({ ...run, children: [PageNumber.CURRENT] }), new TextRun({ ...run, text: " —" })],
      }),
    ],
  });
}

/**
 * The .docx bytes of the rendered 情况说明. `title` is the file's 标题 property (Word's 文件 → 信息); the title
 * printed on the page is the blocks' own title block.
 */
export async function narrativeDocx(blocks: readonly RenderedBlock[], options: { title: string }): Promise<Buffer> {
  const doc = new Document({
    title: options.title,
    creator: "决算公开助手",
    lastModifiedBy: "决算公开助手",
    styles: {
      default: {
        // Text typed into the document later (a placeholder filled in, a paragraph added) is body text in Chinese,
        // so spelling and line breaking follow zh-CN rules rather than the English defaults.
        document: {
          run: { font: fonts(KIND.para.font), size: BODY_PT * 2, language: { value: "zh-CN", eastAsia: "zh-CN" } },
        },
      },
    },
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        // The number sits 7 mm below the type area: the footer starts 35 − 7 − (line) mm above the paper's edge.
        properties: { page: { ...PAGE, margin: { ...PAGE.margin, footer: twipsFromMm(20) } } },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: blocks.map(paragraph),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
