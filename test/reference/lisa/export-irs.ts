/**
 * Writes the input of the R reference (lisa_reference.R): the IRS of every district under the
 * default methodology, computed by the app's own core and store derivation on the built
 * public/data/districts.json, with its queen neighbours (ids). The IRS is the input; the LISA is
 * what the reference checks. Run: npx tsx test/reference/lisa/export-irs.ts > /tmp/irs-input.csv
 */
import { readFileSync } from "node:fs";
import { parseDistrictTable } from "../../../src/data/schema";
import { computeIndexState } from "../../../src/store/index-slice";
import { useAppStore } from "../../../src/store";

const table = parseDistrictTable(
  JSON.parse(readFileSync(new URL("../../../public/data/districts.json", import.meta.url), "utf8")),
).value;
if (!table) throw new Error("districts.json did not validate");
const init = useAppStore.getInitialState();
const { scores } = computeIndexState({
  table,
  indicatorDefs: init.indicatorDefs,
  methodology: init.methodology,
});
if (!scores) throw new Error("no IRS");
const lines = ["id,ubigeo,irs,neighbors"];
for (const d of table.districts) {
  const irs = scores[d.id]?.irs ?? null;
  lines.push(
    `${d.id},${d.ubigeo},${irs === null ? "NA" : irs.toPrecision(17)},${d.neighbors.join(" ")}`,
  );
}
process.stdout.write(lines.join("\n") + "\n");
