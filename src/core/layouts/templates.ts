/** Template registry. A new regional or yearly variant is a new entry here, not new code. */
import { FUNCTIONAL_CLASSES } from "../catalog/functional";
import { gk01 } from "./gk01";
import { gk02, gk03, gk05, gk08, gk09 } from "./codeTables";
import { gk04 } from "./gk04";
import { gk06 } from "./gk06";
import { gk07 } from "./gk07";
import { LIAONING_RULES } from "../rules/liaoning";
import { liaoningNarrative } from "../narrative/liaoning";
import type { Template } from "./types";

export const DEFAULT_TEMPLATE_ID = "liaoning-2024";

export const liaoning2024: Template = {
  id: DEFAULT_TEMPLATE_ID,
  name: "辽宁 2024（公开01–09表）",
  version: 1,
  expenditureClasses: FUNCTIONAL_CLASSES.slice(0, 26).map((c) => c.code),
  tables: [gk01, gk02, gk03, gk04, gk05, gk06, gk07, gk08, gk09],
  rules: LIAONING_RULES,
  narrative: liaoningNarrative,
};

const REGISTRY = new Map<string, Template>([[liaoning2024.id, liaoning2024]]);

export function registerTemplate(t: Template): void {
  REGISTRY.set(t.id, t);
}

export function getTemplate(id: string): Template | undefined {
  return REGISTRY.get(id);
}

export function templateIds(): string[] {
  return [...REGISTRY.keys()];
}
