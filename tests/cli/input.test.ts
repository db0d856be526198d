/**
 * Input is taken exactly or refused clearly: duplicated codes and keys in report JSON, an override of 0,
 * a year written as text, GBK/GB18030 files, undecodable and empty files, files of other formats, and
 * workbooks whose formulas have no saved results. Every case: exit code, Chinese message, inputs unchanged.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import iconv from "iconv-lite";
import { main } from "../../src/cli/main";
import { readGridFile } from "../../src/cli/workbookFile";
import { readWorkbook } from "../../src/core/read/workbook";
import { seedNarrativeText } from "../fixtures/seed";
import { HOSTILE, sheetPart } from "../helpers/xlsxParts";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

let d: string;
let workbook: string;
let exampleJson: Record<string, unknown>;
beforeAll(async () => {
  d = mkdtempSync(path.join(tmpdir(), "jsgk-input-"));
  expect((await run("demo", "--out", d, "--json")).code).toBe(0);
  workbook = path.join(d, "示例-辽宁省朝阳市司法局-2024年度部门决算公开.xlsx");
  exampleJson = JSON.parse(readFileSync(path.join(d, "示例-辽宁省朝阳市司法局-2024年度.json"), "utf8")) as Record<string, unknown>;
});

/** Writes `bytes` as a new input file, runs the command, and checks the input is byte-identical afterwards. */
async function withInput(name: string, bytes: Uint8Array | string, argv: (file: string) => string[]) {
  const file = path.join(d, name);
  writeFileSync(file, bytes);
  const before = readFileSync(file);
  const r = await run(...argv(file));
  expect(readFileSync(file).equals(before)).toBe(true);
  return r;
}

const build = (json: string | Uint8Array, name: string) => {
  const workbookFile = path.join(d, `${name}.xlsx`);
  return withInput(`${name}.json`, json, (f) => ["build", "--data", f, "--out", workbookFile]).then((r) => ({ ...r, workbookFile }));
};

describe("report JSON", () => {
  const table = (id: string) => (exampleJson.tables as Record<string, Record<string, unknown>>)[id] as Record<string, unknown>;

  test("a duplicated code in a table is an error naming both rows; nothing is written", async () => {
    const rows = table("T03").rows as { code: string }[];
    const doc = { ...exampleJson, tables: { ...(exampleJson.tables as object), T03: { ...table("T03"), rows: [...rows, rows[2]] } } };
    const r = await build(JSON.stringify(doc, null, 2), "dup-code");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`tables.T03.rows[${rows.length}].code：科目编码 ${rows[2]!.code} 与 tables.T03.rows[2].code 重复`);
    expect(readdirSync(d)).not.toContain("dup-code.xlsx");
  });

  test("a key written twice in one object is an error naming it and both lines", async () => {
    const text = JSON.stringify(exampleJson, null, 2).replace('"fiscalGeneral.c1": 5577.44', '"fiscalGeneral.c1": 1.00,\n        "fiscalGeneral.c1": 5577.44');
    const r = await build(text, "dup-key");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/tables\.T01\.amounts\.fiscalGeneral\.c1 出现了两次（第 \d+ 行和第 \d+ 行），前一个值会被忽略/);
  });

  test("an override of 0 is kept: the workbook prints 0 where the formula gives more, and the check reports it", async () => {
    const t01 = table("T01");
    const doc = { ...exampleJson, tables: { ...(exampleJson.tables as object), T01: { ...t01, overrides: { ...(t01.overrides as object), "expenditureSum.c2": 0 } } } };
    const r = await build(JSON.stringify(doc), "zero-override");
    expect(r.code).toBe(0);
    const back = readWorkbook(await readGridFile(r.workbookFile));
    expect(back.report?.tables.T01?.overrides["expenditureSum.c2"]).toBe(0);
    expect((await run("check", r.workbookFile)).out).toMatch(/\[错误\] C01-\S+ 公开01表!\S+ /);
  });

  test('"year": "2024" is taken as the year 2024', async () => {
    const r = await build(JSON.stringify({ ...exampleJson, year: "2024" }), "year-text");
    expect(r.code).toBe(0);
    expect(readWorkbook(await readGridFile(r.workbookFile)).report?.year).toBe(2024);
  });

  test("a GBK file builds with the right department name, and says it was read as GB18030", async () => {
    const r = await build(iconv.encode(JSON.stringify({ ...exampleJson, department: "某某县财政局" }), "gbk"), "gbk");
    expect(r.code).toBe(0);
    expect(r.out).toContain("不是 UTF-8 编码，已按 GB18030 编码读取");
    expect(readWorkbook(await readGridFile(r.workbookFile)).report?.department).toBe("某某县财政局");
  });

  test("a UTF-8 file with a BOM is read without a word about encodings", async () => {
    const r = await build(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(exampleJson))]), "bom");
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("编码");
  });

  test("bytes that are neither UTF-8 nor GB18030 are refused", async () => {
    const r = await build(Uint8Array.from([0x7b, 0x22, 0xff, 0xff, 0xff, 0x80, 0x22, 0x7d]), "garbage");
    expect(r.code).toBe(2);
    expect(r.err).toContain("既不是 UTF-8 也不是 GB18030/GBK 编码的文本");
  });
});

describe("情况说明 text files", () => {
  const check = (name: string, bytes: Uint8Array | string) => withInput(name, bytes, (f) => ["check", workbook, "--narrative", f]);

  test("a GBK text is checked exactly like its UTF-8 original, and the command says which encoding it used", async () => {
    const utf8 = await check("seed-utf8.txt", seedNarrativeText());
    const gbk = await check("seed-gbk.txt", iconv.encode(seedNarrativeText(), "gbk"));
    expect(gbk.err).toContain("不是 UTF-8 编码，已按 GB18030 编码读取");
    expect(gbk.out.replace(/seed-gbk/g, "seed-utf8")).toBe(utf8.out);
    expect(gbk.code).toBe(utf8.code);
  });

  test.each<[string, string, Uint8Array | string, string]>([
    ["an empty file", "empty.txt", "", "是空的（没有文字），无法核对"],
    ["white space only", "blank.txt", " \n\n\t ", "是空的（没有文字），无法核对"],
    ["a binary file", "binary.txt", Uint8Array.from([1, 2, 3, 0, 5, 6]), "不是文本文件"],
  ])("%s is refused", async (_, name, bytes, message) => {
    const r = await check(name, bytes);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe("files that are not .xlsx workbooks", () => {
  test.each<[string, string, Uint8Array | string, string]>([
    [".ods", "a.ods", zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<x/>") }), "OpenDocument 表格（.ods）文件；请在 Excel/WPS/LibreOffice 中另存为 .xlsx 后再试"],
    [".xls", "a.xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "Excel 97–2003（.xls）或 WPS（.et）格式的文件"],
    [".csv", "a.csv", "科目编码,科目名称,金额\n201,一般公共服务支出,1.00\n", "CSV 或制表符分隔的文本文件"],
  ])("%s", async (_, name, bytes, message) => {
    const r = await withInput(name, bytes, (f) => ["check", f]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(message);
  });

  test("a directory", async () => {
    mkdirSync(path.join(d, "单位报表"));
    const r = await run("check", path.join(d, "单位报表"));
    expect(r.code).toBe(2);
    expect(r.out).toContain("这是一个文件夹，不是工作簿");
  });
});

describe("a workbook whose formulas have no saved results", () => {
  /** The demo workbook as a tool that does not calculate writes it: every formula without its <v>. */
  function withoutResults(edit?: (sheetXml: string, part: string) => string): Uint8Array {
    const parts = unzipSync(readFileSync(workbook));
    for (const k of Object.keys(parts).filter((p) => p.startsWith("xl/worksheets/sheet"))) {
      let xml = new TextDecoder().decode(parts[k]).replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1").replace(/(<f [^>]*\/>)<v>[^<]*<\/v>/g, "$1");
      if (edit) xml = edit(xml, k);
      parts[k] = strToU8(xml);
    }
    return zipSync(parts);
  }

  test("the template's formulas are recomputed: the same findings as the calculated file, plus one line saying so", async () => {
    const calculated = await run("check", "--json", workbook);
    const r = await withInput("no-results.xlsx", withoutResults(), (f) => ["check", "--json", f]);
    const strip = (out: string) => (JSON.parse(out) as { files: { findings: { code: string; ruleId?: string; cells: unknown[] }[] }[] }).files[0]!.findings.map((f) => `${f.ruleId ?? f.code} ${JSON.stringify(f.cells)}`);
    expect(strip(r.out)).toEqual(["read.recalculated []", ...strip(calculated.out)]);
    expect(r.code).toBe(calculated.code);
    expect((await withInput("no-results-2.xlsx", withoutResults(), (f) => ["check", f])).out).toMatch(/\[提示\] +工作簿中的公式没有保存计算结果（\d+ 个单元格），已按表样重新计算。/);
  });

  test("a formula without a result in an entered cell is an unreadable cell, named", async () => {
    // 公开03表 D11 (2040601 基本支出) is an entered cell; give it a formula of its own, with no result.
    const part = sheetPart(unzipSync(readFileSync(workbook)), "公开03表");
    const data = withoutResults((xml, p) => (p !== part ? xml : xml.replace(/<c r="D11"([^>]*?)(?:\/>|>(?:<v>[^<]*<\/v>)?<\/c>)/, (_, attrs: string) => `<c r="D11"${attrs.replace(/ t="\w+"/, "")}><f>1+1</f></c>`)));
    const r = await withInput("entered-formula.xlsx", data, (f) => ["check", f]);
    expect(r.out).toMatch(/公开03表!D11 是公式，但工作簿没有保存它的计算结果，而这个单元格不是表样中的公式/);
  });
});

describe("hostile workbooks through jsgk check end quickly, refused or read, and are left as they were", () => {
  test.each<[string, number, RegExp]>([
    ["far-cell", 1, /合计：1 个文件，错误 2 项，警告 8 项。/],
    ["formatted-to-last-row", 1, /合计：1 个文件，错误 2 项，警告 8 项。/],
    ["million-rows", 2, /无法读取：工作表“公开07表”的已填单元格超过读取上限 500000 个，未读取/],
    ["zip-bomb", 2, /无法读取：文件解压后共 \d+\.\d MB，超过读取上限 100\.0 MB（最大的部分是 xl\/sharedStrings\.xml/],
    ["damaged-sheet", 2, /无法读取：文件已损坏：其中的 xl\/worksheets\/sheet\d+\.xml 无法读取/],
  ])("%s → exit %i", async (name, code, message) => {
    const r = await withInput(`${name}.xlsx`, HOSTILE[name]!(readFileSync(workbook)), (f) => ["check", f]);
    expect(r.code).toBe(code);
    expect(r.out).toMatch(message);
  }, 60_000);
});
