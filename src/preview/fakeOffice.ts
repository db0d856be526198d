/**
 * Stands in for office.js in the preview page and in the browser tests: Office, Excel and CustomFunctions
 * globals over an in-memory workbook (window.__jsgkFake exposes it to tests). Never part of the add-in.
 */
import { installFakeOffice } from "../excel/fake/api";
import { FakeSheet, FakeWorkbookModel } from "../excel/fake/model";

const model = new FakeWorkbookModel();
model.sheets.push(new FakeSheet("Sheet1"));
const sets: Record<string, boolean> = { "1.4": true, "1.9": true, "1.10": true, "1.18": true, "1.20": true };
const w = window as unknown as Record<string, unknown>;
installFakeOffice(w, { model, sets });

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
w.__jsgkFake = { model, sets, functions: registry };
