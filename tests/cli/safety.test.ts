/**
 * Nothing the user has is overwritten or destroyed: outputs that are inputs (under any name), existing
 * files without --force, outputs of the wrong type, and OS errors (injected: CI runs as root, so real
 * permissions and full disks can't be relied on). Every case: exit code, Chinese message, inputs unchanged.
 */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { NODE_FS, type WriteFs } from "../../src/cli/output";

async function run(argv: string[], fs?: WriteFs) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), ...(fs ? { fs } : {}) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

let d: string;
let workbook: string;
let json: string;
beforeAll(async () => {
  d = mkdtempSync(path.join(tmpdir(), "jsgk-safety-"));
  expect((await run(["demo", "--out", d, "--json"])).code).toBe(0);
  workbook = path.join(d, "示例-辽宁省朝阳市司法局-2024年度部门决算公开.xlsx");
  json = path.join(d, "示例-辽宁省朝阳市司法局-2024年度.json");
});

/** Runs argv (with {wb}, {json}, {d} filled in) and returns the result with every file of the folder unchanged. */
async function unchanged(argv: string[], fs?: WriteFs) {
  const before = new Map(readdirSync(d).filter((f) => !f.endsWith("/")).flatMap((f) => (existsSync(path.join(d, f)) && !isDir(path.join(d, f)) ? [[f, readFileSync(path.join(d, f))]] : [])));
  const r = await run(argv.map((a) => a.replace("{wb}", workbook).replace("{json}", json).replace("{d}", d)), fs);
  for (const [f, bytes] of before) expect([f, readFileSync(path.join(d, f)).equals(bytes)]).toEqual([f, true]);
  // No temporary file left behind either.
  expect(readdirSync(d).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  return r;
}

function isDir(p: string): boolean {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
}

describe("an output that is an input is refused", () => {
  beforeAll(() => {
    linkSync(workbook, path.join(d, "hard-link.docx"));
    symlinkSync(workbook, path.join(d, "sym-link.docx"));
    linkSync(json, path.join(d, "json-link.xlsx"));
  });
  test.each<[string, string[], RegExp]>([
    ["narrate --docx naming the workbook itself", ["narrate", "{wb}", "--docx", "{wb}"], /--docx 应指定一个 \.docx 文件/],
    ["narrate --docx to a hard link of the workbook", ["narrate", "{wb}", "--docx", "{d}/hard-link.docx", "--force"], /就是输入文件/],
    ["narrate --docx to a symbolic link of the workbook", ["narrate", "{wb}", "--docx", "{d}/sym-link.docx", "--force"], /就是输入文件/],
    ["build --out naming a link of its own data file", ["build", "--data", "{json}", "--out", "{d}/json-link.xlsx", "--force"], /就是输入文件/],
    ["build --out that is not .xlsx", ["build", "--data", "{json}", "--out", "{json}"], /--out 应指定一个 \.xlsx 文件/],
  ])("%s", async (_, argv, message) => {
    const r = await unchanged(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe("an existing file is replaced only with --force", () => {
  test.each<[string, string[]]>([
    ["demo into the same folder again", ["demo", "--out", "{d}"]],
    ["demo --json into the same folder again", ["demo", "--out", "{d}", "--json"]],
    ["template over an existing workbook", ["template", "--dept", "某局", "--year", "2025", "--out", "{wb}"]],
    ["build over an existing workbook", ["build", "--data", "{json}", "--out", "{wb}"]],
    ["narrate --docx over an existing document", ["narrate", "{wb}", "--docx", "{d}/old.docx"]],
  ])("%s is refused, naming the file and --force", async (_, argv) => {
    writeFileSync(path.join(d, "old.docx"), "an earlier document");
    const r = await unchanged(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/已存在，未覆盖。如确需覆盖，请加 --force/);
  });

  test("with --force the file is replaced", async () => {
    const e = mkdtempSync(path.join(tmpdir(), "jsgk-force-"));
    const file = path.join(e, "a.xlsx");
    writeFileSync(file, "old");
    const r = await run(["template", "--dept", "某局", "--year", "2025", "--out", file, "--force"]);
    expect(r.code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });
});

/** A file system whose `op` fails with `code`. */
const failing = (op: keyof WriteFs, code: string): WriteFs => ({
  ...NODE_FS,
  [op]: () => Promise.reject(Object.assign(new Error(`${code}: simulated, open 'x/.a.xlsx.123.tmp'`), { code })),
});

describe("OS errors are Chinese sentences without internals", () => {
  test.each<[string, keyof WriteFs, string, string]>([
    ["no write permission", "writeFile", "EACCES", "没有写入权限"],
    ["not permitted", "rename", "EPERM", "没有写入权限"],
    ["the folder cannot be made", "mkdir", "ENOENT", "目录不存在"],
    ["a folder in the way", "rename", "EISDIR", "这是一个目录"],
    ["the disk is full", "writeFile", "ENOSPC", "磁盘空间不足"],
    ["the file is open in Excel", "rename", "EBUSY", "文件可能正被 Excel 或 WPS 打开"],
  ])("%s", async (_, op, code, reason) => {
    const r = await unchanged(["template", "--dept", "某局", "--year", "2025", "--out", "{d}/new.xlsx"], failing(op, code));
    expect(r.code).toBe(1);
    expect(r.err).toContain(reason);
    expect(r.err).not.toMatch(/E[A-Z]{3,}|\.tmp|simulated|open '/);
    expect(existsSync(path.join(d, "new.xlsx"))).toBe(false);
  });

  test("an output that is a folder", async () => {
    mkdirSync(path.join(d, "folder.xlsx"));
    const r = await unchanged(["template", "--dept", "某局", "--year", "2025", "--out", "{d}/folder.xlsx", "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("这是一个目录");
  });
});

describe("command-line conventions", () => {
  test("--version", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^jsgk（决算公开助手）\d+\.\d+\.\d+$/);
  });
  test.each(["demo", "template", "build", "check", "narrate"])("help %s and %s --help print its Chinese usage", async (cmd) => {
    for (const argv of [["help", cmd], [cmd, "--help"], [cmd, "-h"]]) {
      const r = await run(argv);
      expect(r).toMatchObject({ code: 0, err: "" });
      expect(r.out).toMatch(new RegExp(`^用法：\\n  jsgk ${cmd} `));
    }
  });
  test("help of a command that does not exist", async () => {
    const r = await run(["help", "frob"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有命令“frob”");
  });
  test("an unknown option is named in Chinese with the command's usage", async () => {
    const r = await run(["check", "--bogus", "a.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^错误：没有参数 --bogus。\n用法：\n {2}jsgk check/);
    expect(r.err).not.toMatch(/Unknown option/);
  });
});
