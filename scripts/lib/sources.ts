import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "../../src/data/contract";
import { BuildError } from "./errors";

/** One entry of data/sources.json (authored by the team, matching SOURCES.md of the raw folder). */
export interface SourceSpec {
  id: string;
  name: string;
  /** Short citation for legends (optional in sources.json). */
  citation?: string;
  publisher: string;
  url: string;
  licence: string;
  years: number[];
  folder: string;
  /** Files the build reads, relative to the raw folder. */
  files: string[];
  /** Files described in SOURCES.md that the build deliberately does not read. */
  ignoredFiles: string[];
  level: string;
  note: string;
}

/** Coverage figures of one source once joined to the district layer. */
export interface Coverage {
  rowsRead: number;
  matched: number;
  unmatched: string[];
  repaired: number;
  missing: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");

/** Validate the parsed data/sources.json. Throws a BuildError naming the entry and field. */
export function parseSourceSpecs(json: unknown, file = "data/sources.json"): SourceSpec[] {
  if (!isRecord(json) || !Array.isArray(json.sources)) {
    throw new BuildError(`${file}: se esperaba un objeto con la lista "sources".`);
  }
  const ids = new Set<string>();
  return json.sources.map((entry: unknown, i) => {
    const at = `${file}, sources[${i}]`;
    if (!isRecord(entry)) throw new BuildError(`${at}: no es un objeto.`);
    const str = (k: string): string => {
      const v = entry[k];
      if (typeof v !== "string") throw new BuildError(`${at}: falta el texto "${k}".`);
      return v;
    };
    const years = entry.years;
    if (!Array.isArray(years) || !years.every((y) => Number.isInteger(y))) {
      throw new BuildError(`${at}: "years" debe ser una lista de años enteros.`);
    }
    const files = entry.files;
    if (!isStringArray(files)) throw new BuildError(`${at}: "files" debe ser una lista de rutas.`);
    const ignored = entry.ignoredFiles ?? [];
    if (!isStringArray(ignored)) {
      throw new BuildError(`${at}: "ignoredFiles" debe ser una lista de rutas.`);
    }
    const id = str("id");
    if (ids.has(id)) throw new BuildError(`${at}: id repetido "${id}".`);
    ids.add(id);
    return {
      id,
      name: str("name"),
      ...(typeof entry.citation === "string" ? { citation: entry.citation } : {}),
      publisher: str("publisher"),
      url: str("url"),
      licence: str("licence"),
      years: years.filter((y): y is number => typeof y === "number"),
      folder: str("folder"),
      files,
      ignoredFiles: ignored,
      level: str("level"),
      note: str("note"),
    };
  });
}

/** Read and validate <repoDataDir>/sources.json. */
export function loadSourceSpecs(repoDataDir: string): SourceSpec[] {
  const path = join(repoDataDir, "sources.json");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new BuildError(
      `data/sources.json: no se puede leer (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  return parseSourceSpecs(json);
}

/** Find a spec by id or stop the build. */
export function specById(specs: readonly SourceSpec[], id: string): SourceSpec {
  const spec = specs.find((s) => s.id === id);
  if (!spec) throw new BuildError(`data/sources.json: falta la fuente "${id}".`);
  return spec;
}

/** Manifest entry: the authored description plus the measured coverage. */
export function toDataSource(spec: SourceSpec, coverage: Coverage, note?: string): DataSource {
  return {
    id: spec.id,
    name: spec.name,
    ...(spec.citation ? { citation: spec.citation } : {}),
    publisher: spec.publisher,
    url: spec.url,
    licence: spec.licence,
    years: spec.years,
    files: spec.files,
    rowsRead: coverage.rowsRead,
    matched: coverage.matched,
    unmatched: coverage.unmatched,
    repaired: coverage.repaired,
    missing: coverage.missing,
    level: spec.level,
    note: note ?? spec.note,
  };
}
