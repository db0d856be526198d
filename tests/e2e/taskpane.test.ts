/**
 * End to end in a real browser: Debian Chromium driven by playwright-core loads the built task pane over
 * http, with office.js replaced by the host fake (an in-memory workbook), and is clicked through 生成表样,
 * 校验, a finding, 清除标注, through 情况说明 (预览, a figure, 插入到工作表, 复制全文) and through 表文一致性检查
 * of a pasted text. Screenshots of
 * each step go to tests/artifacts/. In CI Chromium must exist;
 * elsewhere a missing browser is a printed skip.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { renderFinding } from "../../src/core/messages/zh-CN";
import { checkReport } from "../../src/core/rules";

const chrome = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!chrome && process.env.CI) throw new Error("Chromium is required in CI: .ci/run installs the chromium package");
if (!chrome) console.log("跳过浏览器端到端测试：本机没有 Chromium（apt-get install chromium）。");
const maybe = chrome ? describe : describe.skip;
const ARTIFACTS = path.join(__dirname, "../artifacts");

maybe("task pane in Chromium against the host fake", () => {
  let dir: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "jsgk-e2e-"));
    execSync(`npx webpack --mode production --env preview --output-path ${JSON.stringify(dir)}`, { cwd: path.join(__dirname, "../.."), stdio: "ignore" });
    server = createServer((req, res) => {
      const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/"));
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.statusCode = 404;
        res.end();
        return;
      }
      const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript; charset=utf-8" : file.endsWith(".json") ? "application/json" : "application/octet-stream";
      res.setHeader("Content-Type", type);
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: chrome,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 350, height: 900 } });
    page.on("request", (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    // The real page loads office.js from Microsoft's CDN: here the host fake answers instead.
    const fake = readFileSync(path.join(dir, "fake-office.js"), "utf8");
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: fake }));
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const model = <T>(expr: string): Promise<T> => page.evaluate(`(() => { const m = window.__jsgkFake.model; return ${expr}; })()`) as Promise<T>;

  // Once per simulated client (the fake's requirement sets): Microsoft 365 on Windows, Excel on the web, and
  // volume-licensed Excel 2021, which has no notes API (marks become threaded comments) and no one-step undo.
  test.each(["current", "web", "ltsc2021"])("%s: 生成表样 → 校验 → a finding → 清除标注, with no request outside the page's origin", async (client) => {
    const shot = (step: string) => path.join(ARTIFACTS, client === "current" ? `e2e-${step}.png` : `e2e-${client}-${step}.png`);
    const annotations = client === "ltsc2021" ? "m.comments.size" : "m.notes.size";
    await page.goto(`${origin}/taskpane.html?client=${client}`);
    await page.getByRole("heading", { name: "决算公开助手" }).waitFor();
    if (client === "ltsc2021") await page.getByText("当前 Excel 版本不支持将一次操作合并为一步撤销").waitFor();
    await page.screenshot({ path: shot("0-opened"), fullPage: true });

    await page.getByRole("button", { name: "生成表样" }).click();
    await page.getByText("已生成 13 张工作表。").waitFor({ timeout: 60000 });
    await page.screenshot({ path: shot("1-generated"), fullPage: true });
    expect(await model<string[]>("m.sheets.map((s) => s.name)")).toEqual(["Sheet1", "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表", "说明数据", "情况说明", "校验", "_jsgk"]);
    expect(await model("m.sheet('公开03表').peek(11, 4).value")).toBe(1059.71);
    expect(await model("m.sheet('公开03表').peek(9, 4).formula")).toBe('=SUMIF($A$10:$A$41,"204??",D$10:D$41)');
    expect(await model("m.syncs")).toBe(2);

    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByText(/^审核 \d+ 项/).waitFor({ timeout: 60000 });
    await page.screenshot({ path: shot("2-checked"), fullPage: true });
    expect(await model("m.syncs")).toBe(4);
    const listed = await page.getByRole("listitem").allInnerTexts();
    const expected = checkReport(exampleReport()).findings.map(renderFinding);
    expect(listed).toHaveLength(expected.length);
    for (const text of expected) expect(listed.some((l) => l.replace(/\s+/g, "").includes(text.replace(/\s+/g, "")))).toBe(true);
    expect(await model("m.sheet('公开01表').peek(15, 6).format.fill")).toBe("#FFC7CE");
    expect(await model(annotations)).toBeGreaterThan(0);

    await page.getByRole("listitem").filter({ hasText: "八、社会保障和就业支出" }).first().click();
    await page.waitForFunction("window.__jsgkFake.model.selection !== null");
    expect(await model("m.selection")).toEqual({ sheet: "公开01表", address: "F15" });
    await page.screenshot({ path: shot("3-selected"), fullPage: true });

    await page.getByRole("button", { name: "清除标注" }).click();
    await page.getByText(/已清除 \d+ 个单元格的标注/).waitFor({ timeout: 60000 });
    await page.screenshot({ path: shot("4-cleared"), fullPage: true });
    expect(await model("m.sheet('公开01表').peek(15, 6).format.fill")).toBeNull();
    expect(await model(annotations)).toBe(0);
    expect(await model("m.syncs")).toBe(7); // 生成 2 + 校验 2 + selecting a finding 1 + 清除 2

    expect(foreign.filter((u) => !u.startsWith("https://appsforoffice.microsoft.com/"))).toEqual([]);
  }, 180000);

  test("情况说明: 生成预览 → a figure selects its cell → 插入到工作表 → 复制全文", async () => {
    await page.goto(`${origin}/taskpane.html`); // a fresh in-memory workbook
    await page.getByRole("button", { name: "生成表样" }).click();
    await page.getByText("已生成 13 张工作表。").waitFor({ timeout: 60000 });
    await page.evaluate("window.__jsgkFake.model.syncs = 0");

    await page.getByRole("button", { name: "生成预览" }).click();
    const preview = page.getByLabel("情况说明预览");
    await preview.getByRole("heading", { name: /^第二部分/ }).waitFor({ timeout: 60000 });
    expect(await model("m.syncs")).toBe(1);
    expect(await preview.innerText()).toContain("收入总计5577.44万元");
    expect(await page.getByText(/处说明数据未填写/).count()).toBe(0); // the example fills every reason

    await page.getByRole("button", { name: "5577.44", exact: true }).first().click();
    await page.waitForFunction("window.__jsgkFake.model.selection !== null");
    const selected = await model<{ sheet: string; address: string }>("m.selection");
    expect(selected.sheet).toBe("公开01表");
    // The selected cell is one that shows the figure that was clicked.
    const shown = await model<number>(`(() => { const [, c, r] = /^([A-Z]+)(\\d+)$/.exec(m.selection.address); return m.shown(m.sheet(m.selection.sheet), Number(r), c.charCodeAt(0) - 64); })()`);
    expect(shown).toBeCloseTo(5577.44, 6);

    // A workbook whose 情况说明 was deleted gets it back; a second click refreshes it without a question.
    await page.evaluate("(() => { const m = window.__jsgkFake.model; m.sheets = m.sheets.filter((s) => s.name !== '情况说明'); m.names.delete('JSGK_NARRATIVE'); m.changed(); m.syncs = 0; })()");
    await page.getByRole("button", { name: "插入到工作表" }).click();
    await page.getByText("已插入“情况说明”工作表。").waitFor({ timeout: 60000 });
    expect(await model("m.syncs")).toBe(2);
    expect(await model("m.shown(m.sheet('情况说明'), 1, 1)")).toBe("第二部分 2024年度部门决算情况说明");
    await page.getByRole("button", { name: "插入到工作表" }).click();
    await page.getByText("已更新“情况说明”工作表。").waitFor({ timeout: 60000 });
    expect(await page.getByRole("alertdialog").count()).toBe(0);

    await page.getByRole("button", { name: "复制全文" }).click();
    await page.getByText(/^已复制情况说明全文（\d+ 段）到剪贴板。$/).waitFor({ timeout: 60000 });
    await page.screenshot({ path: path.join(ARTIFACTS, "narrative.png"), fullPage: true });
  }, 180000);

  test("表文一致性检查: two sentences of the preview, one figure changed → the finding names both figures and selects", async () => {
    await page.goto(`${origin}/taskpane.html`); // a fresh in-memory workbook
    await page.getByRole("button", { name: "生成表样" }).click();
    await page.getByText("已生成 13 张工作表。").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "生成预览" }).click();
    const preview = page.getByLabel("情况说明预览");
    await preview.getByRole("heading", { name: /^第二部分/ }).waitFor({ timeout: 60000 });
    const lines = (await preview.innerText()).split("\n").map((l) => l.trim());
    const change = lines.find((l) => l.startsWith("与上年相比，今年收入总计减少209.55万元"));
    const keep = lines.find((l) => l.startsWith("2. 上级补助收入"));
    expect(change).toMatch(/。$/);
    expect(keep).toMatch(/。$/);
    const pasted = `${change!.replace("209.55", "219.55")}\n${keep!}`;

    const check = page.getByRole("button", { name: "核对表文一致性" });
    expect(await check.isDisabled()).toBe(true); // nothing pasted yet
    await page.getByLabel("粘贴已有的情况说明（第二部分）文字").fill(pasted);
    await page.evaluate("(() => { const m = window.__jsgkFake.model; m.syncs = 0; m.selection = null; })()");
    await check.click();
    await page.getByText("共 2 句，已核对 2 句，发现 1 处错误、0 处提示，0 句未能核对").waitFor({ timeout: 60000 });
    expect(await model("m.syncs")).toBe(1);
    const items = page.getByRole("list", { name: "表文不一致之处" }).getByRole("listitem");
    expect(await items.count()).toBe(1);
    const message = await items.first().innerText();
    expect(message).toContain("219.55");
    expect(message).toContain("209.55");
    expect(message).toContain("不一致");

    await items.first().click();
    await page.waitForFunction("window.__jsgkFake.model.selection !== null");
    expect(await model<{ sheet: string }>("m.selection")).toMatchObject({ sheet: "公开01表" });
    // The section alone: above it the full preview makes the page several screens long.
    await page.getByRole("region", { name: "表文一致性检查" }).screenshot({ path: path.join(ARTIFACTS, "narrative-check.png") });
  }, 180000);

  // At the narrowest task pane widths: nothing scrolls sideways and no button's text is cut off. Findings are
  // buttons inside list items (a screen reader announces the list, then each button).
  test.each([320, 350])("at %i px: no horizontal overflow, no clipped button text, findings are buttons in list items", async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "生成表样" }).click();
    await page.getByText("已生成 13 张工作表。").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByText(/^审核 \d+ 项/).waitFor({ timeout: 60000 });
    await page.screenshot({ path: path.join(ARTIFACTS, `e2e-width-${width}.png`), fullPage: true });
    const overflow = await page.evaluate(`(() => {
      const doc = document.scrollingElement;
      const clipped = [...document.querySelectorAll("button")].filter((b) => b.offsetParent !== null && (b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1) && getComputedStyle(b).whiteSpace === "nowrap").map((b) => b.innerText);
      return { page: doc.scrollWidth - doc.clientWidth, clipped };
    })()`);
    expect(overflow).toEqual({ page: 0, clipped: [] });
    const item = page.getByRole("list", { name: "公开01表" }).getByRole("listitem").first();
    expect(await item.getByRole("button").count()).toBe(1);
    // 只看警告 stays on one line.
    const toggle = page.getByRole("button", { name: "只看警告" });
    const box = await toggle.boundingBox();
    expect(box && box.height).toBeLessThan(40);
    await page.setViewportSize({ width: 350, height: 900 });
  }, 180000);

  test("every URL of the built manifest names a file of the build, and the help page is Chinese", async () => {
    const manifest = readFileSync(path.join(dir, "manifest.xml"), "utf8");
    const urls = [...new Set([...manifest.replace(/<!--[\s\S]*?-->/g, "").matchAll(/"https:\/\/localhost:3000\/([^"?#]*)"/g)].map((m) => m[1] as string))];
    expect(urls).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "functions.json", "help.html"]));
    expect(urls.filter((u) => u !== "" && !existsSync(path.join(dir, u)))).toEqual([]);
    await page.goto(`${origin}/help.html`);
    await page.getByRole("heading", { name: "决算公开助手 · 使用说明" }).waitFor();
    expect(await page.getByText("=JS.EXECRATE(4725.08, 4948.06)").count()).toBe(1);
    await page.goto(`${origin}/taskpane.html`); // back to the pane for the next test
    await page.getByRole("heading", { name: "决算公开助手" }).waitFor();
  });

  test("the custom functions registered by the built bundle answer in the page", async () => {
    const ids = await page.evaluate("Object.keys(window.__jsgkFake.functions)");
    expect(ids).toContain("WANYUAN");
    // Range parameters arrive as matrices, as Excel passes them.
    expect(await page.evaluate("window.__jsgkFake.functions.WANYUAN([[12345678]])")).toEqual([[1234.57]]);
  });
});

