/** 校验 results: counts by severity, a filter, and the findings grouped by table; a click selects the cells. */
import * as React from "react";
import { Badge, Button, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { renderFinding } from "../../core/messages/zh-CN";
import type { Finding, Severity } from "../../core/model/finding";

const useStyles = makeStyles({
  counts: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  // A real list of items, each holding a button: screen readers announce "list, n items" and then a button.
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  // The filter buttons keep their words on one line at 320 px; the row wraps between buttons instead.
  toggle: { whiteSpace: "nowrap", flexShrink: 0 },
  item: { width: "100%", justifyContent: "flex-start", textAlign: "left", height: "auto", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, whiteSpace: "normal" },
  numbers: { color: tokens.colorNeutralForeground3 },
});

const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export function FindingsPanel(props: { findings: readonly Finding[]; onSelect: (f: Finding) => void }): React.JSX.Element {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Severity | "all">("all");
  const count = (s: Severity) => props.findings.filter((f) => f.severity === s).length;
  const shown = props.findings.filter((f) => filter === "all" || f.severity === filter);
  const groups = new Map<string, Finding[]>();
  for (const f of shown) {
    const key = f.cells[0]?.sheet || "工作簿";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return (
    <section aria-label="审核结果">
      <div className={styles.counts}>
        <Badge color="danger">错误 {count("error")}</Badge>
        <Badge color="warning">警告 {count("warning")}</Badge>
        {(["all", "error", "warning"] as const).map((s) => (
          <ToggleButton key={s} size="small" className={styles.toggle} checked={filter === s} onClick={() => setFilter(s)}>
            {s === "all" ? "全部" : `只看${LABEL[s]}`}
          </ToggleButton>
        ))}
      </div>
      {[...groups].map(([sheet, fs]) => (
        <div key={sheet} className={styles.group}>
          <Text weight="semibold">{sheet}</Text>
          <ul className={styles.list} aria-label={sheet}>
          {fs.map((f, i) => (
            <li key={i}>
            <Button className={styles.item} appearance="subtle" onClick={() => props.onSelect(f)} title="在工作表中选中相关单元格">
              <span>
                <Badge size="small" color={COLOR[f.severity]}>
                  {LABEL[f.severity]}
                </Badge>{" "}
                {f.ruleId ? `${f.ruleId} ` : ""}
                {f.cells[0]?.address ? `${f.cells[0].sheet}!${f.cells[0].address} ` : ""}
                {renderFinding(f)}
                {f.diff !== undefined ? <span className={styles.numbers}>（应为 {f.expected?.toFixed(2)}，实为 {f.actual?.toFixed(2)}，差 {Math.abs(f.diff).toFixed(2)}）</span> : null}
              </span>
            </Button>
            </li>
          ))}
          </ul>
        </div>
      ))}
      {props.findings.length === 0 ? <Text>没有发现问题。</Text> : null}
    </section>
  );
}
