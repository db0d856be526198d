/**
 * What the host fake refuses, and where Excel's behaviour is written down. The fake is only as good as these
 * rules: each one says where it comes from, or that it is a conservative assumption where nothing is
 * documented. Every refusal is thrown at context.sync(), after the operations queued before it in the same
 * batch have been applied and with those after it dropped — as Excel runs a batch (Office.js reference,
 * "Excel JavaScript object model in Office Add-ins": operations are queued and run in order on sync; a failing
 * operation stops the batch, earlier ones are not rolled back).
 *
 * | rule | source |
 * |---|---|
 * | deleting a VeryHidden sheet fails (InvalidOperation) | Worksheet.delete() reference: "if the worksheet's visibility is set to VeryHidden, the delete operation will fail with an InvalidOperation exception"; office-js issue #365 |
 * | deleting or hiding the last visible sheet fails | Excel: "A workbook must contain at least one visible worksheet" (Hide or unhide worksheets, Microsoft Support); API behaviour undocumented — conservative assumption |
 * | sheet names: 1–31 characters, none of [ ] : * ? / \, not starting or ending with ', unique ignoring case | Excel naming rules ("Rename a worksheet", Microsoft Support); Worksheet.name reference |
 * | getItem of a missing sheet, name, note or comment fails (ItemNotFound) at sync | WorksheetCollection.getItem, NamedItemCollection.getItem, NoteCollection.getItem, CommentCollection.getItemByCell reference ("If … does not exist, this method throws an ItemNotFound error"); *OrNullObject methods exist for this |
 * | methods or properties on a null object fail | undocumented; conservative assumption (the reference only says isNullObject is known after sync) |
 * | a note on a cell that has a threaded comment fails | Excel: a cell holds either a note or a threaded comment ("The difference between threaded comments and notes", Microsoft Support); API error undocumented — conservative assumption |
 * | a request over 5 MB (UTF-8 bytes of the serialized batch) fails with RequestPayloadSizeLimitExceeded, nothing applied; a response over 5 MB fails likewise | "Resource limits and performance optimization for Office Add-ins" → Excel add-ins: Excel on the web limits requests and responses to 5 MB |
 * | a range write over 5,000,000 cells fails | undocumented exact figure ("Read or write to a large range": large ranges "may result in an API error"); conservative assumption |
 * | a formula naming a sheet that does not exist when it is written fails | undocumented (Excel would turn it into an external link or #REF!); conservative assumption, so generation must create sheets before formulas |
 * | renaming a sheet rewrites the formulas and names that refer to it | Excel's documented behaviour for renamed sheets (formulas follow the sheet) |
 * | deleting a sheet turns formulas that refer to it into #REF! | Excel's documented behaviour ("#REF! error": a deleted sheet a formula refers to) |
 * | isSetSupported answers per set name and version | Office.context.requirements.isSetSupported(name, minVersion) reference |
 */

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const MAX_RANGE_CELLS = 5_000_000;

/** Shaped like OfficeExtension.Error: a code the adapter can test and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

const ENCODER = new TextEncoder();
export const utf8Bytes = (s: string): number => ENCODER.encode(s).length;

/** Why a sheet name is refused, or undefined. `others` are the other sheets' names. */
export function badSheetName(name: string, others: readonly string[]): string | undefined {
  if (name.length === 0 || name.length > 31) return `工作表名称须为 1–31 个字符：“${name}”`;
  if (/[[\]:*?/\\]/.test(name)) return `工作表名称不能包含 [ ] : * ? / \\：“${name}”`;
  if (name.startsWith("'") || name.endsWith("'")) return `工作表名称不能以 ' 开头或结尾：“${name}”`;
  if (others.some((o) => o.toLowerCase() === name.toLowerCase())) return `已有同名工作表（不区分大小写）：“${name}”`;
  return undefined;
}

/** The formula with every reference to sheet `from` pointing at `to` instead. */
export function renameInFormula(formula: string, from: string, to: string): string {
  const quoted = `'${to.replace(/'/g, "''")}'!`;
  const esc = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Outside string literals only: split on them and rewrite the code between.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(new RegExp(`'${from.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}'!`, "g"), quoted).replace(new RegExp(`(^|[^\\w'\\u4e00-\\u9fff])${esc}!`, "g"), `$1${quoted}`)))
    .join("");
}

/** Client profiles: the requirement sets each kind of Excel supports (set name → highest version). */
export const CLIENTS = {
  /** Microsoft 365, current channel (Windows, Mac) and Excel on the web. */
  current: { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.5" },
  web: { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.5" },
  mac: { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.5" },
  /** Volume-licensed Excel 2021 (LTSC): ExcelApi up to 1.14 — no notes API (1.18), no single undo step (1.20). */
  ltsc2021: { ExcelApi: "1.14", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
} as const satisfies Record<string, Record<string, string>>;

export type ClientSets = Readonly<Record<string, string>>;

const versionParts = (v: string) => v.split(".").map(Number);

export function setSupported(sets: ClientSets, name: string, version = "1.1"): boolean {
  const have = sets[name];
  if (have === undefined) return false;
  const [a = 0, b = 0] = versionParts(have);
  const [c = 0, d = 0] = versionParts(version);
  return a > c || (a === c && b >= d);
}
