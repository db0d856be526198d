#!/usr/bin/env node
/**
 * jsgk — the command line over the same core as the add-in. Thin: parse arguments, call core and the
 * exceljs adapter, print Chinese progress lines; user errors exit non-zero with a message, never a stack.
 */
import { parseArgs } from "node:util";
import { runCheck } from "./check";
import { runBuild, runDemo, runTemplate } from "./commands";
import { CliError, type Io } from "./io";
import { runNarrate } from "./narrate";

const USAGE = `用法：
  jsgk demo [--out 目录] [--json]          生成内置示例（辽宁省朝阳市司法局 2024 年度）工作簿
  jsgk template --dept 部门名称 --year 年度 [--units 单位1,单位2] [--template 模板] --out 文件.xlsx
                                            生成空白公开01–09表样
  jsgk build --data 报表.json --out 文件.xlsx  按 JSON 数据生成工作簿（格式见 docs/report-format.md）
  jsgk check 文件.xlsx… [--json]             审核表内、表间勾稽关系（可用通配符，如 "单位/*.xlsx"）；
                                            有错误时退出码为 1，有文件无法读取时为 2
  jsgk check 文件.xlsx --narrative 说明.txt|说明.docx
                                            另外核对已有情况说明中的金额、比率和增减用词是否与表一致
  jsgk narrate 文件.xlsx [--docx 输出.docx] [--text]
                                            按表和“说明数据”生成第二部分情况说明：--docx 写 Word 文档，
                                            --text（或不带 --docx 时）把文字输出到屏幕
  jsgk help                                 显示本帮助`;

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
      },
      strict: true,
      allowPositionals: true,
    });
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
        return await runNarrate(positionals, { docx: values.docx, text: values.text === true }, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return 0;
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
      io.err(`错误：参数有误（${(e as Error).message}）。\n${USAGE}`);
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
