/**
 * Round trips per pane action (context.sync calls) and the largest request, against the strict host fake
 * as Microsoft 365: what the user waits for in Excel is mostly these trips. Budget (architecture.md): ≤ 2 per
 * action, plus one write per further request a payload over the 5 MB limit needs.
 */
import { exampleReport } from "../src/core/example/liaoning2024";
import type { Report } from "../src/core/model/report";
import { clearMarks, prepareGenerate, runCheck } from "../src/excel/actions";
import { CLIENTS, installFakeOffice } from "../src/excel/fake/api";
import { FakeSheet, FakeWorkbookModel } from "../src/excel/fake/model";
import { detectSupport } from "../src/excel/support";
import { syntheticReport } from "./synthetic";

async function trips(report: Report): Promise<string> {
  const model = new FakeWorkbookModel();
  model.sheets.push(new FakeSheet("Sheet1"));
  installFakeOffice(globalThis as unknown as Record<string, unknown>, { model, sets: CLIENTS.current });
  const s = detectSupport();
  const counted = async (f: () => Promise<unknown>) => {
    model.syncs = 0;
    model.largestRequest = 0;
    await f();
    return `${model.syncs} 次（最大请求 ${(model.largestRequest / 1024 / 1024).toFixed(2)} MB）`;
  };
  const generate = await counted(async () => (await prepareGenerate(report, false, s)).write("overwrite"));
  const check = await counted(() => runCheck(s));
  const clear = await counted(() => clearMarks(s));
  const again = await counted(async () => (await prepareGenerate(report, false, s)).write("overwrite"));
  return `生成表样 ${generate}；校验 ${check}；清除标注 ${clear}；再次生成并覆盖 ${again}`;
}

export async function benchRoundTrips(): Promise<string[]> {
  return [`示例：${await trips(exampleReport())}`, `合成部门（200 个单位）：${await trips(syntheticReport())}`];
}
