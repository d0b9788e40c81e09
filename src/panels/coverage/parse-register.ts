import Papa from "papaparse";
import {
  BARRIO_STATUSES,
  checkRegisterDate,
  isBarrioStatus,
  yearOfDate,
  type BarrioRow,
  type RegisterDateProblem,
} from "../../core/barrio-seguro";
import { classifyBadUbigeo } from "../../core/import-join";
import type { RegisterFatal, RegisterIssue } from "../../core/register-messages";
import { nameKey, parseUbigeo } from "../../core/ubigeo";

/** The part of a district row the register import needs. */
export interface RegisterDistrict {
  id: number;
  ubigeo: string;
  name: string;
  province: string;
  department: string;
}

export interface RegisterParse {
  /** Valid rows, ready to put in force. */
  rows: BarrioRow[];
  /** Data rows read (excluding the header and blank lines). */
  read: number;
  /** Rows rejected, one coded message each naming the file and row (worded by i18n/import-copy). */
  errors: RegisterIssue[];
  /** Accepted rows with something to check. */
  warnings: RegisterIssue[];
  /** File-level failure (no usable columns): nothing can be imported. */
  fatal: { file: string; detail: RegisterFatal } | null;
}

/** Accepted header names (compared with nameKey) for each field of the register format. */
const ALIASES: Record<string, readonly string[]> = {
  ubigeo: ["ubigeo", "codigo ubigeo", "cod ubigeo", "codigo"],
  barrio: ["barrio", "nombre barrio", "nombre del barrio", "barrio seguro"],
  department: ["departamento", "region", "dpto"],
  province: ["provincia"],
  district: ["distrito"],
  date: ["fecha", "fecha lanzamiento", "fecha de lanzamiento", "lanzamiento"],
  status: ["estado", "status"],
  number: ["numero nacional", "numero", "n"],
  source: ["fuente", "fuentes"],
  note: ["nota", "notas", "observacion", "observaciones"],
};

/**
 * A register date as written → ISO: "09/06/2022" → "2022-06-09"; "2022-06-09", "2022-06", "2022"
 * unchanged. Refused with the problem (core checkRegisterDate): not one of these forms, a day the
 * month does not have ("31/02/2022"), a year outside REGISTER_YEARS ("0000").
 */
export function readRegisterDate(
  text: string,
): { date: string } | { problem: RegisterDateProblem } {
  const t = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = m ? `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}` : t;
  const r = checkRegisterDate(iso);
  return "problem" in r ? r : { date: iso };
}

/** readRegisterDate's ISO date, or null when it is refused. */
export function normalizeRegisterDate(text: string): string | null {
  const r = readRegisterDate(text);
  return "date" in r ? r.date : null;
}

/**
 * Parse a Barrio Seguro register CSV (the format of data/barrio-seguro-register.csv: ubigeo or
 * departamento/provincia/distrito, barrio, fecha, estado, fuente, nota; delimiter detected). Each row
 * is located by its ubigeo (must be a district of the layer; a lost leading zero is repaired) or by
 * its names (department + province + district, else department + district when unique). A row that
 * cannot be located, has an invalid or impossible date, or an empty or unknown status, is rejected
 * with a message naming the row and the value. `existing` rows are used to skip duplicates (same district and barrio name).
 */
export function parseRegisterCsv(
  text: string,
  fileName: string,
  districts: readonly RegisterDistrict[],
  existing: readonly BarrioRow[] = [],
): RegisterParse {
  const out: RegisterParse = { rows: [], read: 0, errors: [], warnings: [], fatal: null };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    header: false,
    skipEmptyLines: "greedy",
    dynamicTyping: false,
  });
  const [header, ...data] = parsed.data;
  if (!header || header.length === 0) {
    out.fatal = { file: fileName, detail: { code: "registerEmpty" } };
    return out;
  }
  const col: Partial<Record<keyof typeof ALIASES, number>> = {};
  header.forEach((h, i) => {
    const k = nameKey(h);
    for (const [field, names] of Object.entries(ALIASES)) {
      if (col[field] === undefined && names.includes(k)) col[field] = i;
    }
  });
  if (col.ubigeo === undefined && (col.district === undefined || col.department === undefined)) {
    out.fatal = {
      file: fileName,
      detail: { code: "registerNoLocation", header: header.join(", ").slice(0, 120) },
    };
    return out;
  }
  if (col.status === undefined) {
    out.fatal = { file: fileName, detail: { code: "registerNoStatus" } };
    return out;
  }
  const byUbigeo = new Map(districts.map((d) => [d.ubigeo, d]));
  const byNames = new Map<string, RegisterDistrict[]>();
  const byDepDistrict = new Map<string, RegisterDistrict[]>();
  const push = (m: Map<string, RegisterDistrict[]>, k: string, d: RegisterDistrict) =>
    m.set(k, [...(m.get(k) ?? []), d]);
  for (const d of districts) {
    push(byNames, `${nameKey(d.department)}|${nameKey(d.province)}|${nameKey(d.name)}`, d);
    push(byDepDistrict, `${nameKey(d.department)}|${nameKey(d.name)}`, d);
  }
  const seen = new Set(
    existing
      .filter((r) => r.ubigeo !== null && r.barrio !== null)
      .map((r) => `${r.ubigeo}|${nameKey(r.barrio ?? "")}`),
  );

  data.forEach((cells, i) => {
    const line = i + 2; // header is line 1
    const reject = (detail: RegisterIssue["detail"]) =>
      void out.errors.push({ file: fileName, row: line, detail });
    const cell = (f: keyof typeof ALIASES): string =>
      col[f] === undefined ? "" : (cells[col[f] ?? -1] ?? "").trim();
    if (cells.every((c) => c.trim() === "")) return;
    out.read += 1;
    let district: RegisterDistrict | undefined;
    const rawUbigeo = cell("ubigeo");
    if (rawUbigeo !== "") {
      const p = parseUbigeo(rawUbigeo);
      if (p.ubigeo === null)
        return reject({ code: "registerBadUbigeo", ...classifyBadUbigeo(rawUbigeo) });
      if (p.level !== "district")
        return reject({
          code: "registerNotDistrict",
          ubigeo: p.ubigeo,
          level: p.level ?? "province",
        });
      district = byUbigeo.get(p.ubigeo);
      if (!district) return reject({ code: "registerUnknownUbigeo", ubigeo: p.ubigeo });
      if (cell("district") !== "" && nameKey(cell("district")) !== nameKey(district.name)) {
        out.warnings.push({
          file: fileName,
          row: line,
          detail: {
            code: "registerNameMismatch",
            ubigeo: p.ubigeo,
            name: district.name,
            written: cell("district"),
          },
        });
      }
    } else {
      const [dep, prov, dist] = [cell("department"), cell("province"), cell("district")];
      if (dep === "" || dist === "") {
        return reject({ code: "registerNoPlace" });
      }
      const full =
        prov === "" ? [] : (byNames.get(`${nameKey(dep)}|${nameKey(prov)}|${nameKey(dist)}`) ?? []);
      const loose = byDepDistrict.get(`${nameKey(dep)}|${nameKey(dist)}`) ?? [];
      const hits = full.length > 0 ? full : loose;
      if (hits.length === 0) {
        return reject({
          code: "registerNotFound",
          district: dist,
          province: prov,
          department: dep,
        });
      }
      if (hits.length > 1) {
        return reject({
          code: "registerAmbiguous",
          district: dist,
          department: dep,
          candidates: hits.map((h) => ({ name: h.name, province: h.province, ubigeo: h.ubigeo })),
        });
      }
      district = hits[0];
    }
    if (!district) return;
    const rawDate = cell("date");
    const read = rawDate === "" ? null : readRegisterDate(rawDate);
    if (read && "problem" in read)
      return reject({ code: "registerBadDate", raw: rawDate, problem: read.problem });
    const date = read ? read.date : null;
    const status = cell("status").toLowerCase();
    if (status === "") return reject({ code: "registerEmptyStatus" });
    if (!isBarrioStatus(status))
      return reject({
        code: "registerUnknownStatus",
        status: cell("status").slice(0, 30),
        accepted: [...BARRIO_STATUSES],
      });
    const barrio = cell("barrio") === "" ? null : cell("barrio");
    const key = `${district.ubigeo}|${nameKey(barrio ?? "")}`;
    if (barrio !== null && seen.has(key)) {
      return void out.warnings.push({
        file: fileName,
        row: line,
        detail: { code: "registerDuplicate", barrio, district: district.name },
      });
    }
    seen.add(key);
    const rawNumber = cell("number");
    const nationalNumber = /^\d+$/.test(rawNumber) ? Number(rawNumber) : null;
    out.rows.push({
      barrio,
      department: district.department.toUpperCase(),
      province: district.province.toUpperCase(),
      district: district.name.toUpperCase(),
      ubigeo: district.ubigeo,
      provinceCode: district.ubigeo.slice(0, 4),
      departmentCode: district.ubigeo.slice(0, 2),
      districtId: district.id,
      nationalNumber,
      date,
      year: yearOfDate(date),
      status,
      sources: cell("source") === "" ? [`Importado de ${fileName}`] : [cell("source")],
      notes: cell("note") === "" ? [] : [cell("note")],
      origins: ["importado"],
    });
  });
  if (out.read === 0) out.fatal = { file: fileName, detail: { code: "registerNoRows" } };
  return out;
}
