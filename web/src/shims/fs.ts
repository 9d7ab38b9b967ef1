// In the browser the library's one file read is the bundled Council dataset index (data/), nothing
// else; reading a situation from a file (src/scenario/input.ts) has no meaning here and refuses.
import dataset from "../../../data/sc-authorisations.json";

const noFs = (what: string): never => {
  throw new Error(`no file system in the browser: ${what}`);
};

export function readFileSync(path: string): string {
  if (String(path).endsWith("sc-authorisations.json")) return JSON.stringify(dataset);
  return noFs(String(path));
}
export const openSync = (path: string): number => noFs(String(path));
export const fstatSync = (): never => noFs("fstat");
export const statSync = (path: string): never => noFs(String(path));
export const readSync = (): never => noFs("read");
export const closeSync = (): void => undefined;
export const constants = { O_RDONLY: 0, O_NONBLOCK: 0 };
export type Stats = never;
