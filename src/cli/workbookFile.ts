/** Reading one .xlsx for the commands: the reader's result, or the Chinese reason it could not be read. */
import { promises as fs } from "node:fs";
import { readWorkbook, type ReadResult } from "../core/read/workbook";
import { readGrid } from "../node/xlsx";

export async function readWorkbookFile(file: string): Promise<{ read: ReadResult & { report: NonNullable<ReadResult["report"]> } } | { error: string }> {
  try {
    await fs.access(file);
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在" : "没有读取权限" };
  }
  let grid;
  try {
    grid = await readGrid(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === "ENOENT" ? "文件不存在" : code === "EACCES" ? "没有读取权限" : "不是有效的 .xlsx 工作簿（可能已损坏，或是 .xls/.et 等其他格式）" };
  }
  const read = readWorkbook(grid);
  if (!read.report) return { error: "工作簿中没有找到任何公开表（公开01–09表）" };
  return { read: { ...read, report: read.report } };
}
