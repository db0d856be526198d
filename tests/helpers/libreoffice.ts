/**
 * LibreOffice headless as an independent spreadsheet engine: recalculates .xlsx files with a throwaway
 * profile that forces recalculation on load (toolchain.md §8) and exports every sheet as CSV.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { SheetPlan, WorkbookPlan } from "../../src/core/plan/sheet";

export function findSoffice(): string | undefined {
  for (const p of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]) {
    try {
      execFileSync(p, ["--version"], { stdio: "ignore", timeout: 60000 });
      return p;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

function profileDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-lo-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), PROFILE);
  return dir;
}

/** Recalculates the files and returns, per file, sheet name → rows of raw cell text. */
export function recalcToCsv(soffice: string, files: string[]): Map<string, Map<string, string[][]>> {
  const out = mkdtempSync(path.join(tmpdir(), "jsgk-csv-"));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profileDir()}`,
      "--headless",
      "--calc",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "ignore", timeout: 300000 },
  );
  const result = new Map<string, Map<string, string[][]>>();
  for (const f of files) {
    const base = path.basename(f, ".xlsx");
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(out)) {
      if (csv.startsWith(`${base}-`) && csv.endsWith(".csv")) sheets.set(csv.slice(base.length + 1, -4), parseCsv(readFileSync(path.join(out, csv), "utf8")));
    }
    result.set(f, sheets);
  }
  return result;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

/** The same plan with every formula's cached result removed, so LibreOffice must compute them all. */
export function stripResults(plan: WorkbookPlan): WorkbookPlan {
  const strip = (s: SheetPlan): SheetPlan => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c?.f !== undefined ? { ...c, v: null } : c))) });
  return { sheets: plan.sheets.map(strip) };
}

/** Error texts LibreOffice shows for failed formulas. */
export const ERROR_VALUE = /^(#(NAME\?|REF!|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)|Err:\d+)$/;
