/**
 * Opening an .xlsx package with fflate: what kind of file it is, the sizes its zip directory declares (read
 * without inflating anything, so a zip bomb is refused by what it claims), and the parts the reader needs.
 * Inflating a part is bounded by its declared size (fflate writes into a buffer of exactly that size).
 */
import { strFromU8, unzipSync } from "fflate";
import { WorkbookFileError, type ReadLimits } from "../core/read/limits";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

const startsWith = (data: Uint8Array, magic: readonly number[]) => magic.every((b, i) => data[i] === b);
/** Bytes as the messages show them: MB with one decimal. */
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A file that is not an .xlsx package: say what it most likely is. */
function foreign(data: Uint8Array): WorkbookFileError {
  if (data.length === 0) return new WorkbookFileError("file.empty");
  // Excel 97–2003 .xls, WPS .et and every password-protected .xlsx are OLE2 compound files.
  if (startsWith(data, OLE2)) return new WorkbookFileError("file.xls");
  const head = strFromU8(data.subarray(0, 4096), true);
  if (/^\s*<(!DOCTYPE\s+)?html/i.test(head)) return new WorkbookFileError("file.html");
  // Text with separators on its first line: a CSV or tab-separated export.
  const binary = [...head.slice(0, 512)].some((ch) => ch.charCodeAt(0) < 9 || (ch.charCodeAt(0) > 13 && ch.charCodeAt(0) < 32));
  if (!binary && /^[^\n]*[,\t][^\n]*(\n|$)/.test(head)) return new WorkbookFileError("file.csv");
  return new WorkbookFileError("file.not-xlsx");
}

export interface XlsxPackage {
  /** Inflated text of a part, or undefined when the package has no such part. */
  text(name: string): string | undefined;
  /** Inflated bytes of a part. */
  bytes(name: string): Uint8Array | undefined;
  /** Declared uncompressed size of a part. */
  size(name: string): number;
}

export function openPackage(data: Uint8Array, limits: ReadLimits): XlsxPackage {
  if (!startsWith(data, ZIP)) throw foreign(data);
  const sizes = new Map<string, number>();
  try {
    unzipSync(data, {
      filter: (f) => {
        sizes.set(f.name, f.originalSize);
        return false;
      },
    });
  } catch {
    throw new WorkbookFileError("file.damaged");
  }
  if (sizes.has("mimetype") && !sizes.has("xl/workbook.xml")) throw new WorkbookFileError("file.ods");
  if (!sizes.has("[Content_Types].xml")) throw new WorkbookFileError(sizes.has("word/document.xml") ? "file.docx" : "file.not-xlsx");
  if (sizes.has("word/document.xml")) throw new WorkbookFileError("file.docx");
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  if (total > limits.maxPackageBytes) {
    const [largest = "", largestSize = 0] = [...sizes].sort((a, b) => b[1] - a[1])[0] ?? [];
    throw new WorkbookFileError("file.too-large", { size: mb(total), limit: mb(limits.maxPackageBytes), part: largest, partSize: mb(largestSize) });
  }
  const cache = new Map<string, Uint8Array>();
  const bytes = (name: string): Uint8Array | undefined => {
    if (!sizes.has(name)) return undefined;
    let b = cache.get(name);
    if (!b) {
      try {
        b = unzipSync(data, { filter: (f) => f.name === name })[name];
      } catch {
        throw new WorkbookFileError("file.damaged-part", { part: name });
      }
      if (!b) throw new WorkbookFileError("file.damaged-part", { part: name });
      cache.set(name, b);
    }
    return b;
  };
  return {
    bytes,
    text: (name) => {
      const b = bytes(name);
      return b === undefined ? undefined : strFromU8(b);
    },
    size: (name) => sizes.get(name) ?? 0,
  };
}
