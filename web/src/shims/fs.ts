// In the browser the library's one file read is the bundled Council dataset (data/), nothing else.
import dataset from "../../../data/sc-authorisations.yaml";

export function readFileSync(path: string): string {
  if (String(path).endsWith("sc-authorisations.yaml")) return dataset;
  throw new Error(`no file system in the browser: ${path}`);
}
