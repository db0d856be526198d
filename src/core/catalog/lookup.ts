/**
 * Subject names by code for JS.SUBJECT / JS.ECON: the official names from the catalogs, with the
 * spreadsheet's ways of holding a code (a number 2040601 or a text "2040601").
 */
import { fnError, isBlank, type CellValue, type FnResult } from "../result";
import { economicSubject } from "./economic";
import { functionalSubject } from "./functional";

/** A code as text: a whole number or a trimmed text; undefined for anything else (TRUE, 1.5). */
export function codeText(v: CellValue): string | undefined {
  if (typeof v === "number") return Number.isSafeInteger(v) && v >= 0 ? String(v) : undefined;
  if (typeof v === "string") return v.trim();
  return undefined;
}

export type Classification = "functional" | "economic";

const FORMS: Readonly<Record<Classification, { readonly pattern: RegExp; readonly digits: string }>> = {
  functional: { pattern: /^\d{3}(?:\d{2}){0,2}$/, digits: "3、5 或 7" },
  economic: { pattern: /^\d{3}(?:\d{2})?$/, digits: "3 或 5" },
};

/**
 * The official name of a 支出功能分类 (3/5/7 digits) or 部门预算支出经济分类 (3/5 digits) code. Blank or a
 * malformed code is #VALUE!; a well-formed code not in the catalog is #N/A 未找到科目编码.
 */
export function subjectName(kind: Classification, v: CellValue): FnResult<string> {
  if (isBlank(v)) return fnError("value", "fn.blank", { param: "科目编码" });
  const code = codeText(v);
  const form = FORMS[kind];
  if (code === undefined || !form.pattern.test(code)) return fnError("value", "fn.bad-code", { code: String(v), digits: form.digits });
  const subject = kind === "functional" ? functionalSubject(code) : economicSubject(code);
  return subject ? subject.name : fnError("na", "fn.unknown-code", { code });
}
