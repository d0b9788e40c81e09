/**
 * Join imported rows to the district layer: by ubigeo (repairing lost leading zeros) or by
 * department / province / district names (accent-, case- and spacing-insensitive).
 */
import type { BadUbigeo, ImportMessage } from "./import-messages";
import { nameKey, parseUbigeo } from "./ubigeo";

/** The fields of a district row that joining needs (structural subset of the app's DistrictRow). */
export interface DistrictRef {
  id: number;
  ubigeo: string;
  name: string;
  province: string;
  department: string;
}

export interface JoinTarget {
  /** Number of districts in the layer; ids are 0..districtCount-1. */
  districtCount: number;
  byUbigeo: ReadonlyMap<string, number>;
  /** nameKey(dep)|nameKey(prov)|nameKey(dist) → ids (several ids = ambiguous). */
  byFullName: ReadonlyMap<string, readonly number[]>;
  /** nameKey(dep)|nameKey(dist) → ids, used when no province column is given. */
  byDepartmentName: ReadonlyMap<string, readonly number[]>;
  /** nameKey(dist) → ids, used when only a district column is given. */
  byDistrictName: ReadonlyMap<string, readonly number[]>;
  /** Ubigeo of each id (for messages and exports); empty when built from codes only. */
  ubigeos: readonly string[];
}

export type JoinFailure =
  "invalid" | "unknown" | "province-level" | "department-level" | "ambiguous" | "not-found";

export type JoinResult =
  | { ok: true; id: number; repaired: boolean }
  | { ok: false; reason: JoinFailure; code: string | null; detail: ImportMessage };

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/**
 * Build the lookup tables once per layer. Cost O(n). Name keys use nameKey() (lower case, no
 * accents, punctuation → space), so "ÁNCASH" = "Ancash" and "SAN JUAN DE LURIGANCHO" = "San Juan de
 * Lurigancho".
 */
export function createJoinTarget(districts: readonly DistrictRef[]): JoinTarget {
  const byUbigeo = new Map<string, number>();
  const byFullName = new Map<string, number[]>();
  const byDepartmentName = new Map<string, number[]>();
  const byDistrictName = new Map<string, number[]>();
  const ubigeos: string[] = [];
  for (const d of districts) {
    byUbigeo.set(d.ubigeo, d.id);
    ubigeos[d.id] = d.ubigeo;
    const dep = nameKey(d.department);
    const prov = nameKey(d.province);
    const dist = nameKey(d.name);
    push(byFullName, `${dep}|${prov}|${dist}`, d.id);
    push(byDepartmentName, `${dep}|${dist}`, d.id);
    push(byDistrictName, dist, d.id);
  }
  return {
    districtCount: districts.length,
    byUbigeo,
    byFullName,
    byDepartmentName,
    byDistrictName,
    ubigeos,
  };
}

/** A join target from codes only (build time: ubigeo → id map; name joins then never match). */
export function createJoinTargetFromCodes(
  ubigeoToId: ReadonlyMap<string, number>,
  districtCount: number,
): JoinTarget {
  const ubigeos: string[] = [];
  for (const [u, id] of ubigeoToId) ubigeos[id] = u;
  const empty = new Map<string, number[]>();
  return {
    districtCount,
    byUbigeo: ubigeoToId,
    byFullName: empty,
    byDepartmentName: empty,
    byDistrictName: empty,
    ubigeos,
  };
}

/**
 * Join by a ubigeo cell. parseUbigeo() restores a lost leading zero ("10202" → "010202",
 * repaired = true). Province codes ("0102", "010200") and department codes ("01", "010000") are not
 * districts: reported as province-/department-level, not joined. A valid district code absent from
 * the layer → "unknown" (e.g. a district created after the layer, or a typo).
 */
export function joinByUbigeo(target: JoinTarget, raw: unknown): JoinResult {
  const parsed = parseUbigeo(raw);
  if (parsed.ubigeo === null) {
    const bad = classifyBadUbigeo(raw);
    return {
      ok: false,
      reason: "invalid",
      code: null,
      detail: { code: "badUbigeo", reason: bad.reason, text: bad.text },
    };
  }
  if (parsed.level === "province") {
    return {
      ok: false,
      reason: "province-level",
      code: parsed.ubigeo,
      detail: { code: "provinceCode", ubigeo: parsed.ubigeo },
    };
  }
  if (parsed.level === "department") {
    return {
      ok: false,
      reason: "department-level",
      code: parsed.ubigeo,
      detail: { code: "departmentCode", ubigeo: parsed.ubigeo },
    };
  }
  const id = target.byUbigeo.get(parsed.ubigeo);
  if (id === undefined) {
    return {
      ok: false,
      reason: "unknown",
      code: parsed.ubigeo,
      detail: { code: "unknownUbigeo", ubigeo: parsed.ubigeo },
    };
  }
  return { ok: true, id, repaired: parsed.repaired };
}

/**
 * Why parseUbigeo refused a cell, mirroring its rules on the same cleaned text (trim, trailing ".0"
 * dropped): empty; not only digits; more than 6 digits; else department "00". `text` is the cleaned
 * cell, cut to 20 characters.
 */
export function classifyBadUbigeo(raw: unknown): { reason: BadUbigeo; text: string } {
  const text = String(raw ?? "")
    .trim()
    .replace(/\.0+$/, "");
  const reason: BadUbigeo =
    text === ""
      ? "empty"
      : !/^\d+$/.test(text)
        ? "notNumeric"
        : text.length > 6
          ? "tooLong"
          : "department00";
  return { reason, text: text.slice(0, 20) };
}

/**
 * Join by names. With department, province and district: exact match of the three name keys. When
 * that fails (province spelled differently, e.g. "PROV. CONST. DEL CALLAO") the district is looked up
 * within its department. With only a district name: matched when unique in the country. Several
 * candidates → "ambiguous" (never guessed); none → "not-found".
 */
export function joinByNames(
  target: JoinTarget,
  department: string | null,
  province: string | null,
  district: string,
): JoinResult {
  const dist = nameKey(district);
  const label = [department, province, district].filter((x) => x !== null && x !== "").join(" / ");
  if (dist === "") {
    return {
      ok: false,
      reason: "invalid",
      code: null,
      detail: { code: "emptyDistrictName" },
    };
  }
  const dep = department === null ? "" : nameKey(department);
  const prov = province === null ? "" : nameKey(province);
  const tries: (readonly number[] | undefined)[] = [];
  if (dep !== "" && prov !== "") tries.push(target.byFullName.get(`${dep}|${prov}|${dist}`));
  if (dep !== "") tries.push(target.byDepartmentName.get(`${dep}|${dist}`));
  else tries.push(target.byDistrictName.get(dist));
  for (const ids of tries) {
    if (!ids || ids.length === 0) continue;
    if (ids.length > 1) {
      const codes = ids.map((i) => target.ubigeos[i] ?? String(i));
      return {
        ok: false,
        reason: "ambiguous",
        code: null,
        detail: { code: "ambiguousName", label, codes },
      };
    }
    const id = ids[0];
    if (id !== undefined) return { ok: true, id, repaired: false };
  }
  return {
    ok: false,
    reason: "not-found",
    code: null,
    detail: { code: "nameNotFound", label },
  };
}
