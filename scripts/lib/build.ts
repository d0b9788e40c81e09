import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type {
  CrimeMonthlyFile,
  DataManifest,
  DataSource,
  DistrictTable,
  FiscalContext,
  PoliceStations,
  Series,
} from "../../src/data/contract";
import { buildBarrioSeguro } from "./barrio-seguro";
import { BOUNDARY_FILE, readBoundaries } from "./boundaries";
import { describeColumns, discoverSources } from "./discover";
import {
  buildCenacom,
  buildPopulation,
  buildPoverty,
  buildUbigeoAumentado,
  type DistrictIndex,
} from "./district-sources";
import { BuildError } from "./errors";
import { buildMefBudget, MEF_BUDGET_SOURCE_ID } from "./mef-budget";
import { buildFiscalContext } from "./mpfn";
import { buildSidpolSeries } from "./sidpol";
import { buildCrimeMonthly } from "./sidpol-monthly";
import { SIDPOL_FAMILIES } from "../../src/config/sidpol-families";
import { INDICATORS } from "../../src/config/indicators";
import { DEFAULT_METHODOLOGY } from "../../src/config/methodology";
import { windowStability } from "../../src/core/crime-period";
import { type Coverage, loadSourceSpecs, specById, toDataSource } from "./sources";
import { cleanBoundaries, GAP_FILL, SNAP_DEG } from "./clean-boundaries";
import { buildTopology, DEFAULT_MIN_WEIGHT, type DistrictTopology } from "./topology";
import { buildDistrictTiles, type VectorTile } from "./tiles";
import { DISTRICT_TILES } from "../../src/config/map";

export interface BuildOptions {
  rawDir: string;
  /** The repository's data/ folder (sources.json and hand-made registers). */
  repoDataDir: string;
  /** Visvalingam weight for the boundaries (degrees²). */
  minWeight?: number;
  /** Clock for builtAt (tests pass a fixed date). */
  now?: Date;
  /** Extent of the vector tiles (default DISTRICT_TILES.bounds; fixtures lie elsewhere). */
  tileBounds?: [number, number, number, number];
  /** Where cleaned boundaries are cached between builds (null = no cache). */
  cacheDir?: string | null;
}

export interface BuildOutputs {
  manifest: DataManifest;
  districts: DistrictTable;
  topology: DistrictTopology;
  /** Vector tiles of the districts and outlines (public/data/tiles/z/x/y.pbf). */
  tiles: VectorTile[];
  fiscal: FiscalContext;
  stations: PoliceStations;
  barrioSeguro: unknown;
  /** Monthly crime files loaded on demand ([path, content]); empty without SIDPOL. */
  crimeMonthly: [string, CrimeMonthlyFile][];
  /** Human-readable lines (Spanish) for stdout: coverage table, checks, timings. */
  report: string[];
}

/** Public file name → content, in the order they are written. */
export function outputFiles(out: BuildOutputs): [string, unknown][] {
  return [
    ["districts.json", out.districts],
    ["boundaries.topo.json", out.topology],
    ["police-stations.json", out.stations],
    ["context-mpfn.json", out.fiscal],
    ["barrio-seguro.json", out.barrioSeguro],
    ["manifest.json", out.manifest],
    ...out.crimeMonthly,
  ];
}

const CRIME_ABSENT_NOTE =
  "No hay conteos de delitos por distrito (SIDPOL). Para agregarlos: coloque el CSV oficial «Denuncias Policiales» (SIDPOL, datosabiertos.gob.pe) en la carpeta <datos brutos>/sidpol/ y vuelva a construir los datos (npm run data), o impórtelo en la aplicación.";

/**
 * Read every raw source and build the public/data files in memory (see src/data/contract.ts).
 * Throws BuildError (Spanish message naming file, row and problem) when a source is missing or
 * malformed.
 */
export async function buildData(options: BuildOptions): Promise<BuildOutputs> {
  const { rawDir, repoDataDir } = options;
  if (!existsSync(rawDir) || !statSync(rawDir).isDirectory()) {
    throw new BuildError(`No existe la carpeta de datos brutos: ${rawDir} (defina DATA_DIR).`);
  }
  const report: string[] = [];
  const timings: string[] = [];
  let t = performance.now();
  const lap = (label: string): void => {
    const now = performance.now();
    timings.push(`${label} ${Math.round(now - t)} ms`);
    t = now;
  };
  const specs = loadSourceSpecs(repoDataDir);
  const issues: string[] = [];

  const boundaries = readBoundaries(rawDir);
  const rows = boundaries.districts.map((d) => d.row);
  const ubigeoToId = new Map(rows.map((r) => [r.ubigeo, r.id]));
  const index: DistrictIndex = { ubigeoToId, districts: boundaries.districts };
  const n = rows.length;
  for (const d of boundaries.dropped) issues.push(`${BOUNDARY_FILE}: distrito omitido, ${d}`);
  const isolated = rows.filter((r) => r.neighbors.length === 0);
  report.push(
    `Límites: ${boundaries.featuresRead} entidades leídas, ${n} distritos, ${boundaries.dropped.length} omitidos por geometría nula o no válida${boundaries.dropped.length ? `: ${boundaries.dropped.join("; ")}` : ""}.`,
    `Vecinos (contigüidad reina): ${isolated.length} distritos sin vecinos${isolated.length ? ` (${isolated.map((r) => `${r.ubigeo} ${r.name}`).join(", ")})` : ""}.`,
  );
  lap("límites+vecinos");

  const cleaned = await cleanBoundaries(boundaries.districts, options.cacheDir ?? null);
  report.push(
    `Límites limpiados (mapshaper: ajuste a ${SNAP_DEG}°, huecos < ${GAP_FILL} asignados al vecino) en ${Math.round(cleaned.ms)} ms${cleaned.cached ? " (caché)" : ""}${cleaned.keptOriginal.length ? `; geometría original conservada en ${cleaned.keptOriginal.join(", ")}` : ""}.`,
  );
  const topo = buildTopology(cleaned.districts, options.minWeight ?? DEFAULT_MIN_WEIGHT);
  report.push(
    `Topología: ${topo.arcsBefore} arcos → ${topo.arcsAfter} tras unir tramos no compartidos; ${topo.pointsBefore} → ${topo.pointsAfter} puntos; ${topo.ringsRescued} anillos conservados a la fuerza; ${topo.partsDropped} fragmentos colapsados descartados; ${topo.nonEmpty} de ${n} geometrías no vacías.`,
  );
  if (topo.nonEmpty !== n) {
    throw new BuildError(
      `${BOUNDARY_FILE}: tras simplificar, solo ${topo.nonEmpty} de ${n} distritos conservan geometría.`,
    );
  }
  lap("topología");
  const tiles = buildDistrictTiles(topo.topology, rows, options.tileBounds);
  report.push(
    `Teselas vectoriales: ${tiles.tiles.length} teselas z${DISTRICT_TILES.minzoom}–z${DISTRICT_TILES.maxzoom}, ${(tiles.bytes / 1024).toFixed(0)} KB sin comprimir.`,
  );
  lap("teselas");

  const sources: DataSource[] = [];
  const coverageRows: { id: string; coverage: Coverage }[] = [];
  const add = (id: string, coverage: Coverage, note?: string): void => {
    sources.push(toDataSource(specById(specs, id), coverage, note));
    coverageRows.push({ id, coverage });
  };
  add("mapsperu-boundaries-2025", {
    rowsRead: boundaries.featuresRead,
    matched: n,
    unmatched: [],
    repaired: boundaries.repaired,
    missing: 0,
  });

  const series: Series[] = [];
  for (const [id, build] of [
    ["inei-poblacion", buildPopulation],
    ["inei-pobreza-2018", buildPoverty],
    ["ubigeo-peru-aumentado", buildUbigeoAumentado],
  ] as const) {
    const b = build(rawDir, index);
    series.push(...b.series);
    report.push(...b.report);
    add(id, b.coverage);
  }
  const cenacom = buildCenacom(rawDir, index);
  series.push(...cenacom.series);
  report.push(...cenacom.report);
  add("inei-cenacom-2017", cenacom.coverage);
  lap("fuentes distritales");

  const mef = buildMefBudget(rawDir, ubigeoToId);
  series.push(...mef.series);
  report.push(...mef.report);
  issues.push(...mef.issues);
  add(MEF_BUDGET_SOURCE_ID, mef.coverage);
  lap("MEF");

  const fiscal = buildFiscalContext(rawDir, ubigeoToId);
  report.push(...fiscal.report);
  add("mpfn-denuncias", fiscal.coverage);
  lap("MPFN");

  const barrio = await buildBarrioSeguro(rawDir, repoDataDir, ubigeoToId, rows);
  report.push(...barrio.report);
  for (const s of barrio.sources) {
    sources.push(s);
    coverageRows.push({ id: s.id, coverage: s });
  }
  lap("Barrio Seguro");

  const sidpol = await buildSidpolSeries(rawDir, ubigeoToId, n);
  let crimeMonthly: [string, CrimeMonthlyFile][] = [];
  let crime: DataManifest["crime"] = {
    present: false,
    sourceId: null,
    years: [],
    note: CRIME_ABSENT_NOTE,
  };
  if (sidpol) {
    series.push(...sidpol.series);
    sources.push(sidpol.source);
    coverageRows.push({ id: sidpol.source.id, coverage: sidpol.source });
    report.push(...sidpol.report);
    crime = {
      present: true,
      sourceId: sidpol.source.id,
      years: sidpol.crimeYears,
      note: sidpol.source.note,
    };
    const monthlyOut = buildCrimeMonthly(
      sidpol.monthly,
      SIDPOL_FAMILIES.families.map((f) => f.id),
      rows,
      sidpol.source.id,
    );
    crimeMonthly = monthlyOut.files;
    report.push(...monthlyOut.report);
  } else report.push("SIDPOL: carpeta sidpol/ ausente; sin conteos de delitos por distrito.");
  lap("SIDPOL");

  const discovered = discoverSources(rawDir, specs, ubigeoToId);
  // Start-up growth is never silent: each discovered file says what it adds to districts.json.
  let gzipBefore = discovered.found.length > 0 ? districtTableGzipBytes(rows, series) : 0;
  for (const d of discovered.found) {
    series.push(...d.series);
    sources.push(d.source);
    coverageRows.push({ id: d.source.id, coverage: d.source });
    const gzipAfter = districtTableGzipBytes(rows, series);
    const [, ...columnLines] = describeColumns(d);
    report.push(
      `Descubierto: ${d.source.files.join(", ")} añade ${d.series.length} series (≈ ${((gzipAfter - gzipBefore) / 1024).toFixed(1)} KB gzip a districts.json)`,
      ...columnLines,
    );
    gzipBefore = gzipAfter;
  }
  for (const s of discovered.skipped) report.push(`No usado: ${s.line}`, ...s.details);
  issues.push(...discovered.issues);
  lap("descubrimiento");

  for (const s of series) {
    if (s.values.length !== n) {
      throw new BuildError(
        `Serie ${s.key} (${s.year}): ${s.values.length} valores para ${n} distritos.`,
      );
    }
  }

  if (crime.present) {
    // The basis of the default crime window, measured on this data with the default methodology.
    const table: DistrictTable = { version: 1, districts: rows, series };
    crime.stability = [1, 2, 3].map((w) => {
      const r = windowStability(table, INDICATORS, DEFAULT_METHODOLOGY, w);
      return {
        window: r.window,
        endYears: r.endYears,
        meanCorrelation: Math.round(r.meanCorrelation * 1000) / 1000,
        topN: r.topN,
        smallInTop: r.smallInTop,
        topOverlap: r.topOverlap,
      };
    });
    report.push(
      "Estabilidad del IRS por ventana de años (Spearman entre años consecutivos; distritos < 5 000 hab. en el top 36; top 36 que se mantiene): " +
        crime.stability
          .map(
            (s) =>
              `${s.window} año(s): ρ = ${s.meanCorrelation.toFixed(3)}, ${s.smallInTop} pequeños, ${s.topOverlap}/${s.topN}`,
          )
          .join("; ") +
        ".",
    );
    lap("estabilidad");
  }

  const manifest: DataManifest = {
    version: 1,
    builtAt: (options.now ?? new Date()).toISOString(),
    districtCount: n,
    sources,
    crime,
    issues,
  };
  return {
    manifest,
    districts: { version: 1, districts: rows, series },
    topology: topo.topology,
    tiles: tiles.tiles,
    fiscal: fiscal.context,
    stations: cenacom.stations,
    barrioSeguro: barrio.json,
    crimeMonthly,
    report: [
      ...formatCoverage(coverageRows),
      ...report,
      ...issues.map((i) => `AVISO: ${i}`),
      `Tiempos: ${timings.join(", ")}`,
    ],
  };
}

/** Gzip size of districts.json for these rows and series (as writeOutputs writes it). */
function districtTableGzipBytes(rows: DistrictTable["districts"], series: Series[]): number {
  const table: DistrictTable = { version: 1, districts: rows, series };
  return gzipSync(JSON.stringify(table)).length;
}

/** Coverage table (one line per source): rows read, matched, unmatched (codes), repaired, missing. */
export function formatCoverage(rows: readonly { id: string; coverage: Coverage }[]): string[] {
  const head = ["fuente", "filas", "emparejados", "reparados", "faltantes", "no emparejados"];
  const body = rows.map(({ id, coverage: c }) => [
    id,
    String(c.rowsRead),
    String(c.matched),
    String(c.repaired),
    String(c.missing),
    c.unmatched.length === 0 ? "—" : `${c.unmatched.length}: ${c.unmatched.join(", ")}`,
  ]);
  const widths = head.map((h, k) =>
    Math.max(h.length, ...body.map((r) => (k === 5 ? 0 : (r[k] ?? "").length))),
  );
  const line = (cells: string[]): string =>
    cells
      .map((c, k) =>
        k === 5 ? c : k === 0 ? c.padEnd(widths[k] ?? 0) : c.padStart(widths[k] ?? 0),
      )
      .join("  ");
  return ["Cobertura por fuente:", line(head), ...body.map(line)];
}

/** Write every output as compact JSON; returns raw and gzip byte sizes per file. */
export function writeOutputs(
  outDir: string,
  out: BuildOutputs,
): { file: string; bytes: number; gzipBytes: number }[] {
  mkdirSync(outDir, { recursive: true });
  const sizes = outputFiles(out).map(([file, value]) => {
    const text = JSON.stringify(value);
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
    return { file, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
  });
  // Tiles: the folder is rewritten whole so no tile of an older build survives.
  const tileDir = join(outDir, "tiles");
  rmSync(tileDir, { recursive: true, force: true });
  let bytes = 0;
  let gzipBytes = 0;
  for (const t of out.tiles) {
    mkdirSync(join(tileDir, String(t.z), String(t.x)), { recursive: true });
    writeFileSync(join(tileDir, String(t.z), String(t.x), `${t.y}.pbf`), t.data);
    bytes += t.data.length;
    gzipBytes += gzipSync(t.data).length;
  }
  sizes.push({ file: `tiles/ (${out.tiles.length})`, bytes, gzipBytes });
  return sizes;
}
