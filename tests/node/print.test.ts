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

  test("情况说明: every paragraph starts on the page with its first characters (the column fits the page width)", () => {
    const printed = pages.join("").replace(/\s+/g, "");
    const missing = narrateReport(exampleReport())
      .blocks.map((b) => blockText(b).replace(/\s+/g, "").slice(0, 8))
      .filter((head) => !printed.includes(head));
    expect(missing).toEqual([]);
  });
});
