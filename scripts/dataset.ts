// Regenerates data/sc-authorisations.json, the index by resolution number that casus reads at run
// time, from data/sc-authorisations.yaml (the source). Run after editing the YAML: `npm run dataset`.
// test/bench-dataset.test.ts fails while the index is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { DATASET_INDEX_PATH, DATASET_PATH, datasetIndex, type DatasetRecord } from "../src/scenario/dataset.js";

/** The index text for the YAML as it stands. */
export function datasetIndexText(): string {
  return JSON.stringify(datasetIndex(parse(readFileSync(DATASET_PATH, "utf8")) as DatasetRecord[]), null, 1) + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(DATASET_INDEX_PATH, datasetIndexText());
  console.log(`wrote ${DATASET_INDEX_PATH}`);
}
