/** jsgk narrate and jsgk check --narrative: the demo workbook's 情况说明 as text and Word, and the seed's text checked. */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { narrateReport } from "../../src/core/narrative";
import { narrativePlainText } from "../../src/core/narrative/plainText";
import { narrativeDocx } from "../../src/node/docx";
import { docxText } from "../../src/node/docxText";
import { seedNarrativeText } from "../fixtures/seed";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const d = mkdtempSync(path.join(tmpdir(), "jsgk-narrate-"));
const workbook = path.join(d, "示例-辽宁省朝阳市司法局-2024年度部门决算公开.xlsx");
const golden = readFileSync(path.join(__dirname, "../golden/narrative/example.txt"), "utf8");
const seedText = seedNarrativeText();

beforeAll(async () => {
  expect((await run("demo", "--out", d)).code).toBe(0);
}, 60000);

test("narrate --text prints the golden 第二部分 of the demo workbook, nothing else on stdout", async () => {
  const r = await run("narrate", workbook, "--text");
  expect(r.code).toBe(0);
  expect(`${r.out}\n`).toBe(golden);
});

test("narrate --docx writes a Word document with the same paragraphs", async () => {
  const out = path.join(d, "情况说明.docx");
  const r = await run("narrate", workbook, "--docx", out);
  expect(r).toMatchObject({ code: 0, out: "" });
  expect(r.err).toContain(`已生成 Word 文档：${out}`);
  expect(`${await docxText(readFileSync(out))}\n`).toBe(golden);
});

test("check --narrative finds the seed's provable narrative problems, in a 情况说明 group", async () => {
  const file = path.join(d, "seed.txt");
  writeFileSync(file, seedText);
  const r = await run("check", workbook, "--narrative", file);
  expect(r.code).toBe(1);
  expect(r.out).toContain("  情况说明");
  expect(r.out).toContain("753.94");
  expect(r.out).toContain("因公出国（境）费·预算数为零");
  expect(r.out).not.toContain("未能核对");
});

test("check --narrative reads a .docx; our own text adds only the tables' own 01/04 disagreement", async () => {
  const file = path.join(d, "ours.docx");
  const narration = narrateReport(exampleReport());
  writeFileSync(file, await narrativeDocx(narration.blocks, { title: "情况说明" }));
  const withText = await run("check", workbook, "--narrative", file, "--json");
  const without = await run("check", workbook, "--json");
  const codes = (s: string) => (JSON.parse(s).files[0].findings as { code: string }[]).map((f) => f.code);
  // The example's 01/04 disagree with 05 (the seed's own table errors): the narrative's 类 figures say so.
  expect(codes(withText.out).filter((c) => !codes(without.out).includes(c))).toEqual(["narrative.amount-also", "narrative.amount-also", "narrative.amount-also", "narrative.amount-also"]);
  expect(narrativePlainText(narration.blocks)).toBe(golden);
});

test.each([
  [["narrate"], "请指定一个 .xlsx 文件"],
  [["narrate", path.join(d, "没有.xlsx")], "文件不存在"],
  [["check", "a.xlsx", "--narrative", path.join(d, "没有.txt")], "无法读取情况说明文件"],
])("user errors exit 2 with a Chinese message: %j", async (argv, message) => {
  const r = await run(...argv);
  expect(r.code).toBe(2);
  expect(r.err).toContain(message);
});
