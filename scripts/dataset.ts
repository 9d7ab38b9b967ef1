// Regenerates data/sc-authorisations.json, the index by resolution number that casus reads at run
// time, from data/sc-authorisations.yaml (the source), and data/un-membership.json from
// data/un-membership.yaml. Run after editing either YAML: `npm run dataset`.
// test/bench-dataset.test.ts fails while either is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { DATASET_INDEX_PATH, DATASET_PATH, datasetIndex, type DatasetRecord } from "../src/scenario/dataset.js";
import { UN_MEMBERSHIP_JSON_PATH, UN_MEMBERSHIP_PATH, membershipJson, type Admission } from "../src/scenario/un-membership.js";

/** The index text for the YAML as it stands. */
export function datasetIndexText(): string {
  return JSON.stringify(datasetIndex(parse(readFileSync(DATASET_PATH, "utf8")) as DatasetRecord[]), null, 1) + "\n";
}

/** The JSON copy of data/un-membership.yaml, read at run time. */
export function membershipText(): string {
  return membershipJson(parse(readFileSync(UN_MEMBERSHIP_PATH, "utf8")) as Admission[]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(DATASET_INDEX_PATH, datasetIndexText());
  console.log(`wrote ${DATASET_INDEX_PATH}`);
  writeFileSync(UN_MEMBERSHIP_JSON_PATH, membershipText());
  console.log(`wrote ${UN_MEMBERSHIP_JSON_PATH}`);
}
