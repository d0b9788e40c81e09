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
import type { DataIssue, DataProblem } from "../core/data-issues";

export interface LoadedData {
  manifest: DataManifest;
  table: DistrictTable;
  issues: DataIssue[];
}

/**
 * A data file that could not be used: its issues as codes (src/i18n/schema-copy.ts words them in
 * the UI language). The message is the codes in technical form, for the console only.
 */
export class DataFileError extends Error {
  constructor(
    readonly issues: DataIssue[],
    options?: { cause?: unknown },
  ) {
    super(
      issues.map((i) => `${i.file}: ${i.path ?? ""} ${JSON.stringify(i.problem)}`).join("\n"),
      options,
    );
    this.name = "DataFileError";
  }
}

const fileError = (file: string, problem: DataProblem, cause?: unknown) =>
  new DataFileError([{ file, path: null, problem }], cause === undefined ? undefined : { cause });

/** The issues of anything a loader threw (an unexpected error keeps its own technical text). */
export function dataIssuesOf(e: unknown): DataIssue[] {
  if (e instanceof DataFileError) return e.issues;
  const detail = e instanceof Error ? e.message : String(e);
  return [{ file: "", path: null, problem: { code: "unexpected", detail } }];
}

/** Fetch a data file as unknown JSON; a DataFileError names the file on any failure. */
export async function fetchJson(path: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path);
  } catch (e) {
    throw fileError(path, { code: "download", detail: String(e) }, e);
  }
  if (!res.ok) throw fileError(path, { code: "http", status: res.status });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw fileError(path, { code: "badJson", detail }, e);
  }
}

/**
 * Load and validate the two start-up files in parallel (the map draws from its tiles meanwhile).
 * Throws DataFileError naming the files and problems.
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
    const some = issues.slice(0, 5);
    throw some.length > 0
      ? new DataFileError(some)
      : fileError(DATA_FILES.districts, { code: "invalid" });
  }
  if (table.value.districts.length !== manifest.value.districtCount) {
    throw fileError(DATA_FILES.districts, {
      code: "districtCountMismatch",
      count: table.value.districts.length,
      expected: manifest.value.districtCount,
    });
  }
  return { manifest: manifest.value, table: table.value, issues };
}

/**
 * The detailed boundaries (zooms above the tiles), loaded after the first draw. Throws
 * DataFileError; the map then keeps its tiles.
 */
export async function loadBoundaries(
  districtCount: number,
): Promise<{ topology: Topology; issues: DataIssue[] }> {
  const parsed = parseTopology(await fetchJson(DATA_FILES.boundaries), districtCount);
  if (!parsed.value) throw failed(parsed.issues, 5, DATA_FILES.boundaries);
  return { topology: parsed.value, issues: parsed.issues };
}

/**
 * A monthly crime file, on demand: "trends" = crime-trends.json (country, departments, Lima
 * Metropolitana), a department code = crime-monthly/<dd>.json (its districts). Throws
 * DataFileError.
 */
export async function loadCrimeMonthly(key: string): Promise<CrimeMonthlyFile> {
  if (key !== "trends" && !/^\d{2}$/.test(key))
    throw fileError("", { code: "unknownMonthlyFile", key });
  const path =
    key === "trends" ? DATA_FILES.crimeTrends : `${DATA_FILES.crimeMonthlyDir}${key}.json`;
  const parsed = parseCrimeMonthly(await fetchJson(path), path);
  if (!parsed.value) throw failed(parsed.issues, 5, path);
  return parsed.value;
}

/** Ministerio Público context by fiscal district (context-mpfn.json), on demand. */
export async function loadFiscalContext(): Promise<FiscalContext> {
  const parsed = parseFiscalContext(await fetchJson(DATA_FILES.fiscal));
  if (!parsed.value) throw failed(parsed.issues, 3, "context-mpfn.json");
  return parsed.value;
}

/** The first `n` issues of a file that could not be used (or "invalid" when there are none). */
function failed(issues: DataIssue[], n: number, file: string): DataFileError {
  return issues.length > 0
    ? new DataFileError(issues.slice(0, n))
    : fileError(file, { code: "invalid" });
}
