/**
 * Text files from users (report JSON, a pasted 情况说明) come in UTF-8 or, from Chinese Windows tools, in
 * GBK/GB18030. Decoded by BOM, then strict UTF-8, then GB18030 (a superset of GBK and GB2312); never guessed
 * silently: the caller tells the user which encoding was used when it was not UTF-8, and bytes that are
 * neither are refused instead of becoming mojibake.
 */
import { renderMessage } from "../core/messages/zh-CN";
import { CliError } from "./io";

export interface DecodedText {
  readonly text: string;
  /** The encoding used, for the user when it is not plain UTF-8. */
  readonly encoding: "UTF-8" | "UTF-16" | "GB18030";
}

const BOMS: readonly [readonly number[], string, DecodedText["encoding"]][] = [
  [[0xef, 0xbb, 0xbf], "utf-8", "UTF-8"],
  [[0xff, 0xfe], "utf-16le", "UTF-16"],
  [[0xfe, 0xff], "utf-16be", "UTF-16"],
];

export function decodeText(data: Uint8Array, file: string): DecodedText {
  for (const [bom, label, encoding] of BOMS) {
    if (bom.every((b, i) => data[i] === b)) {
      try {
        return { text: new TextDecoder(label, { fatal: true }).decode(data.subarray(bom.length)), encoding };
      } catch {
        break;
      }
    }
  }
  for (const [label, encoding] of [["utf-8", "UTF-8"], ["gb18030", "GB18030"]] as const) {
    try {
      return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data), encoding };
    } catch {
      // try the next encoding
    }
  }
  throw new CliError(`${file} 既不是 UTF-8 也不是 GB18030/GBK 编码的文本，无法读取；请在记事本或 WPS 中“另存为” UTF-8 编码后再试。`, 2);
}

const READ_ERRORS: Readonly<Record<string, string>> = { ENOENT: "file.not-found", ENOTDIR: "file.not-found", EACCES: "file.no-permission", EPERM: "file.no-permission", EISDIR: "file.directory" };

/** The catalog code of a failed read (the same reasons for workbooks and text files). */
export function readErrorCode(e: unknown): string {
  return READ_ERRORS[(e as NodeJS.ErrnoException).code ?? ""] ?? "file.no-permission";
}

/** A failed read of a text file as the user should hear it. */
export function readReason(e: unknown): string {
  const code = readErrorCode(e);
  return code === "file.directory" ? "这是一个目录，不是文件" : renderMessage(code, {}).replace(/。$/, "");
}

/** Control characters other than tab and line breaks: a binary file, not text. */
export function looksBinary(text: string): boolean {
  for (let i = 0; i < Math.min(text.length, 4096); i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) return true;
  }
  return false;
}
