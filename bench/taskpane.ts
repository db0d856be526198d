/** Task pane bundle size (gzip) and first render in headless Chromium, against the host fake. */
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { gzipSync } from "node:zlib";

export async function benchTaskpane(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-bench-"));
  execSync(`npx webpack --mode production --env preview --output-path ${JSON.stringify(dir)}`, { stdio: "ignore" });
  const gz = (f: string) => gzipSync(readFileSync(path.join(dir, f))).length / 1024;
  const js = gz("taskpane.js") + gz("react.js");
  const lines = [`任务窗格 JavaScript（taskpane.js + react.js，gzip）${js.toFixed(1)} KB（目标 ≤ 350 KB：${js <= 350 ? "达到" : "未达到"}）；自定义函数 functions.js ${gz("functions.js").toFixed(1)} KB`];
  const chrome = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!chrome) return [...lines, "首次渲染：本机没有 Chromium，未测量"];
  const { chromium } = await import("playwright-core");
  const server = createServer((req, res) => {
    const file = path.join(dir, (req.url ?? "/").split("?")[0] ?? "/");
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.setHeader("Content-Type", file.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8");
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: chrome, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
    const t = Date.now();
    await page.goto(`http://127.0.0.1:${port}/preview.html`);
    await page.getByRole("heading", { name: "决算公开助手" }).waitFor();
    times.push(Date.now() - t);
    await page.close();
  }
  await browser.close();
  server.close();
  times.sort((a, b) => a - b);
  return [...lines, `首次渲染（打开页面到任务窗格标题出现，Chromium 无头，中位数）${times[2]} ms`];
}
