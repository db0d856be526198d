/**
 * The 情况说明 preview: blocks grouped by heading, figures as link-style spans that select their source
 * cells, placeholders for missing texts highlighted.
 */
import * as React from "react";
import { Link, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import type { CellRef } from "../../core/model/finding";
import { blockText, type RenderedBlock, type Segment } from "../../core/narrative/types";

const useStyles = makeStyles({
  doc: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: { ...typographyStyles.subtitle1, textAlign: "center", margin: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  para: { ...typographyStyles.body1, margin: 0, textIndent: "2em" },
  figure: { fontVariantNumeric: "tabular-nums" },
  missing: {
    backgroundColor: tokens.colorStatusWarningBackground2,
    color: tokens.colorStatusWarningForeground3,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/**
 * The cells a figure is computed from, as Excel can select them: those on the sheet of the first one found
 * (a sum over several tables selects its cells on the first table's sheet).
 */
export function sourceCells(sources: readonly string[], locations: ReadonlyMap<string, CellRef>): CellRef[] {
  const cells = sources.map((id) => locations.get(id)).filter((c): c is CellRef => c !== undefined);
  const first = cells[0];
  return first ? cells.filter((c, i) => c.sheet === first.sheet && cells.findIndex((d) => d.sheet === c.sheet && d.address === c.address) === i) : [];
}

/** Blocks grouped by heading; what comes before the first heading (the title) is a group of its own. */
function groups(blocks: readonly RenderedBlock[]): RenderedBlock[][] {
  const out: RenderedBlock[][] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (!last || b.kind === "heading") out.push([b]);
    else last.push(b);
  }
  return out;
}

const TAG = { title: "h3", heading: "h4", subheading: "h5", para: "p" } as const;

export function NarrativeText(props: { blocks: readonly RenderedBlock[]; locations: ReadonlyMap<string, CellRef>; onSelect: (cells: CellRef[]) => void }): React.JSX.Element {
  const styles = useStyles();
  const segment = (s: Segment, i: number) => {
    const cells = s.sources ? sourceCells(s.sources, props.locations) : [];
    const className = mergeClasses(styles.figure, s.missing && styles.missing);
    if (cells.length > 0) {
      const where = cells.map((c) => `${c.sheet}!${c.address}`).join("、");
      return (
        <Link key={i} as="span" role="button" inline className={className} title={`在工作表中选中 ${where}`} onClick={() => props.onSelect(cells)}>
          {s.text}
        </Link>
      );
    }
    return s.missing || s.sources ? (
      <span key={i} className={className}>
        {s.text}
      </span>
    ) : (
      <React.Fragment key={i}>{s.text}</React.Fragment>
    );
  };
  return (
    <div className={styles.doc} aria-label="情况说明预览">
      {groups(props.blocks).map((g) => (
        <section key={g[0]?.id} className={styles.group} aria-label={g[0] ? blockText(g[0]) : undefined}>
          {g.map((b) => {
            const Tag = TAG[b.kind];
            return (
              <Tag key={b.id} className={styles[b.kind]}>
                {b.segments.map(segment)}
              </Tag>
            );
          })}
        </section>
      ))}
    </div>
  );
}
