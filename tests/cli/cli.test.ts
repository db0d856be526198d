/** jsgk in-process: Chinese progress lines, files where promised, user errors as messages and exit codes. */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { readWorkbook } from "../../src/core/read/workbook";
import { readGridFile as readGrid } from "../../src/cli/workbookFile";
import { correctedExample } from "../helpers/corrected";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const dir = () => mkdtempSync(path.join(tmpdir(), "jsgk-cli-"));

test("demo writes the example workbook under its Chinese name and says where", async () => {
  const d = dir();
  const r = await run("demo", "--out", d);
  const file = path.join(d, "示例-辽宁省朝阳市司法局-2024年度部门决算公开.xlsx");
  expect(r).toMatchObject({ code: 0, err: "" });
  expect(r.out).toContain(`已生成工作簿：${file}`);
  expect((await readWorkbook(await readGrid(file))).report).toEqual(exampleReport());
});

test("template writes a blank workbook for the department, year and units given", async () => {
  const file = path.join(dir(), "空白.xlsx");
  const r = await run("template", "--dept", "某某局", "--year", "2025", "--units", "某某局（本级）,某某中心", "--out", file);
  expect(r.code).toBe(0);
  const back = readWorkbook(await readGrid(file));
  expect(back.report).toMatchObject({ department: "某某局", year: 2025, units: ["某某局（本级）", "某某中心"] });
});

test("build from the example's JSON gives the example workbook", async () => {
  const d = dir();
  await run("demo", "--out", d, "--json");
  const json = path.join(d, "示例-辽宁省朝阳市司法局-2024年度.json");
  const file = path.join(d, "built.xlsx");
  expect((await run("build", "--data", json, "--out", file)).code).toBe(0);
  expect(readWorkbook(await readGrid(file)).report).toEqual(exampleReport());
});

test("build with malformed JSON lists every problem in Chinese, exits 1 and writes nothing", async () => {
  const d = dir();
  const json = path.join(d, "bad.json");
  writeFileSync(json, JSON.stringify({ department: "x", year: 1999, tables: { T05: { rows: [{ code: "2040601", amounts: { c2: "12" } }] } } }));
  const r = await run("build", "--data", json, "--out", path.join(d, "out.xlsx"));
  expect(r.code).toBe(1);
  expect(r.err).toContain("year 的年度 1999 无效");
  expect(r.err).toContain("tables.T05.rows[0].amounts.c2 的金额 \"12\" 无效");
  expect(r.err).toContain("错误：数据文件有 2 处问题，未生成工作簿。");
  expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  expect(readdirSync(d)).toEqual(["bad.json"]);
});

test.each([
  [["frob"], 2, "未知命令“frob”"],
  [["template", "--year", "2025", "--out", "x.xlsx"], 2, "缺少参数 --dept（部门名称）"],
  [["template", "--dept", "x", "--year", "二〇二五", "--out", "x.xlsx"], 2, "年度“二〇二五”无效"],
  [["template", "--dept", "x", "--year", "2025", "--out", "x.txt"], 2, "--out 应指定一个 .xlsx 文件：x.txt"],
  [["template", "--dept", "x", "--year", "2025", "--template", "nope", "--out", "x.xlsx"], 2, "模板“nope”不存在"],
  [["build", "--data", "/nonexistent/a.json", "--out", "x.xlsx"], 2, "无法读取数据文件"],
  [["demo", "--bogus"], 2, "没有参数 --bogus"],
])("%j → exit %i with “%s”", async (argv, code, message) => {
  const r = await run(...argv);
  expect(r.code).toBe(code);
  expect(r.err).toContain(message);
  expect(existsSync("x.xlsx")).toBe(false);
});

test("help lists the commands", async () => {
  const r = await run("help");
  expect(r.out).toMatch(/jsgk demo[\s\S]*jsgk template[\s\S]*jsgk build/);
});

describe("jsgk check", () => {
  const writeExample = async (d: string, name: string, report = exampleReport()) => {
    const file = path.join(d, name);
    const { writePlan } = await import("../../src/node/xlsx");
    const { buildWorkbookPlan } = await import("../../src/core/plan/build");
    await writePlan(buildWorkbookPlan(report), file);
    return file;
  };

  test("the demo workbook: the seed's findings grouped by table, exit 1", async () => {
    const d = dir();
    await run("demo", "--out", d);
    const r = await run("check", path.join(d, "示例-辽宁省朝阳市司法局-2024年度部门决算公开.xlsx"));
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines.filter((l) => l.includes("[错误]"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes("[警告]"))).toHaveLength(8);
    expect(lines).toContain("  公开01表");
    expect(r.out).toContain("[错误] X02 公开01表!F15");
    expect(r.out).toMatch(/小结：审核 \d+ 项，通过 \d+ 项；错误 2 项，警告 8 项。/);
    expect(r.out).toContain("合计：1 个文件，错误 2 项，警告 8 项。");
  });

  test("the same workbook with those cells corrected: exit 0", async () => {
    const file = await writeExample(dir(), "corrected.xlsx", correctedExample());
    const r = await run("check", file);
    expect(r.out).toContain("错误 0 项，警告 0 项");
    expect(r.code).toBe(0);
  });

  test("globs, many files, --json, and an unreadable file → exit 2", async () => {
    const d = dir();
    await writeExample(d, "a.xlsx");
    await writeExample(d, "b.xlsx", correctedExample());
    writeFileSync(path.join(d, "c.xlsx"), "not a zip");
    const r = await run("check", "--json", path.join(d, "*.xlsx"));
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as { files: { file: string; error?: string }[]; summary: Record<string, number> };
    expect(json.files.map((f) => path.basename(f.file))).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(json.files[2]?.error).toContain("不是有效的 .xlsx 工作簿");
    expect(json.summary).toEqual({ files: 3, unreadable: 1, errors: 2, warnings: 8 });
  });

  test("no file given → usage error", async () => {
    const r = await run("check");
    expect(r.code).toBe(2);
    expect(r.err).toContain("请指定要检查的 .xlsx 文件");
  });
});
