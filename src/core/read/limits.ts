/**
 * How much of a workbook file the readers take on. A real 公开 workbook (even a 200-unit department) is a few
 * MB unzipped and well under 100,000 filled cells per sheet; anything beyond these limits is refused before
 * its sheets are parsed, with a message naming the part and the limit (a file that someone once formatted
 * "to row 1,048,576", a zip bomb, a data dump). Adapters may pass their own limits; these are the defaults.
 */
export interface ReadLimits {
  /** Uncompressed size of the whole package, as its zip directory declares it (bytes). */
  readonly maxPackageBytes: number;
  /** Filled cells of one sheet (a value or a formula; formatting alone does not count). */
  readonly maxCellsPerSheet: number;
}

export const READ_LIMITS: ReadLimits = {
  maxPackageBytes: 100 * 1024 * 1024,
  maxCellsPerSheet: 500_000,
};

/** Why a file cannot be read: a code of the message catalog and its parameters (rendered by the host). */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(code);
  }
}
