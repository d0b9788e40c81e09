/**
 * Build step for Barrio Seguro: merge the repo register (data/barrio-seguro-register.csv, transcribed
 * from MININTER documents and press) with the raw partial press list
 * (barrio-seguro-prensa/barrio_seguro_registro_parcial.csv), resolve ubigeos, and attach the document's
 * per-region table (data/barrio-seguro-regions.csv). Returns the JSON for public/data/barrio-seguro.json
 * (shape: BarrioSeguroData in src/core/barrio-seguro.ts); the caller writes it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "../../src/data/contract";
import { yearOfDate, type BarrioRow, type BarrioSeguroData } from "../../src/core/barrio-seguro";
import type { RegionTotal } from "../../src/core/barrio-seguro";
import { compareWithRegionTable } from "../../src/core/coverage";
import { nameKey, parseUbigeo } from "../../src/core/ubigeo";
import { readCsv, requireColumns, rowNumber, type CsvTable } from "./csv";
import { BuildError, where } from "./errors";

export const REGISTER_FILE = "barrio-seguro-register.csv";
export const REGIONS_FILE = "barrio-seguro-regions.csv";
export const PRESS_FILE = "barrio-seguro-prensa/barrio_seguro_registro_parcial.csv";
export const REGISTER_SOURCE_ID = "barrio-seguro-registro";
export const PRESS_SOURCE_ID = "barrio-seguro-prensa";

/** A district of the layer, used to resolve rows that have names but no ubigeo. */
export interface DistrictName {
  ubigeo: string;
  name: string;
  province: string;
  department: string;
}

/** One source row before merging. */
interface Entry {
  row: BarrioRow;
  /** "data/barrio-seguro-register.csv, fila 3" — for the report. */
  at: string;
}

const REGISTER_COLUMNS = [
  "barrio",
  "departamento",
  "provincia",
  "distrito",
  "ubigeo",
  "numero_nacional",
  "fecha",
  "estado",
  "fuente",
  "nota",
] as const;
const PRESS_COLUMNS = [
  "barrio",
  "departamento",
  "provincia",
  "distrito",
  "ubigeo",
  "numero_nacional",
  "fecha_aprox",
  "nota",
  "fuente_url",
] as const;
const REGION_COLUMNS = [
  "region",
  "barrios",
  "distritos",
  "prefijos_ubigeo",
  "excluye_prefijos",
  "ambito",
  "fuente",
] as const;

/** Status precedence when merging: a confirmed barrio beats an announcement or a schedule. */
const STATUS_RANK: Record<string, number> = { operativo: 3, programado: 2, anunciado: 1 };
const statusRank = (s: string): number => STATUS_RANK[s] ?? 0;

/** "(barrio no nombrado en la fuente)" and "" mean no name. */
const barrioName = (raw: string): string | null => {
  const t = raw.trim();
  return t === "" || t.startsWith("(") ? null : t;
};

function intCell(table: CsvTable, i: number, column: string): number | null {
  const raw = (table.rows[i]?.[column] ?? "").trim();
  if (raw === "") return null;
  if (!/^\d+$/.test(raw)) {
    throw new BuildError(`${where(table.file, rowNumber(i), column)}: "${raw}" no es un entero.`);
  }
  return Number(raw);
}

function dateCell(table: CsvTable, i: number, column: string): string | null {
  const raw = (table.rows[i]?.[column] ?? "").trim();
  if (raw === "") return null;
  if (yearOfDate(raw) === null) {
    throw new BuildError(
      `${where(table.file, rowNumber(i), column)}: fecha "${raw}" inválida (use AAAA, AAAA-MM o AAAA-MM-DD).`,
    );
  }
  return raw;
}

/** Name indexes over the layer: district triple, (department, district), (department, province). */
function nameIndex(districts: readonly DistrictName[]) {
  const triple = new Map<string, string[]>();
  const depDist = new Map<string, string[]>();
  const depProv = new Map<string, Set<string>>();
  const dep = new Map<string, Set<string>>();
  const byUbigeo = new Map<string, DistrictName>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const d of districts) {
    const [kd, kp, kn] = [nameKey(d.department), nameKey(d.province), nameKey(d.name)];
    push(triple, `${kd}|${kp}|${kn}`, d.ubigeo);
    push(depDist, `${kd}|${kn}`, d.ubigeo);
    depProv.set(`${kd}|${kp}`, (depProv.get(`${kd}|${kp}`) ?? new Set()).add(d.ubigeo.slice(0, 4)));
    dep.set(kd, (dep.get(kd) ?? new Set()).add(d.ubigeo.slice(0, 2)));
    byUbigeo.set(d.ubigeo, d);
  }
  return { triple, depDist, depProv, dep, byUbigeo };
}

/**
 * Merge the repo register with the raw press list and resolve ubigeos.
 * - Rows with a ubigeo: parsed with parseUbigeo (leading zero repaired), must be a district code in
 *   the layer; when `districts` is given, a district name that differs from the layer is reported.
 * - Rows without a ubigeo (the repo transcription of the 2022 launch schedule): matched by
 *   nameKey(department|province|district) against `districts`; fallback (department|district) when
 *   unique; rows without a district get provinceCode/departmentCode from the names.
 * - Dedupe: (1) same district and same barrio name (nameKey) → one row; (2) an unnamed row joins the
 *   only other row of the same district with a compatible year (equal or one unknown) and no
 *   conflicting national number. Every merged row keeps all its sources, notes and origins; status
 *   takes the strongest (operativo > programado > anunciado); date comes from the strongest row, else
 *   the most precise one.
 * The press file is optional (reported when absent); the two repo files are required (BuildError).
 */
export async function buildBarrioSeguro(
  rawDir: string,
  repoDataDir: string,
  ubigeoToId: Map<string, number>,
  districts?: readonly DistrictName[],
): Promise<{ sources: DataSource[]; json: unknown; report: string[] }> {
  const report: string[] = [];
  const idx = districts ? nameIndex(districts) : null;
  const repoLabel = (file: string) => `data/${file}`;
  const stats = {
    [REGISTER_SOURCE_ID]: {
      read: 0,
      repaired: 0,
      ubigeos: new Set<string>(),
      unmatched: new Set<string>(),
    },
    [PRESS_SOURCE_ID]: {
      read: 0,
      repaired: 0,
      ubigeos: new Set<string>(),
      unmatched: new Set<string>(),
    },
  };

  const resolve = (
    table: CsvTable,
    i: number,
    sourceId: keyof typeof stats,
  ): Pick<BarrioRow, "ubigeo" | "provinceCode" | "departmentCode" | "districtId"> => {
    const r = table.rows[i] ?? {};
    const at = where(table.file, rowNumber(i));
    const [dep, prov, dist] = [r.departamento ?? "", r.provincia ?? "", r.distrito ?? ""];
    const [kd, kp, kn] = [nameKey(dep), nameKey(prov), nameKey(dist)];
    const rawUbigeo = (r.ubigeo ?? "").trim();
    const st = stats[sourceId];
    let ubigeo: string | null = null;
    if (rawUbigeo !== "") {
      const p = parseUbigeo(rawUbigeo);
      if (p.ubigeo === null || p.level !== "district") {
        throw new BuildError(
          `${at}, columna ubigeo: "${rawUbigeo}" no es un ubigeo distrital (${p.problem ?? p.level}).`,
        );
      }
      if (p.repaired) st.repaired += 1;
      ubigeo = p.ubigeo;
      const layer = idx?.byUbigeo.get(ubigeo);
      if (layer && nameKey(layer.name) !== kn) {
        report.push(
          `${at}: el distrito "${dist}" figura en la capa como "${layer.name}" (${ubigeo}); se usa el ubigeo.`,
        );
      }
    } else if (idx && kn !== "") {
      const hits = idx.triple.get(`${kd}|${kp}|${kn}`) ?? [];
      const loose = idx.depDist.get(`${kd}|${kn}`) ?? [];
      if (hits.length === 1) ubigeo = hits[0] ?? null;
      else if (hits.length === 0 && loose.length === 1) {
        ubigeo = loose[0] ?? null;
        report.push(
          `${at}: "${dep}/${prov}/${dist}" resuelto por departamento y distrito → ${ubigeo}.`,
        );
      } else {
        report.push(
          `${at}: "${dep}/${prov}/${dist}" sin ubigeo: ${hits.length + loose.length === 0 ? "no se encontró en la capa" : "nombre ambiguo"}.`,
        );
      }
    } else if (kn !== "") {
      report.push(`${at}: "${dist}" sin ubigeo y sin lista de distritos para resolverlo.`);
    }
    let districtId: number | null = null;
    if (ubigeo !== null) {
      const id = ubigeoToId.get(ubigeo);
      if (id === undefined) {
        st.unmatched.add(ubigeo);
        report.push(`${at}: el ubigeo ${ubigeo} no está en la capa de distritos.`);
      } else {
        districtId = id;
        st.ubigeos.add(ubigeo);
      }
    }
    let provinceCode = ubigeo?.slice(0, 4) ?? null;
    let departmentCode = ubigeo?.slice(0, 2) ?? null;
    if (ubigeo === null && idx) {
      const provs = [...(idx.depProv.get(`${kd}|${kp}`) ?? [])];
      const deps = [...(idx.dep.get(kd) ?? [])];
      if (provs.length === 1) provinceCode = provs[0] ?? null;
      if (deps.length === 1) departmentCode = deps[0] ?? null;
      report.push(
        `${at}: sin distrito; ubicado en provincia ${provinceCode ?? "?"}, departamento ${departmentCode ?? "?"}.`,
      );
    }
    return { ubigeo, provinceCode, departmentCode, districtId };
  };

  // 1. Repo register (required).
  const reg = readCsv(repoDataDir, REGISTER_FILE);
  reg.file = repoLabel(REGISTER_FILE);
  requireColumns(reg, REGISTER_COLUMNS);
  const entries: Entry[] = [];
  reg.rows.forEach((r, i) => {
    const at = where(reg.file, rowNumber(i));
    const status = (r.estado ?? "").trim().toLowerCase();
    if (status === "") throw new BuildError(`${at}, columna estado: vacío.`);
    const source = (r.fuente ?? "").trim();
    if (source === "")
      throw new BuildError(`${at}, columna fuente: vacío (cada fila cita su fuente).`);
    const date = dateCell(reg, i, "fecha");
    stats[REGISTER_SOURCE_ID].read += 1;
    entries.push({
      at,
      row: {
        barrio: barrioName(r.barrio ?? ""),
        department: (r.departamento ?? "").trim(),
        province: (r.provincia ?? "").trim(),
        district: (r.distrito ?? "").trim(),
        ...resolve(reg, i, REGISTER_SOURCE_ID),
        nationalNumber: intCell(reg, i, "numero_nacional"),
        date,
        year: yearOfDate(date),
        status,
        sources: [source],
        notes: (r.nota ?? "").trim() === "" ? [] : [(r.nota ?? "").trim()],
        origins: ["registro"],
      },
    });
  });

  // 2. Raw press list (optional: the build goes on without it).
  const pressPresent = existsSync(join(rawDir, PRESS_FILE));
  if (!pressPresent)
    report.push(`${PRESS_FILE}: no está en la carpeta de datos; se usa solo el registro.`);
  else {
    const press = readCsv(rawDir, PRESS_FILE);
    requireColumns(press, PRESS_COLUMNS);
    press.rows.forEach((r, i) => {
      const note = (r.nota ?? "").trim();
      const date = dateCell(press, i, "fecha_aprox");
      stats[PRESS_SOURCE_ID].read += 1;
      entries.push({
        at: where(press.file, rowNumber(i)),
        row: {
          barrio: barrioName(r.barrio ?? ""),
          department: (r.departamento ?? "").trim(),
          province: (r.provincia ?? "").trim(),
          district: (r.distrito ?? "").trim(),
          ...resolve(press, i, PRESS_SOURCE_ID),
          nationalNumber: intCell(press, i, "numero_nacional"),
          date,
          year: yearOfDate(date),
          // The press list has no status column: announcements say so in the note.
          status: /anunciad/i.test(note) ? "anunciado" : "operativo",
          sources: [(r.fuente_url ?? "").trim()].filter((s) => s !== ""),
          notes: note === "" ? [] : [note],
          origins: ["prensa"],
        },
      });
    });
  }

  // 3. Dedupe.
  const merged = mergeEntries(entries, report);

  // 4. Region table (required).
  const reg2 = readCsv(repoDataDir, REGIONS_FILE);
  reg2.file = repoLabel(REGIONS_FILE);
  requireColumns(reg2, REGION_COLUMNS);
  const regionTotals: RegionTotal[] = [];
  let documentTotal: BarrioSeguroData["documentTotal"] = null;
  const prefixList = (i: number, column: string): string[] => {
    const raw = (reg2.rows[i]?.[column] ?? "").trim();
    if (raw === "") return [];
    const list = raw.split(/\s+/);
    for (const p of list) {
      if (!/^\d{2}(\d{2})?$/.test(p)) {
        throw new BuildError(
          `${where(reg2.file, rowNumber(i), column)}: "${p}" no es un prefijo de ubigeo (2 o 4 dígitos).`,
        );
      }
    }
    return list;
  };
  for (const [i, r] of reg2.rows.entries()) {
    const region = (r.region ?? "").trim();
    const barrios = intCell(reg2, i, "barrios");
    if (region === "" || barrios === null) {
      throw new BuildError(`${where(reg2.file, rowNumber(i))}: faltan region o barrios.`);
    }
    if (region.toUpperCase() === "TOTAL") {
      documentTotal = { barrios, districts: intCell(reg2, i, "distritos"), regions: 0 };
      continue;
    }
    const prefixes = prefixList(i, "prefijos_ubigeo");
    if (prefixes.length === 0) {
      throw new BuildError(`${where(reg2.file, rowNumber(i), "prefijos_ubigeo")}: vacío.`);
    }
    regionTotals.push({
      region,
      barrios,
      prefixes,
      excludePrefixes: prefixList(i, "excluye_prefijos"),
      scope: (r.ambito ?? "").trim(),
      source: (r.fuente ?? "").trim(),
    });
  }
  const tableSum = regionTotals.reduce((s, r) => s + r.barrios, 0);
  const total: BarrioSeguroData["documentTotal"] =
    documentTotal === null ? null : { ...documentTotal, regions: regionTotals.length };
  if (total && total.barrios !== tableSum) {
    report.push(
      `${reg2.file}: la suma por región (${tableSum}) difiere del TOTAL del documento (${total.barrios}).`,
    );
  }

  const json: BarrioSeguroData = { version: 1, rows: merged, regionTotals, documentTotal: total };
  const cmp = compareWithRegionTable(json);
  // The build note words the comparison itself (the core returns numbers only, issue #16).
  const summary = `${cmp.identified} de ${cmp.documentBarrios} barrios con distrito identificado (registro parcial)`;
  report.unshift(
    `Barrio Seguro: ${stats[REGISTER_SOURCE_ID].read} filas del registro + ${stats[PRESS_SOURCE_ID].read} de prensa → ${merged.length} barrios tras unir duplicados; ${summary}.`,
  );
  const diffs = cmp.regions.filter((r) => r.difference !== 0);
  if (diffs.length > 0) {
    report.push(
      `Barrio Seguro, registro vs cuadro por región: ${diffs.map((d) => `${d.region} ${d.register}/${d.document}`).join("; ")}.`,
    );
  }
  if (cmp.outsideTable.length > 0) {
    report.push(
      `Barrio Seguro: filas en departamentos que no figuran en el cuadro: ${cmp.outsideTable.map((o) => `${o.departmentCode} (${o.register})`).join(", ")}.`,
    );
  }

  const years = (origin: string) =>
    [
      ...new Set(
        merged
          .filter((r) => r.origins.includes(origin))
          .flatMap((r) => (r.year === null ? [] : [r.year])),
      ),
    ].sort((a, b) => a - b);
  const source = (
    id: keyof typeof stats,
    origin: string,
    base: Pick<
      DataSource,
      "name" | "citation" | "publisher" | "url" | "licence" | "files" | "note"
    >,
  ): DataSource => ({
    id,
    ...base,
    years: years(origin),
    rowsRead: stats[id].read,
    matched: stats[id].ubigeos.size,
    unmatched: [...stats[id].unmatched].sort(),
    repaired: stats[id].repaired,
    missing: ubigeoToId.size - stats[id].ubigeos.size,
    level: "register",
  });
  const sources: DataSource[] = [
    source(REGISTER_SOURCE_ID, "registro", {
      name: "Barrio Seguro: registro transcrito y cuadro por región",
      citation: "MININTER, Estado situacional del CONASEC (Barrio Seguro)",
      publisher:
        "MININTER (Estado situacional del CONASEC, 2022) y prensa; transcripción del proyecto",
      url: "",
      licence: "Documentos públicos del Estado peruano",
      files: [repoLabel(REGISTER_FILE), repoLabel(REGIONS_FILE)],
      note: `Registro PARCIAL: ${summary}. Los lanzamientos 2022 son una programación ("programado").`,
    }),
  ];
  if (pressPresent) {
    sources.push(
      source(PRESS_SOURCE_ID, "prensa", {
        name: "Barrio Seguro: lista parcial compilada de prensa",
        citation: "Barrio Seguro, notas de prensa",
        publisher: "Notas de prensa (compilación manual)",
        url: "",
        licence: "Citas de notas de prensa públicas",
        files: [PRESS_FILE],
        note: "Lista de demostración; el registro completo (con polígonos) es de MININTER-DGSC.",
      }),
    );
  }
  return { sources, json, report };
}

const locationKey = (r: BarrioRow): string =>
  r.ubigeo ?? `${nameKey(r.department)}|${nameKey(r.province)}|${nameKey(r.district)}`;

/** Merge b into a (see buildBarrioSeguro for the rules). */
function mergeRows(a: BarrioRow, b: BarrioRow): BarrioRow {
  const [strong, weak] = statusRank(b.status) > statusRank(a.status) ? [b, a] : [a, b];
  const date =
    strong.date ??
    [a.date, b.date]
      .filter((d): d is string => d !== null)
      .sort((x, y) => y.length - x.length)[0] ??
    null;
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    ...strong,
    barrio: strong.barrio ?? weak.barrio,
    nationalNumber: strong.nationalNumber ?? weak.nationalNumber,
    date,
    year: yearOfDate(date),
    sources: uniq([...a.sources, ...b.sources]),
    notes: uniq([...a.notes, ...b.notes]),
    origins: uniq([...a.origins, ...b.origins]),
  };
}

const yearsCompatible = (a: BarrioRow, b: BarrioRow) =>
  a.year === null || b.year === null || a.year === b.year;
const numbersCompatible = (a: BarrioRow, b: BarrioRow) =>
  a.nationalNumber === null || b.nationalNumber === null || a.nationalNumber === b.nationalNumber;

function mergeEntries(entries: Entry[], report: string[]): BarrioRow[] {
  // (1) same location and same barrio name.
  const out: Entry[] = [];
  for (const e of entries) {
    const twin =
      e.row.barrio === null
        ? undefined
        : out.find(
            (o) =>
              o.row.barrio !== null &&
              locationKey(o.row) === locationKey(e.row) &&
              nameKey(o.row.barrio) === nameKey(e.row.barrio ?? ""),
          );
    if (twin) {
      twin.row = mergeRows(twin.row, e.row);
      report.push(
        `Barrio Seguro: ${e.at} es el mismo barrio que ${twin.at} ("${e.row.barrio}"); unidos.`,
      );
    } else out.push({ ...e });
  }
  // (2) an unnamed row joins the only compatible row of the same district.
  const result: Entry[] = [];
  const unnamed = out.filter((e) => e.row.barrio === null && e.row.ubigeo !== null);
  const named = out.filter((e) => !unnamed.includes(e));
  const pool = [...named];
  for (const u of unnamed) {
    const candidates = pool.filter(
      (o) =>
        o.row.ubigeo === u.row.ubigeo &&
        o !== u &&
        yearsCompatible(o.row, u.row) &&
        numbersCompatible(o.row, u.row),
    );
    const target = candidates[0];
    if (candidates.length === 1 && target) {
      target.row = mergeRows(target.row, u.row);
      report.push(
        `Barrio Seguro: ${u.at} (sin nombre, ${u.row.ubigeo}) se une a ${target.at} ("${target.row.barrio ?? "sin nombre"}"): mismo distrito y año compatible.`,
      );
    } else pool.push(u);
  }
  result.push(...pool);
  return result
    .map((e) => e.row)
    .sort((a, b) => {
      const ka = `${a.ubigeo ?? "999999"}|${a.date ?? "9999"}|${a.barrio ?? ""}`;
      const kb = `${b.ubigeo ?? "999999"}|${b.date ?? "9999"}|${b.barrio ?? ""}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}
