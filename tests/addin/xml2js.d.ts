// Minimal typing for the part of xml2js the add-in tests use (@types/xml2js is not installed).
// Delete this file if @types/xml2js is added to devDependencies.
declare module "xml2js" {
  export function parseStringPromise(xml: string, options?: Record<string, unknown>): Promise<unknown>;
}
