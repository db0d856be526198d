/** jsgk check FILE...: read each workbook, run every rule, print findings grouped by table. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { renderFinding } from "../core/messages/zh-CN";
import type { Finding } from "../core/model/finding";
import { checkReport } from "../core/rules";
import { checkNarrative } from "../core/narrative/check";
import { CliError, type Io } from "./io";
import { readNarrativeFile } from "./narrate";
import { readWorkbookFile } from "./workbookFile";

interface FileResult {
  file: string;
  error?: string;
  checks: number;
  passed: number;
  findings: (Finding & { message: string })[];
}

const LABEL = { error: "错误", warning: "警告", info: "提示" } as const;

/** Expands "dir/*.xlsx" and "dir/**\/*.xlsx" (shells on Windows do not expand globs). */
export async function expandGlobs(patterns: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) {
    if (!/[*?]/.test(p)) {
      out.push(p);
      continue;
    }
    const parts = p.split(/[\\/]/);
    const firstWild = parts.findIndex((s) => /[*?]/.test(s));
    const base = parts.slice(0, firstWild).join(path.sep) || ".";
    const recursive = parts.includes("**");
    const name = parts[parts.length - 1] ?? "*";
    const re = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "i");
    const walk = async (dir: string, depth: number): Promise<void> => {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, e.name);
        if (e.isDirectory() && (recursive || depth < parts.length - firstWild - 1)) await walk(full, depth + 1);
        else if (e.isFile() && re.test(e.name) && !e.name.startsWith("~$")) out.push(full);
      }
    };
    const before = out.length;
    await walk(base, 0);
    if (out.length === before) out.push(p); // reported as unreadable, with the pattern as given
  }
  return out;
}

async function checkFile(file: string, narrative?: string): Promise<FileResult> {
  const loaded = await readWorkbookFile(file);
  if ("error" in loaded) return { file, error: loaded.error, checks: 0, passed: 0, findings: [] };
  const { read } = loaded;
  const out = checkReport(read.report, { locations: read.locations, rowLocations: read.rowLocations });
  const told = narrative === undefined ? [] : checkNarrative(read.report, narrative, { locations: read.locations }).findings;
  const findings = [...read.findings, ...out.findings, ...told].map((f) => ({ ...f, message: renderFinding(f) }));
  return { file, checks: out.results.length, passed: out.results.filter((r) => r.status === "pass").length, findings };
}

function printFile(r: FileResult, io: Io): void {
  io.out(`\n■ ${r.file}`);
  if (r.error) {
    io.out(`  无法读取：${r.error}`);
    return;
  }
  const groups = new Map<string, FileResult["findings"]>();
  for (const f of r.findings) {
    const key = f.code.startsWith("narrative.") && f.code !== "narrative.missing-reason" && f.code !== "narrative.missing-text" ? "情况说明" : f.cells[0]?.sheet || "工作簿";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [sheet, fs] of [...groups].sort(([a], [b]) => Number(a === "情况说明") - Number(b === "情况说明"))) {
    io.out(`  ${sheet}`);
    for (const f of fs) {
      const where = f.cells[0]?.address ? `${f.cells[0].sheet}!${f.cells[0].address}` : "";
      io.out(`    ${[`[${LABEL[f.severity]}]`, f.ruleId, where].filter(Boolean).join(" ")}  ${f.message}`);
    }
  }
  const errors = r.findings.filter((f) => f.severity === "error").length;
  const warnings = r.findings.length - errors;
  io.out(`  小结：审核 ${r.checks} 项，通过 ${r.passed} 项；错误 ${errors} 项，警告 ${warnings} 项。`);
}

export async function runCheck(files: readonly string[], json: boolean, io: Io, narrativeFile?: string): Promise<number> {
  if (files.length === 0) throw new CliError("请指定要检查的 .xlsx 文件，例如：jsgk check 报表.xlsx 或 jsgk check \"单位报表/*.xlsx\"。", 2);
  const workbooks = await expandGlobs(files);
  if (narrativeFile !== undefined && workbooks.length !== 1) throw new CliError("--narrative 只能与一个 .xlsx 文件一起使用。", 2);
  const narrative = narrativeFile === undefined ? undefined : await readNarrativeFile(narrativeFile, io);
  const results: FileResult[] = [];
  for (const file of workbooks) results.push(await checkFile(file, narrative));
  const unreadable = results.filter((r) => r.error).length;
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === "error").length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity !== "error").length, 0);
  if (json) io.out(JSON.stringify({ files: results, summary: { files: results.length, unreadable, errors, warnings } }, null, 2));
  else {
    for (const r of results) printFile(r, io);
    io.out(`\n合计：${results.length} 个文件，错误 ${errors} 项，警告 ${warnings} 项${unreadable ? `，${unreadable} 个文件无法读取` : ""}。`);
  }
  return unreadable ? 2 : errors ? 1 : 0;
}
