#!/usr/bin/env node
/**
 * jsgk — the command line over the same core as the add-in. Thin: parse arguments, call core and the
 * exceljs adapter, print Chinese progress lines; user errors exit non-zero with a message, never a stack.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { runCheck } from "./check";
import { runBuild, runDemo, runTemplate } from "./commands";
import { CliError, type Io } from "./io";
import { runNarrate } from "./narrate";

/** Each command's usage, shown by `jsgk help CMD`, `jsgk CMD --help` and (all of them) `jsgk help`. */
const COMMANDS: Readonly<Record<string, string>> = {
  demo: `  jsgk demo [--out 目录] [--json] [--force]
                                            生成内置示例（辽宁省朝阳市司法局 2024 年度）工作簿；--json 同时导出示例数据`,
  template: `  jsgk template --dept 部门名称 --year 年度 [--units 单位1,单位2] [--template 模板] --out 文件.xlsx [--force]
                                            生成空白公开01–09表样`,
  build: `  jsgk build --data 报表.json --out 文件.xlsx [--force]
                                            按 JSON 数据生成工作簿（格式见 docs/report-format.md；
                                            文件可以是 UTF-8 或 GB18030/GBK 编码）`,
  check: `  jsgk check 文件.xlsx… [--json]             审核表内、表间勾稽关系（可用通配符，如 "单位/*.xlsx"）；
                                            有错误时退出码为 1，有文件无法读取时为 2
  jsgk check 文件.xlsx --narrative 说明.txt|说明.docx
                                            另外核对已有情况说明中的金额、比率和增减用词是否与表一致`,
  narrate: `  jsgk narrate 文件.xlsx [--docx 输出.docx [--force]] [--text]
                                            按表和“说明数据”生成第二部分情况说明：--docx 写 Word 文档，
                                            --text（或不带 --docx 时）把文字输出到屏幕`,
};

const USAGE = `用法：
${Object.values(COMMANDS).join("\n")}
  jsgk help [命令]                           显示帮助（也可以写 jsgk 命令 --help）
  jsgk --version                            显示版本

已存在的文件不会被覆盖，除非加 --force；输出文件不能是输入文件。`;

function version(): string {
  // lib/cli/main.js and src/cli/main.ts both sit two folders below package.json.
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string };
  return `jsgk（决算公开助手）${pkg.version}`;
}

function help(command: string | undefined): string {
  if (command === undefined) return USAGE;
  const usage = COMMANDS[command];
  if (usage === undefined) throw new CliError(`没有命令“${command}”。\n${USAGE}`, 2);
  return `用法：\n${usage}`;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: {
        out: { type: "string" },
        dept: { type: "string" },
        year: { type: "string" },
        units: { type: "string" },
        template: { type: "string" },
        data: { type: "string" },
        json: { type: "boolean" },
        docx: { type: "string" },
        text: { type: "boolean" },
        narrative: { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
      strict: true,
      allowPositionals: true,
    });
    if (command === "--version" || command === "-v" || command === "version" || (command === undefined && values.version)) {
      io.out(version());
      return 0;
    }
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.out(help(command === "help" ? positionals[0] : undefined));
      return 0;
    }
    if (values.help) {
      io.out(help(command));
      return 0;
    }
    if (command !== "check" && command !== "narrate" && positionals.length > 0) throw new CliError(`多余的参数：${positionals.join(" ")}\n${USAGE}`, 2);
    switch (command) {
      case "demo":
        return await runDemo(values, io);
      case "template":
        return await runTemplate(values, io);
      case "build":
        return await runBuild(values, io);
      case "check":
        return await runCheck(positionals, values.json === true, io, values.narrative);
      case "narrate":
        return await runNarrate(positionals, { docx: values.docx, text: values.text === true, force: values.force === true }, io);
      default:
        throw new CliError(`未知命令“${command}”。\n${USAGE}`, 2);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`错误：${e.message}`);
      return e.exitCode;
    }
    // parseArgs' own errors (unknown option, missing value) carry an ERR_PARSE_ARGS_* code.
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
    if (code.startsWith("ERR_PARSE_ARGS")) {
      const option = /'(-[^' ]+)/.exec((e as Error).message)?.[1] ?? "";
      const what = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? `没有参数 ${option}` : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" ? `参数 ${option} 的值缺失或有误` : "参数有误";
      io.err(`错误：${what}。\n${command !== undefined && COMMANDS[command] ? help(command) : USAGE}`);
      return 2;
    }
    io.err(`内部错误：${e instanceof Error ? e.message : String(e)}。请把这条信息反馈给开发者。`);
    if (process.env.JSGK_DEBUG && e instanceof Error) io.err(e.stack ?? "");
    return 3;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) }).then((code) => {
    process.exitCode = code;
  });
}
