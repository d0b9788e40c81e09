import { DATA_FILES } from "../config/map";
import type { CrimeMonthlyFile, DataManifest, DistrictTable, FiscalContext } from "./contract";
import {
  parseCrimeMonthly,
  parseDistrictTable,
  parseFiscalContext,
  parseManifest,
  parseTopology,
} from "./schema";
import type { Topology } from "topojson-specification";

export interface LoadedData {
  manifest: DataManifest;
  table: DistrictTable;
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

/**
 * Load and validate the two start-up files in parallel (the map draws from its tiles meanwhile).
 * Throws Error with a readable message.
 */
export async function loadAppData(): Promise<LoadedData> {
  const [m, d] = await Promise.all([
    fetchJson(DATA_FILES.manifest),
    fetchJson(DATA_FILES.districts),
  ]);
  const manifest = parseManifest(m);
  const table = parseDistrictTable(d);
  const issues = [...manifest.issues, ...table.issues];
  if (!manifest.value || !table.value) {
    throw new Error(issues.slice(0, 5).join("\n") || "Datos inválidos");
  }
  if (table.value.districts.length !== manifest.value.districtCount) {
    throw new Error(
      `${DATA_FILES.districts}: ${table.value.districts.length} distritos, el manifiesto dice ${manifest.value.districtCount}`,
    );
  }
  return { manifest: manifest.value, table: table.value, issues };
}

/**
 * The detailed boundaries (zooms above the tiles), loaded after the first draw. Throws Error with a
 * readable message; the map then keeps its tiles.
 */
export async function loadBoundaries(
  districtCount: number,
): Promise<{ topology: Topology; issues: string[] }> {
  const parsed = parseTopology(await fetchJson(DATA_FILES.boundaries), districtCount);
  if (!parsed.value) throw new Error(parsed.issues.slice(0, 5).join("\n") || "Límites inválidos");
  return { topology: parsed.value, issues: parsed.issues };
}

/**
 * A monthly crime file, on demand: "trends" = crime-trends.json (country, departments, Lima
 * Metropolitana), a department code = crime-monthly/<dd>.json (its districts). Throws Error with a
 * readable message.
 */
export async function loadCrimeMonthly(key: string): Promise<CrimeMonthlyFile> {
  if (key !== "trends" && !/^\d{2}$/.test(key))
    throw new Error(`archivo mensual desconocido: ${key}`);
  const path =
    key === "trends" ? DATA_FILES.crimeTrends : `${DATA_FILES.crimeMonthlyDir}${key}.json`;
  const parsed = parseCrimeMonthly(await fetchJson(path), path);
  if (!parsed.value) throw new Error(parsed.issues.slice(0, 5).join("\n") || `${path}: inválido`);
  return parsed.value;
}

/** Ministerio Público context by fiscal district (context-mpfn.json), on demand. */
export async function loadFiscalContext(): Promise<FiscalContext> {
  const parsed = parseFiscalContext(await fetchJson(DATA_FILES.fiscal));
  if (!parsed.value) throw new Error(parsed.issues.slice(0, 3).join("; ") || "context-mpfn.json");
  return parsed.value;
}
