/** Reading one .xlsx for the commands: the reader's result, or the Chinese reason it could not be read. */
import { promises as fs } from "node:fs";
import { renderMessage } from "../core/messages/zh-CN";
import { READ_LIMITS, WorkbookFileError, type ReadLimits } from "../core/read/limits";
import { readWorkbook, type ReadResult } from "../core/read/workbook";
import type { WorkbookGrid } from "../core/read/grid";
import { mb } from "../xlsx/package";
import { readXlsx } from "../xlsx/read";
import { readErrorCode } from "./textFile";

/** The grid of a workbook file; throws WorkbookFileError with a catalog code for anything unreadable. */
export async function readGridFile(file: string, limits: ReadLimits = READ_LIMITS): Promise<WorkbookGrid> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new WorkbookFileError("file.directory");
    // The compressed file is never larger than what it unpacks to (bar a few bytes of zip headers).
    if (stat.size > limits.maxPackageBytes) throw new WorkbookFileError("file.too-large", { size: mb(stat.size), limit: mb(limits.maxPackageBytes), part: file, partSize: mb(stat.size) });
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(readErrorCode(e));
  }
  return readXlsx(data, limits);
}

export async function readWorkbookFile(file: string): Promise<{ read: ReadResult & { report: NonNullable<ReadResult["report"]> } } | { error: string }> {
  let read: ReadResult;
  try {
    // Sheets are parsed as the reader looks at them, so a damaged sheet can also surface here.
    read = readWorkbook(await readGridFile(file));
  } catch (e) {
    if (e instanceof WorkbookFileError) return { error: renderMessage(e.code, e.params).replace(/。$/, "") };
    throw e;
  }
  if (!read.report) return { error: "工作簿中没有找到任何公开表（公开01–09表）" };
  return { read: { ...read, report: read.report } };
}
