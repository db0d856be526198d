/**
 * The 情况说明 .docx: its XML carries the 公文 layout (A4, GB/T 9704 margins, 黑体/楷体/仿宋 named for East Asian
 * text, highlighted placeholders), and LibreOffice Writer, an independent reader, gets back exactly the plain text
 * (`narrativePlainText`) and lays it out on A4 pages. In CI Writer must be present; elsewhere its absence is a
 * printed skip.
 */
import { exampleReport } from "../../src/core/example/liaoning2024";
import { narrateReport } from "../../src/core/narrative";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { narrativePlainText } from "../../src/core/narrative/plainText";
import { blockText, type BlockKind, type RenderedBlock, type Segment } from "../../src/core/narrative/types";
import { narrativeDocx } from "../../src/node/docx";
import { findSoffice } from "../helpers/libreoffice";

const block = (id: string, kind: BlockKind, ...segments: (string | Segment)[]): RenderedBlock => ({
  id,
  kind,
  segments: segments.map((s) => (typeof s === "string" ? { text: s } : s)),
});
const cell = (text: string, ...sources: string[]): Segment => ({ text, sources });

/** Lines of the published 朝阳市司法局 2024 report (seed 000), split into segments as the evaluator would. */
const BLOCKS: readonly RenderedBlock[] = [
  block("title", "title", "第二部分 2024年度部门决算情况说明"),
  block("s1", "heading", "一、收入支出决算总体情况说明"),
  block("s1.income", "subheading", "（一）收入总计", cell("5577.44", "gk01.incomeTotal"), "万元，包括："),
  block(
    "s1.income.1",
    "para",
    "1. 财政拨款收入",
    cell("5577.44", "gk01.approp"),
    "万元，占收入总计的",
    cell("100.00%", "gk01.approp", "gk01.incomeTotal"),
    "。其中：一般公共预算财政拨款收入",
    cell("5577.44", "gk01.general"),
    "万元，政府性基金预算财政拨款收入0.00万元，国有资本经营预算财政拨款收入0.00万元。",
  ),
  block("s1.income.2", "para", "2. 上级补助收入", cell("0.00", "gk01.upper"), "万元，占收入总计的0.00%。"),
  block(
    "s1.income.why",
    "para",
    "与上年相比，今年收入总计减少",
    cell("209.55", "gk01.incomeTotal", "input:lastYearIncome"),
    "万元，降低3.62%，主要原因：",
    { text: "【请填写原因】", sources: ["input:incomeReason"], missing: true },
    "。",
  ),
  block("s2", "heading", "二、财政拨款支出决算情况说明"),
  block("s2.general", "subheading", "（二）一般公共预算财政拨款支出情况。"),
  block("s2.general.1", "para", "1. 公共安全支出", cell("4302.03", "gk05.204"), "万元，具体包括："),
  block(
    "s2.general.1.1",
    "para",
    "（1）公共安全支出（类）司法（款）行政运行（项）",
    cell("1059.71", "gk05.2040601"),
    "万元，主要是基本工资、津贴补贴、保险等支出，完成年初预算的103.42%，决算数与年初预算数存在差异的主要原因是",
    cell("在职人员增加，费用增加", "input:reason.2040601"),
    "。",
  ),
  block("s3", "heading", "三、财政拨款“三公”经费支出决算情况说明"),
];

async function unzip(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter((p) => p.endsWith(".xml") || p.endsWith(".rels"));
  return Object.fromEntries(await Promise.all(parts.map(async (p) => [p, (await zip.file(p)?.async("string")) ?? ""])));
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

interface Run {
  readonly props: string;
  readonly text: string;
}
interface Para {
  readonly props: string;
  readonly runs: readonly Run[];
  readonly text: string;
}

/** Just enough WordprocessingML reading for this test: paragraphs, their runs and the text of the runs. */
function paragraphs(documentXml: string): Para[] {
  return (documentXml.match(/<w:p\b[^>]*>.*?<\/w:p>/gs) ?? []).map((p) => {
    const runs = (p.match(/<w:r\b[^>]*>.*?<\/w:r>/gs) ?? []).map((r) => ({
      props: /<w:rPr>(.*?)<\/w:rPr>/s.exec(r)?.[1] ?? "",
      text: (r.match(/<w:br\/>|<w:t\b[^>]*>.*?<\/w:t>/gs) ?? []).map((t) => (t === "<w:br/>" ? "\n" : unescape(t.replace(/<[^>]+>/g, "")))).join(""),
    }));
    return { props: /<w:pPr>(.*?)<\/w:pPr>/s.exec(p)?.[1] ?? "", runs, text: runs.map((r) => r.text).join("") };
  });
}

const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

describe("the .docx XML", () => {
  let xml: Record<string, string>;
  let paras: Para[];
  beforeAll(async () => {
    xml = await unzip(await narrativeDocx(BLOCKS, { title: "朝阳市司法局2024年度部门决算情况说明" }));
    paras = paragraphs(xml["word/document.xml"] ?? "");
  });

  test("one paragraph per block, with the block's text", () => {
    expect(paras.map((p) => p.text)).toEqual(BLOCKS.map(blockText));
  });

  test("page numbers as a 公文 prints them: — PAGE —, 四号 宋体, odd pages right and even pages left", () => {
    expect(xml["word/settings.xml"]).toMatch(/<w:evenAndOddHeaders\s*\/>/);
    const doc = xml["word/document.xml"] ?? "";
    const footer = (type: string) => {
      const rid = new RegExp(`<w:footerReference[^>]*w:type="${type}"[^>]*r:id="(rId\\d+)"|<w:footerReference[^>]*r:id="(rId\\d+)"[^>]*w:type="${type}"`).exec(doc);
      const id = rid?.[1] ?? rid?.[2];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(xml["word/_rels/document.xml.rels"] ?? "")?.[1];
      return xml[`word/${target}`] ?? "";
    };
    for (const [type, align] of [["default", "right"], ["even", "left"]] as const) {
      const f = footer(type);
      expect(f.replace(/<[^>]+>/g, "")).toMatch(/^— .*PAGE.* —$/);
      expect(attr(f, "w:jc", "w:val")).toBe(align);
      expect(attr(f, "w:sz", "w:val")).toBe("28");
      expect(attr(f, "w:rFonts", "w:eastAsia")).toBe("宋体");
    }
  });

  test("A4 with the GB/T 9704 margins (37/35/28/26 mm)", () => {
    const doc = xml["word/document.xml"] ?? "";
    expect([attr(doc, "w:pgSz", "w:w"), attr(doc, "w:pgSz", "w:h")]).toEqual(["11906", "16838"]);
    expect(["w:top", "w:bottom", "w:left", "w:right"].map((side) => attr(doc, "w:pgMar", side))).toEqual(["2098", "1984", "1587", "1474"]);
  });

  // kind, font, half-points, bold, alignment, first-line indent, exact line height (twips)
  test.each([
    ["title", "宋体", "44", true, "center", "0", "700"],
    ["heading", "黑体", "32", false, "both", "640", "560"],
    ["subheading", "楷体", "32", true, "both", "640", "560"],
    ["para", "仿宋", "32", false, "both", "640", "560"],
  ] as const)("%s: %s, size %s, bold %s, %s, indent %s, line %s", (kind, font, size, bold, jc, firstLine, line) => {
    const mine = paras.filter((_, i) => BLOCKS[i]?.kind === kind);
    expect(mine.length).toBeGreaterThan(0);
    for (const p of mine) {
      expect([attr(p.props, "w:jc", "w:val"), attr(p.props, "w:ind", "w:firstLine")]).toEqual([jc, firstLine]);
      expect([attr(p.props, "w:spacing", "w:line"), attr(p.props, "w:spacing", "w:lineRule")]).toEqual([line, "exact"]);
      for (const r of p.runs) {
        expect(["w:eastAsia", "w:ascii", "w:hAnsi"].map((a) => attr(r.props, "w:rFonts", a))).toEqual([font, font, font]);
        expect(attr(r.props, "w:sz", "w:val")).toBe(size);
        if (!r.props.includes("w:highlight")) expect(/<w:b\/>/.test(r.props)).toBe(bold);
      }
    }
  });

  test("the placeholder, and only it, is highlighted yellow and bold", () => {
    const runs = paras.flatMap((p) => p.runs);
    const highlighted = runs.filter((r) => r.props.includes("<w:highlight"));
    expect(highlighted.map((r) => r.text)).toEqual(["【请填写原因】"]);
    expect(highlighted[0]?.props).toMatch(/<w:highlight w:val="yellow"\/>/);
    expect(highlighted[0]?.props).toMatch(/<w:b\/>/);
  });

  test("zh-CN document language and the file's title", () => {
    expect(xml["word/styles.xml"]).toMatch(/<w:docDefaults>.*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>.*<\/w:docDefaults>/s);
    expect(xml["docProps/core.xml"]).toContain("<dc:title>朝阳市司法局2024年度部门决算情况说明</dc:title>");
  });

  test("a line break typed in an input text is a line break, not a space", async () => {
    const doc = (await unzip(await narrativeDocx([block("p", "para", "原因：", cell("人员减少\n费用减少", "input:r"))], { title: "t" })))["word/document.xml"] ?? "";
    expect(paragraphs(doc).map((p) => p.text)).toEqual(["原因：人员减少\n费用减少"]);
    expect(doc).toMatch(/<w:t xml:space="preserve">人员减少<\/w:t><\/w:r><w:r>.*?<w:br\/><w:t xml:space="preserve">费用减少<\/w:t>/s);
  });
});

const soffice = findSoffice();
// soffice alone may be Calc only (libreoffice-calc); Writer's library sits next to the soffice binary.
const writer = soffice !== undefined && existsSync(path.join(path.dirname(realpathSync(soffice)), "libswlo.so"));
if (!writer && process.env.CI) throw new Error("LibreOffice Writer is required in CI: .ci/run installs libreoffice-writer");
if (!writer) console.log("跳过 .docx 的 LibreOffice Writer 测试：本机没有 Writer（apt-get install libreoffice-writer）。");
const maybe = writer ? describe : describe.skip;
const pdftotext = ["/usr/bin/pdftotext"].find((p) => existsSync(p));
if (!pdftotext && process.env.CI) throw new Error("pdftotext is required in CI: .ci/run installs poppler-utils");
if (!pdftotext) console.log("跳过 PDF 页码测试：本机没有 pdftotext（apt-get install poppler-utils）。");

maybe("LibreOffice Writer reads the .docx", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-docx-"));
  const file = path.join(dir, "narrative.docx");
  // A private profile: a user's running LibreOffice would otherwise take the conversion (or lock the profile).
  const profileDir = mkdtempSync(path.join(tmpdir(), "jsgk-lo-"));
  const profile = `file://${profileDir}`;
  const convert = (filter: string, ext: string): Buffer => {
    execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", dir, file], {
      stdio: "ignore",
      timeout: 120000,
    });
    return readFileSync(path.join(dir, `narrative.${ext}`));
  };

  beforeAll(async () => writeFileSync(file, await narrativeDocx(BLOCKS, { title: "情况说明" })));
  afterAll(() => [dir, profileDir].forEach((d) => rmSync(d, { recursive: true, force: true })));

  // "Text (encoded)" with UTF8 rather than plain "Text", whose encoding follows the machine's locale.
  test("the text export is the plain text, line for line", () => {
    const text = convert("txt:Text (encoded):UTF8,LF", "txt").toString("utf8").replace(/^\uFEFF/, "");
    expect(text.split("\n")).toEqual(narrativePlainText(BLOCKS).split("\n"));
    expect(text.split("\n").slice(0, -1)).toEqual(BLOCKS.map(blockText));
  });

  test("the PDF export has A4 pages", () => {
    const pdf = convert("pdf", "pdf");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5 * 1024);
    const raw = pdf.toString("latin1");
    expect((raw.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(1);
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(raw)?.slice(1).map(Number);
    // 210 × 297 mm in points
    expect(box?.map((v) => Math.round(v))).toEqual([0, 0, 595, 842]);
  });
});

maybe("LibreOffice Writer renders the example's 情况说明", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-docx-ex-"));
  const file = path.join(dir, "example.docx");
  const profileDir = mkdtempSync(path.join(tmpdir(), "jsgk-lo-"));
  const blocks = narrateReport(exampleReport()).blocks;
  beforeAll(async () => {
    writeFileSync(file, await narrativeDocx(blocks, { title: "辽宁省朝阳市司法局2024年度部门决算情况说明" }));
    for (const filter of ["pdf", "txt:Text (encoded):UTF8,LF"])
      execFileSync(soffice as string, [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", filter, "--outdir", dir, file], { stdio: "ignore", timeout: 120000 });
  }, 240000);
  afterAll(() => [dir, profileDir].forEach((d) => rmSync(d, { recursive: true, force: true })));

  test("the whole 第二部分 comes back as the golden text", () => {
    const text = readFileSync(path.join(dir, "example.txt"), "utf8").replace(/^\uFEFF/, "");
    expect(text).toBe(readFileSync(path.join(__dirname, "../golden/narrative/example.txt"), "utf8"));
  });

  test("the PDF has several A4 pages", () => {
    const raw = readFileSync(path.join(dir, "example.pdf")).toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect((raw.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  // Read with poppler's pdftotext (poppler-utils, installed by .ci/run): each page ends with its own number.
  (pdftotext ? test : test.skip)("every page carries its number, — n —, in order", () => {
    const pages = execFileSync(pdftotext as string, ["-layout", path.join(dir, "example.pdf"), "-"]).toString("utf8").split("\f").filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThanOrEqual(5);
    // pdftotext -layout drops the spaces around the number: "—1—".
    pages.forEach((p, i) => expect(p).toMatch(new RegExp(`—\\s*${i + 1}\\s*—\\s*$`)));
  });
});
