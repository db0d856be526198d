import { exampleReport } from "../../src/core/example/liaoning2024";
import type { Report } from "../../src/core/model/report";

/** The example with the seed's problems corrected: 01/04 take 03/05's figures, 06's rounding residue
 * goes to the largest item of each class (domain.md §4.4 尾差调整), 02 uses the catalog name. */
export function correctedExample(): Report {
  const report = exampleReport();
  for (const t of ["T01", "T04"]) report.tables[t]!.overrides = {};
  const t06 = report.tables.T06!;
  t06.amounts["30102.amt"] = (t06.amounts["30102.amt"] ?? 0) + 1;
  t06.amounts["30226.amt"] = (t06.amounts["30226.amt"] ?? 0) + 2;
  t06.overrides = {};
  delete report.tables.T02!.names;
  return report;
}

