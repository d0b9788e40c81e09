import { DATA_FILES } from "../config/map";
import type { DataManifest, DistrictTable } from "./contract";
import { parseDistrictTable, parseManifest, parseTopology } from "./schema";
import type { Topology } from "topojson-specification";

export interface LoadedData {
  manifest: DataManifest;
  table: DistrictTable;
  topology: Topology;
  issues: string[];
}

/** Fetch a data file as unknown JSON; a readable message names the file on any failure. */
export async function fetchJson(path: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path);
  } catch (e) {
    throw new Error(`${path}: no se pudo descargar (${String(e)})`, { cause: e });
  }
  if (!res.ok) throw new Error(`${path}: respuesta HTTP ${res.status}`);
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: JSON inválido (${e instanceof Error ? e.message : String(e)})`, {
      cause: e,
    });
  }
}

/** Load and validate the three core files in parallel. Throws Error with a readable message. */
export async function loadAppData(): Promise<LoadedData> {
  const [m, d, t] = await Promise.all([
    fetchJson(DATA_FILES.manifest),
    fetchJson(DATA_FILES.districts),
    fetchJson(DATA_FILES.boundaries),
  ]);
  const manifest = parseManifest(m);
  const table = parseDistrictTable(d);
  const topology = parseTopology(t);
  const issues = [...manifest.issues, ...table.issues, ...topology.issues];
  if (!manifest.value || !table.value || !topology.value) {
    throw new Error(issues.slice(0, 5).join("\n") || "Datos inválidos");
  }
  if (table.value.districts.length !== manifest.value.districtCount) {
    throw new Error(
      `${DATA_FILES.districts}: ${table.value.districts.length} distritos, el manifiesto dice ${manifest.value.districtCount}`,
    );
  }
  return { manifest: manifest.value, table: table.value, topology: topology.value, issues };
}
