/** jsgk narrate FILE.xlsx [--docx OUT.docx] [--text]: the 情况说明 of a workbook as text and/or Word. */
import { promises as fs } from "node:fs";
import { renderFinding } from "../core/messages/zh-CN";
import { narrateReport, relocateFindings } from "../core/narrative";
import { narrativePlainText } from "../core/narrative/plainText";
import { docxText } from "../node/docxText";
import { narrativeDocx } from "../node/docx";
import { target } from "./commands";
import { checkOutput, writeOutput } from "./output";
import { CliError, type Io } from "./io";
import { decodeText, looksBinary, readReason } from "./textFile";
import { readWorkbookFile } from "./workbookFile";

/** Reads a workbook for the narrative commands; unreadable files are user errors (exit 2). */
async function readReport(file: string) {
  const loaded = await readWorkbookFile(file);
  if ("error" in loaded) throw new CliError(`无法读取 ${file}：${loaded.error}。`, 2);
  return { report: loaded.read.report, read: loaded.read };
}

/** A narrative to check: a .docx (paragraphs) or a text file (UTF-8 or GB18030); empty text is refused. */
export async function readNarrativeFile(file: string, io: Io): Promise<string> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    throw new CliError(`无法读取情况说明文件 ${file}：${readReason(e)}。`, 2);
  }
  let text: string;
  if (/\.docx$/i.test(file)) {
    try {
      text = await docxText(data);
    } catch {
      throw new CliError(`${file} 不是有效的 Word（.docx）文档。`, 2);
    }
  } else {
    const decoded = decodeText(data, file);
    if (looksBinary(decoded.text)) throw new CliError(`${file} 不是文本文件；情况说明请用 .txt（UTF-8 或 GBK 编码）或 Word（.docx）文件。`, 2);
    if (decoded.encoding !== "UTF-8") io.err(`情况说明文件 ${file} 不是 UTF-8 编码，已按 ${decoded.encoding} 编码读取。`);
    text = decoded.text;
  }
  if (text.trim() === "") throw new CliError(`情况说明文件 ${file} 是空的（没有文字），无法核对。`, 2);
  return text;
}

export async function runNarrate(files: readonly string[], options: { docx?: string; text?: boolean; force?: boolean }, io: Io): Promise<number> {
  if (files.length !== 1) throw new CliError("请指定一个 .xlsx 文件，例如：jsgk narrate 报表.xlsx --docx 情况说明.docx", 2);
  const output = target({ force: options.force }, io, files).docx;
  if (options.docx !== undefined) await checkOutput(options.docx, output);
  const { report, read } = await readReport(files[0] ?? "");
  const narration = narrateReport(report);
  // Progress and findings go to stderr so `--text > 说明.txt` holds only the narrative.
  for (const f of relocateFindings(narration.findings, read.locations)) io.err(`[提示] ${renderFinding(f)}`);
  if (options.docx) {
    await writeOutput(options.docx, await narrativeDocx(narration.blocks, { title: `${report.department}${report.year}年度部门决算情况说明` }), output);
    io.err(`已生成 Word 文档：${options.docx}`);
  }
  if (options.text || !options.docx) io.out(narrativePlainText(narration.blocks).replace(/\n$/, ""));
  return 0;
}
