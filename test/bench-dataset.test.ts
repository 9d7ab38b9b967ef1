// The dataset index read at run time (data/sc-authorisations.json) must be the YAML source's
// current index: regenerate it with `npm run dataset` after editing data/sc-authorisations.yaml.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { DATASET_INDEX_PATH, DATASET_PATH, loadDataset, type DatasetRecord } from "../src/scenario/dataset.js";
import { datasetIndexText, membershipText } from "../scripts/dataset.js";
import { UN_MEMBERSHIP_JSON_PATH } from "../src/scenario/un-membership.js";

test("data/sc-authorisations.json is the current index of data/sc-authorisations.yaml (npm run dataset)", () => {
  assert.equal(readFileSync(DATASET_INDEX_PATH, "utf8"), datasetIndexText());
});

test("the index holds every record of the YAML, by number, unchanged", () => {
  const records = parse(readFileSync(DATASET_PATH, "utf8")) as DatasetRecord[];
  const index = loadDataset();
  assert.equal(index.size, new Set(records.map((r) => r.number)).size);
  for (const r of records) assert.deepEqual(index.get(r.number), r);
  assert.equal(index.get(678)?.symbol, "S/RES/678 (1990)");
});

test("data/un-membership.json is the current copy of data/un-membership.yaml (npm run dataset)", () => {
  assert.equal(readFileSync(UN_MEMBERSHIP_JSON_PATH, "utf8"), membershipText());
});
