/**
 * The demo workbook as a clerk prints it: LibreOffice renders every sheet to PDF and pdftotext reads the pages
 * back. Each 公开 table's 部门 line is whole on its page (05 and 09 used to cut it to "部门：辽宁省朝阳市"), and
 * each 情况说明 paragraph keeps its first characters (the sheet used to be wider than the page).
 * soffice and pdftotext are required in CI (.ci/run installs them); elsewhere their absence is a printed skip.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { narrateReport } from "../../src/core/narrative";
import { blockText } from "../../src/core/narrative/types";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { writePlan } from "../../src/node/xlsx";
import { findSoffice } from "../helpers/libreoffice";

const soffice = findSoffice();
const pdftotext = ["/usr/bin/pdftotext"].find((p) => existsSync(p));
if ((!soffice || !pdftotext) && process.env.CI) throw new Error("soffice and pdftotext are required in CI");
if (!soffice || !pdftotext) console.log("跳过 打印（PDF）测试：本机没有 soffice 或 pdftotext。");
const maybe = soffice && pdftotext ? describe : describe.skip;

maybe("the demo workbook printed to PDF by LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-print-"));
  const profile = mkdtempSync(path.join(tmpdir(), "jsgk-lo-"));
  let pages: string[] = [];
  beforeAll(async () => {
    const file = path.join(dir, "demo.xlsx");
    await writePlan(buildWorkbookPlan(exampleReport()), file);
    execFileSync(soffice as string, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 180000 });
    pages = execFileSync(pdftotext as string, ["-layout", path.join(dir, "demo.pdf"), "-"]).toString("utf8").split("\f");
    expect(readFileSync(path.join(dir, "demo.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 240000);
  afterAll(() => [dir, profile].forEach((d) => rmSync(d, { recursive: true, force: true })));

  test.each(["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"])("%s: the 部门 line is whole", (table) => {
    const page = pages.find((p) => p.includes(table));
    expect(page).toBeDefined();
    const line = page!.split("\n").find((l) => l.includes("部门："));
    expect(line?.replace(/\s+/g, " ")).toMatch(/部门：辽宁省朝阳市司法局 2024 年度 金额单位：万元/);
  });

  // Scale measured in the PDF: the median height of the word boxes on a page. The 情况说明 (12-pt 仿宋, a column
  // that fits the page) prints unscaled and gives the height of 1 pt at 100 %.
  test("说明数据 and 校验 print at 70 % or more (说明数据's 10-pt text was at ≈ 56 %)", () => {
    const bbox = execFileSync(pdftotext as string, ["-bbox", path.join(dir, "demo.pdf"), "-"], { maxBuffer: 256 * 1024 * 1024 }).toString("utf8");
    const perPage = bbox.split(/<page /).slice(1).map((p) => {
      const heights = [...p.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ h: Number(m[2]) - Number(m[1]), w: m[3] as string }));
      const sorted = heights.map((x) => x.h).sort((a, b) => a - b);
      return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, text: heights.map((x) => x.w).join("") };
    });
    const narrative = perPage.find((p) => p.text.includes("第二部分"));
    const inputs = perPage.filter((p) => p.text.includes("说明数据（情况说明所需的表外数据）") || p.text.includes("项目名称自评得分") || p.text.includes("审核结果（表内、表间勾稽关系）"));
    expect(narrative).toBeDefined();
    expect(inputs.length).toBeGreaterThanOrEqual(3); // 说明数据 (two pages or more) and 校验
    const ptAt100 = (narrative?.median ?? 0) / 12;
    for (const p of inputs) expect(p.median / (10 * ptAt100)).toBeGreaterThanOrEqual(0.7);
  });

  test("校验: the tolerance labels are whole (A:B was 14 characters for a 24-character label)", () => {
    const page = pages.find((p) => p.includes("审核结果（表内、表间勾稽关系）")) ?? "";
    expect(page.replace(/[ \t]+/g, "")).toContain("尾差容差（每个数，万元）");
    expect(page.replace(/[ \t]+/g, "")).toContain("同一数字两处容差（万元）");
  });

  test("情况说明: every paragraph starts on the page with its first characters (the column fits the page width)", () => {
    const printed = pages.join("").replace(/\s+/g, "");
    const missing = narrateReport(exampleReport())
      .blocks.map((b) => blockText(b).replace(/\s+/g, "").slice(0, 8))
      .filter((head) => !printed.includes(head));
    expect(missing).toEqual([]);
  });
});
