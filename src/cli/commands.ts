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
import { checkOutput, writeOutput, type OutputOptions } from "./output";
import { decodeText, readReason } from "./textFile";

type Options = Record<string, string | boolean | undefined>;

export function exampleFileName(report: Report): string {
  return `示例-${report.department}-${report.year}年度部门决算公开.xlsx`;
}

/** Where a command writes: refused before any work if it would replace an input or an existing file. */
export function target(o: Options, io: Io, inputs: readonly string[] = []) {
  const base = { inputs, force: o.force === true, ...(io.fs ? { fs: io.fs } : {}) };
  return {
    xlsx: { ...base, extension: ".xlsx", option: "--out" },
    json: { ...base, extension: ".json", option: "--out" },
    docx: { ...base, extension: ".docx", option: "--docx" },
  };
}

async function writeReport(report: Report, file: string, io: Io, output: OutputOptions, options: BuildOptions = {}): Promise<void> {
  await checkOutput(file, output);
  io.out(`正在生成表样：${report.department} ${report.year} 年度（模板 ${report.templateId}）……`);
  const plan = buildWorkbookPlan(report, options);
  const buffer = await planToBuffer(plan);
  await writeOutput(file, buffer, output);
  io.out(`已生成工作簿：${path.resolve(file)}（${plan.sheets.filter((s) => s.tableId).length} 张公开表）`);
}

function requireString(o: Options, key: string, label: string): string {
  const v = o[key];
  if (typeof v !== "string" || v.trim() === "") throw new CliError(`缺少参数 --${key}（${label}）。`, 2);
  return v.trim();
}


export async function runDemo(o: Options, io: Io): Promise<number> {
  const report = exampleReport();
  const dir = typeof o.out === "string" ? o.out : ".";
  const out = target(o, io);
  const workbook = path.join(dir, exampleFileName(report));
  const file = path.join(dir, `示例-${report.department}-${report.year}年度.json`);
  if (o.json) await checkOutput(file, out.json);
  await writeReport(report, workbook, io, out.xlsx);
  if (o.json) {
    await writeOutput(file, reportToJson(report) + "\n", out.json);
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
  const file = requireString(o, "out", "输出文件");
  await writeReport({ templateId, department, year, units, tolerance: STANDARD_TOLERANCE, tables: {} }, file, io, target(o, io).xlsx, { blank: true });
  return 0;
}

export async function runBuild(o: Options, io: Io): Promise<number> {
  const data = requireString(o, "data", "报表 JSON 文件");
  const file = requireString(o, "out", "输出文件");
  const output = target(o, io, [data]).xlsx;
  await checkOutput(file, output);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(data);
  } catch (e) {
    throw new CliError(`无法读取数据文件 ${data}：${readReason(e)}。`, 2);
  }
  const { text, encoding } = decodeText(bytes, data);
  if (encoding !== "UTF-8") io.out(`数据文件 ${data} 不是 UTF-8 编码，已按 ${encoding} 编码读取。`);
  io.out(`正在校验数据文件 ${data}……`);
  const { report, problems } = reportFromJson(text);
  if (!report) {
    for (const p of problems) io.err(`  · ${renderMessage(p.code, p.params)}`);
    throw new CliError(`数据文件有 ${problems.length} 处问题，未生成工作簿。`);
  }
  await writeReport(report, file, io, output);
  return 0;
}
