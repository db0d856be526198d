/**
 * Writing the commands' output files so that nothing the user has is destroyed: the output is never one of
 * the inputs (same file under any name: compared by device and inode after resolving links), never an
 * existing file unless --force, always of the type its option promises, and written next to the target then
 * renamed, so a failure never leaves half a file. OS errors become Chinese sentences without internals.
 */
import { promises as nodeFs } from "node:fs";
import * as path from "node:path";
import { CliError } from "./io";

/** The file operations a write needs; tests inject failures (CI runs as root, so permissions can't fail). */
export interface WriteFs {
  writeFile(file: string, data: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  mkdir(dir: string, options: { recursive: boolean }): Promise<unknown>;
  stat(file: string): Promise<{ dev: number; ino: number; isDirectory(): boolean }>;
}

export const NODE_FS: WriteFs = nodeFs;

const OS_REASONS: Readonly<Record<string, string>> = {
  EACCES: "没有写入权限",
  EPERM: "没有写入权限",
  EROFS: "所在磁盘是只读的",
  ENOENT: "目录不存在",
  ENOTDIR: "目录不存在",
  EISDIR: "这是一个目录",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "磁盘空间不足",
  EBUSY: "文件可能正被 Excel 或 WPS 打开",
  ENAMETOOLONG: "文件名太长",
};

export function osReason(e: unknown): string {
  return OS_REASONS[(e as NodeJS.ErrnoException).code ?? ""] ?? "写入时发生系统错误";
}

export interface OutputOptions {
  /** The files the command reads; the output may be none of them. */
  readonly inputs: readonly string[];
  /** Replace an existing file (--force). */
  readonly force: boolean;
  /** The extension the output must have (".xlsx", ".docx", ".json"), with the option that named it. */
  readonly extension: string;
  readonly option: string;
  readonly fs?: WriteFs;
}

async function identity(fs: WriteFs, file: string): Promise<string | undefined> {
  try {
    const s = await fs.stat(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** Refuses an output that would replace an input, an existing file without --force, or the wrong type. */
export async function checkOutput(file: string, o: OutputOptions): Promise<void> {
  const fs = o.fs ?? NODE_FS;
  if (!file.toLowerCase().endsWith(o.extension)) throw new CliError(`${o.option} 应指定一个 ${o.extension} 文件：${file}`, 2);
  const target = await identity(fs, file);
  if (target === undefined) return;
  for (const input of o.inputs) {
    if ((await identity(fs, input)) === target) throw new CliError(`输出文件 ${file} 就是输入文件 ${input}，写出会覆盖输入，已停止。请换一个输出文件名。`, 2);
  }
  if ((await fs.stat(file)).isDirectory()) throw new CliError(`无法写入 ${file}：这是一个目录。`, 2);
  if (!o.force) throw new CliError(`文件 ${path.resolve(file)} 已存在，未覆盖。如确需覆盖，请加 --force；或换一个输出文件名。`, 2);
}

/** Writes next to the target first and renames, so a failure never leaves a half-written file. */
export async function writeOutput(file: string, data: Uint8Array | string, o: OutputOptions): Promise<void> {
  const fs = o.fs ?? NODE_FS;
  await checkOutput(file, o);
  const dir = path.dirname(file);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`无法创建目录 ${dir}：${osReason(e)}。`);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CliError(`无法写入 ${file}：${osReason(e)}。`);
  }
}
