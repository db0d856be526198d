/**
 * Stands in for office.js in the preview page and in the browser tests: Office, Excel and CustomFunctions
 * globals over an in-memory workbook (window.__jsgkFake exposes it to tests). Never part of the add-in.
 */
import { CLIENTS, installFakeOffice } from "../excel/fake/api";
import { FakeSheet, FakeWorkbookModel } from "../excel/fake/model";

const model = new FakeWorkbookModel();
model.sheets.push(new FakeSheet("Sheet1"));
// The simulated client: ?client=ltsc2021 (or web, current) in the page URL; current Microsoft 365 by default.
const client = new URLSearchParams(location.search).get("client") ?? "current";
const sets = { ...(CLIENTS[client as keyof typeof CLIENTS] ?? CLIENTS.current) };
const w = window as unknown as Record<string, unknown>;
installFakeOffice(w, { model, sets, platform: client === "web" ? "OfficeOnline" : client === "mac" ? "Mac" : "PC" });

const registry: Record<string, (...args: unknown[]) => unknown> = {};
class CfError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
w.CustomFunctions = {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => (registry[id] = fn),
  Error: CfError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
};
w.__jsgkPreview = true;
w.__jsgkFake = { model, sets, client, functions: registry };
