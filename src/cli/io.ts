/** The CLI's output channels (injected so tests capture them) and its user-error type. */
import type { WriteFs } from "./output";

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** File writes (tests inject failures); node's fs when absent. */
  readonly fs?: WriteFs;
}

/** A user error: its message is Chinese and shown as is. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
