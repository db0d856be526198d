/** A1 addressing helpers. Rows and columns are 1-based here, as in the spreadsheet. */

export function colLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

export function absA1(row: number, col: number): string {
  return `$${colLetter(col)}$${row}`;
}

/** Sheet reference with quotes, as every engine accepts for non-ASCII names: '公开03表'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A formula or reference of a plan with its sheet references renamed (`'old'!` → `'new'!`; plans always quote
 * sheet names). Text inside string literals is left alone.
 */
export function renameSheetRefs(formula: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/'((?:[^']|'')+)'!/g, (m, quoted: string) => {
      const to = names.get(quoted.replace(/''/g, "'"));
      return to === undefined ? m : `${quoteSheet(to)}!`;
    })))
    .join("");
}

/** The sheets a formula refers to ('name'!A1 and name!A1), string literals skipped. */
export function sheetsReferenced(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:'((?:[^']|'')+)'|([^\s'"!(),&=+\-*/<>:;^%{}]+))!\$?[A-Z]{1,3}\$?\d+/g)) out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string));
  return out;
}

export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  return m ? { col: colNumber(m[1] ?? ""), row: Number(m[2]) } : undefined;
}

/** Parses "'公开01表'!$A$1:$G$40" (or without quotes / a single cell). */
export function parseRangeRef(ref: string): { sheet: string; from: { row: number; col: number }; to: { row: number; col: number } } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const [p, q] = (m[3] ?? "").split(":");
  const from = parseA1(p ?? "");
  const to = q ? parseA1(q) : from;
  return from && to ? { sheet, from, to } : undefined;
}
