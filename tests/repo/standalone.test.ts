/**
 * A fresh clone has no shared folder beside it: nothing the project runs, tests or benches may read from there.
 * (The pattern is built from pieces so that this file does not match itself.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.join(__dirname, "../..");
const OUTSIDE = new RegExp(["\\.\\.", "shared"].join("[\\\\/]") + "|" + ["shared", "seed"].join("[\\\\/]"));
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|html|sh)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : TEXT.test(name) ? [full] : [];
  });
}

test.each(["src", "tests", "bench", "scripts"])("%s never reads the shared folder beside our checkouts", (dir) => {
  const offenders = files(path.join(ROOT, dir)).filter((f) => OUTSIDE.test(readFileSync(f, "utf8")));
  expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
});

test("the guard itself matches the way a path to the shared seed is written", () => {
  expect(OUTSIDE.test(`path.join(__dirname, "../../${"shared"}/seed/x.txt")`)).toBe(true);
  expect(OUTSIDE.test(`"..\\${"shared"}\\docs"`)).toBe(true);
  expect(OUTSIDE.test("shared runtime")).toBe(false);
});
