/**
 * A stand-in for Excel's CustomFunctions global (custom-functions-runtime), enough for the JS.* wrappers:
 * Error with code and message, ErrorCode, and associate recording what a bundle registers.
 */
export class StubError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface CustomFunctionsStub {
  readonly Error: typeof StubError;
  readonly ErrorCode: typeof ErrorCode;
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
  associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown): void;
}

export function customFunctionsStub(): CustomFunctionsStub {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: StubError,
    ErrorCode,
    associated,
    associate(id, fn) {
      if (typeof id === "string") {
        if (fn) associated.set(id, fn);
      } else for (const [k, f] of Object.entries(id)) associated.set(k, f);
    },
  };
}

/** Installs a fresh stub as globalThis.CustomFunctions and returns it. */
export function installCustomFunctions(): CustomFunctionsStub {
  const stub = customFunctionsStub();
  (globalThis as unknown as { CustomFunctions: CustomFunctionsStub }).CustomFunctions = stub;
  return stub;
}

/** A cell result in test notation: the value, or "#CODE message" for an error. */
export function shown(v: unknown): unknown {
  if (v instanceof StubError) return `${v.code} ${v.message}`;
  if (Array.isArray(v)) return v.map(shown);
  return v;
}
