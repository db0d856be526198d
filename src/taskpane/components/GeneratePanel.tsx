/** 生成表样: department, year, template, units, and the built-in example. */
import * as React from "react";
import { Button, Checkbox, Dropdown, Field, Input, Option, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { exampleReport } from "../../core/example/liaoning2024";
import { DEFAULT_TEMPLATE_ID, getTemplate, templateIds } from "../../core/layouts/templates";
import { STANDARD_TOLERANCE, type Report } from "../../core/model/report";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Fluent's fields mark focus with a thin underline only; a ring is what keyboard users look for.
  focusRing: { ":focus-within": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2, outlineOffset: "1px" } },
});

export interface GenerateRequest {
  readonly report: Report;
  readonly blank: boolean;
}

export function GeneratePanel(props: { busy: boolean; onGenerate: (r: GenerateRequest) => void }): React.JSX.Element {
  const styles = useStyles();
  const example = exampleReport();
  const [useExample, setUseExample] = React.useState(true);
  const [department, setDepartment] = React.useState(example.department);
  const [year, setYear] = React.useState(String(example.year));
  const [template, setTemplate] = React.useState(DEFAULT_TEMPLATE_ID);
  const [units, setUnits] = React.useState(example.units.join("\n"));
  const yearNumber = Number(year);
  const yearError = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100 ? undefined : "请输入四位年度，如 2025";
  const deptError = department.trim() ? undefined : "请填写部门名称";
  const submit = () => {
    const header = { templateId: template, department: department.trim(), year: yearNumber, units: units.split("\n").map((u) => u.trim()).filter(Boolean), tolerance: STANDARD_TOLERANCE };
    props.onGenerate(useExample ? { report: { ...example, ...header, tables: example.tables }, blank: false } : { report: { ...header, tables: {} }, blank: true });
  };
  return (
    <div className={styles.form}>
      <Field label="部门名称" required validationMessage={deptError}>
        <Input className={styles.focusRing} value={department} onChange={(_, d) => setDepartment(d.value)} />
      </Field>
      <Field label="年度" required validationMessage={yearError}>
        <Input className={styles.focusRing} value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label="模板">
        <Dropdown value={getTemplate(template)?.name ?? template} selectedOptions={[template]} onOptionSelect={(_, d) => d.optionValue && setTemplate(d.optionValue)}>
          {templateIds().map((id) => (
            <Option key={id} value={id}>
              {getTemplate(id)?.name ?? id}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="决算单位构成（每行一个单位）">
        {/* As many rows as units (3–8), so the whole list shows from its first line without scrolling. */}
        <Textarea className={styles.focusRing} value={units} rows={Math.min(8, Math.max(3, units.split("\n").length))} resize="vertical" onChange={(_, d) => setUnits(d.value)} />
      </Field>
      <Checkbox checked={useExample} onChange={(_, d) => setUseExample(d.checked === true)} label="填入示例数据（辽宁省朝阳市司法局 2024 年度）" />
      <Button appearance="primary" disabled={props.busy || Boolean(yearError || deptError)} onClick={submit}>
        生成表样
      </Button>
    </div>
  );
}
