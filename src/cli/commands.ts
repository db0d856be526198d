/** demo / template / build: each turns its options into a Report, then writes the workbook plan. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { exampleReport } from "../core/example/liaoning2024";
import { DEFAULT_TEMPLATE_ID, getTemplate, templateIds } from "../core/layouts/templates";
import { renderMessage } from "../core/messages/zh-CN";
import { STANDARD_TOLERANCE, type Report } from "../core/model/report";
import { reportFromJson, reportToJson } from "../core/model/reportJson";
import { buildWorkbookPlan, type BuildOptions } from "../core/plan/build";
import { planToBuffer } from "../node/xlsx";
import { CliError, type Io } from "./io";

type Options = Record<string, string | boolean | undefined>;

export function exampleFileName(report: Report): string {
  return `示例-${report.department}-${report.year}年度部门决算公开.xlsx`;
}

/** Writes next to the target first and renames, so a failure never leaves a half-written workbook. */
export async function writeAtomic(file: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true }).catch(() => {
    throw new CliError(`无法创建目录 ${dir}。`);
  });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const reason = (e as NodeJS.ErrnoException).code === "EBUSY" ? "文件可能正被 Excel 或 WPS 打开" : (e as Error).message;
    throw new CliError(`无法写入 ${file}：${reason}。`);
  }
}

async function writeReport(report: Report, file: string, io: Io, options: BuildOptions = {}): Promise<void> {
  io.out(`正在生成表样：${report.department} ${report.year} 年度（模板 ${report.templateId}）……`);
  const plan = buildWorkbookPlan(report, options);
  const buffer = await planToBuffer(plan);
  await writeAtomic(file, buffer);
  io.out(`已生成工作簿：${path.resolve(file)}（${plan.sheets.filter((s) => s.tableId).length} 张公开表）`);
}

function requireString(o: Options, key: string, label: string): string {
  const v = o[key];
  if (typeof v !== "string" || v.trim() === "") throw new CliError(`缺少参数 --${key}（${label}）。`, 2);
  return v.trim();
}

function outFile(o: Options): string {
  const out = requireString(o, "out", "输出文件");
  if (!out.toLowerCase().endsWith(".xlsx")) throw new CliError(`输出文件应以 .xlsx 结尾：${out}`, 2);
  return out;
}

export async function runDemo(o: Options, io: Io): Promise<number> {
  const report = exampleReport();
  const dir = typeof o.out === "string" ? o.out : ".";
  await writeReport(report, path.join(dir, exampleFileName(report)), io);
  if (o.json) {
    const file = path.join(dir, `示例-${report.department}-${report.year}年度.json`);
    await writeAtomic(file, reportToJson(report) + "\n");
    io.out(`已导出示例数据：${path.resolve(file)}`);
  }
  return 0;
}

export async function runTemplate(o: Options, io: Io): Promise<number> {
  const department = requireString(o, "dept", "部门名称");
  const yearText = requireString(o, "year", "年度");
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CliError(`年度“${yearText}”无效，应为四位年份，如 2025。`, 2);
  const templateId = typeof o.template === "string" ? o.template : DEFAULT_TEMPLATE_ID;
  if (!getTemplate(templateId)) throw new CliError(`模板“${templateId}”不存在；可用模板：${templateIds().join("、")}。`, 2);
  const units = typeof o.units === "string" ? o.units.split(/[,，、]/).map((u) => u.trim()).filter(Boolean) : [];
  const file = outFile(o);
  await writeReport({ templateId, department, year, units, tolerance: STANDARD_TOLERANCE, tables: {} }, file, io, { blank: true });
  return 0;
}

export async function runBuild(o: Options, io: Io): Promise<number> {
  const data = requireString(o, "data", "报表 JSON 文件");
  const file = outFile(o);
  let text: string;
  try {
    text = await fs.readFile(data, "utf8");
  } catch {
    throw new CliError(`无法读取数据文件 ${data}。`, 2);
  }
  io.out(`正在校验数据文件 ${data}……`);
  const { report, problems } = reportFromJson(text.replace(/^\uFEFF/, ""));
  if (!report) {
    for (const p of problems) io.err(`  · ${renderMessage(p.code, p.params)}`);
    throw new CliError(`数据文件有 ${problems.length} 处问题，未生成工作簿。`);
  }
  await writeReport(report, file, io);
  return 0;
}
