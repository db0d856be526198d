/** The task pane: 生成表样, 校验, 清除标注, 情况说明 — all I/O through the host, all logic in core. */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Divider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/model/finding";
import type { Conflict } from "../../excel/generate";
import type { PaneHost } from "../host";
import { errorText } from "./errorText";
import { FindingsPanel } from "./FindingsPanel";
import { GeneratePanel, type GenerateRequest } from "./GeneratePanel";
import { NarrativePanel } from "./NarrativePanel";
import { StatusBars } from "./StatusBars";
import { checkStatus, clearStatus } from "./statusText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minWidth: "280px" },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function App(props: { host: PaneHost; preview?: boolean }): React.JSX.Element {
  const styles = useStyles();
  const { host } = props;
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState<string | null>(null);
  const [findings, setFindings] = React.useState<readonly Finding[] | null>(null);
  const [conflict, setConflict] = React.useState<{ names: readonly string[]; warning?: string; resolve: (c: Conflict | null) => void } | null>(null);
  // The 情况说明 panel shows its own progress; while it works, the other actions wait.
  const [narrating, setNarrating] = React.useState(false);
  const locked = busy !== null || narrating;
  const ask = React.useCallback((names: readonly string[], warning?: string) => new Promise<Conflict | null>((resolve) => setConflict({ names, resolve, ...(warning ? { warning } : {}) })), []);

  const act = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    setStatus(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  const generate = (r: GenerateRequest) =>
    act("正在生成表样……", async () => {
      const n = await host.generate(r.report, r.blank, ask);
      setStatus(n === null ? "已取消，工作簿未改动。" : `已生成 ${n} 张工作表。`);
    });
  const check = () =>
    act("正在校验……", async () => {
      const out = await host.check();
      setFindings(out.findings);
      setStatus(checkStatus(out));
    });
  const clear = () =>
    act("正在清除标注……", async () => {
      setStatus(clearStatus(await host.clear()));
    });
  const answer = (c: Conflict | null) => {
    conflict?.resolve(c);
    setConflict(null);
  };

  return (
    <main className={styles.root}>
      <header>
        <Title2 as="h1">决算公开助手</Title2>
        {props.preview ? <Text block>预览模式：操作的是浏览器中的模拟工作簿，不是 Excel。</Text> : null}
      </header>
      {host.warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      <StatusBars error={error} status={status} />
      {busy ? <Spinner size="small" label={busy} /> : null}
      <section aria-label="生成表样">
        <Title3 as="h2">生成表样</Title3>
        <GeneratePanel busy={locked} onGenerate={generate} />
      </section>
      <Divider />
      <section aria-label="校验">
        <Title3 as="h2">校验</Title3>
        <div className={styles.row}>
          <Button appearance="primary" disabled={locked} onClick={check}>
            校验
          </Button>
          <Button disabled={locked} onClick={clear}>
            清除标注
          </Button>
        </div>
        {findings ? <FindingsPanel findings={findings} onSelect={(f) => act("正在定位……", () => host.select(f.cells))} /> : null}
      </section>
      <Divider />
      <section aria-label="情况说明">
        <Title3 as="h2">情况说明</Title3>
        <NarrativePanel host={host} disabled={busy !== null} onBusy={setNarrating} ask={ask} />
      </section>
      <Dialog open={conflict !== null} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>工作表已存在</DialogTitle>
            <DialogContent>
              工作簿中已有 {conflict?.names.join("、")}。要覆盖{conflict && conflict.names.length > 1 ? "它们" : "它"}，还是另建副本？
              {conflict?.warning ? <p role="alert">{conflict.warning}</p> : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => answer("overwrite")}>
                覆盖
              </Button>
              <Button onClick={() => answer("copy")}>另建副本</Button>
              <Button onClick={() => answer(null)}>取消</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </main>
  );
}
