/**
 * Column discovery: which columns of the file an ImportSpec needs (by role) and where they are in
 * a header. A missing column stops the import with a message naming it and the file's columns.
 */
import { detectHeader } from "./csv-sniff";
import type { ImportMessage } from "./import-messages";
import type { ImportSpec } from "./import-spec";
import { nameKey } from "./ubigeo";

/**
 * The roles a spec reads, each with its column name, in this order: join ("join" for a ubigeo;
 * "district", "department", "province" for names); long shape: "value", "group", "filter", "year",
 * "month", "key0"…; wide shape: "wide0"… (one per value column).
 */
export function requiredColumns(spec: ImportSpec): [string, string][] {
  const list: [string, string][] = [];
  const j = spec.joinBy;
  if (j.kind === "ubigeo") list.push(["join", j.column]);
  else {
    list.push(["district", j.district]);
    if (j.department) list.push(["department", j.department]);
    if (j.province) list.push(["province", j.province]);
  }
  const shape = spec.shape;
  if (shape.kind === "long") {
    list.push(["value", shape.valueColumn]);
    if (shape.groupColumn) list.push(["group", shape.groupColumn]);
    if (shape.filter) list.push(["filter", shape.filter.column]);
    if (shape.yearColumn) list.push(["year", shape.yearColumn]);
    if (shape.monthColumn) list.push(["month", shape.monthColumn]);
    for (const [i, c] of (shape.uniqueKey ?? []).entries()) list.push([`key${i}`, c]);
  } else {
    for (const [i, c] of shape.columns.entries()) list.push([`wide${i}`, c]);
  }
  return list;
}

/**
 * Find columns in a header: an exact (trimmed, BOM dropped) name first, then the same nameKey
 * (case, accents, punctuation ignored); the first such column wins; -1 when none. Built once per
 * header, so 2,000 wanted columns in a 30,000-column header stay linear (issue #13).
 */
export function columnFinder(header: readonly string[]): (name: string) => number {
  const trimmed = header.map((h) => h.replace(/^\ufeff/, "").trim());
  const exact = new Map<string, number>();
  trimmed.forEach((h, i) => {
    if (!exact.has(h)) exact.set(h, i);
  });
  let byKey: Map<string, number> | null = null;
  return (name) => {
    const hit = exact.get(name.trim());
    if (hit !== undefined) return hit;
    if (byKey === null) {
      byKey = new Map();
      for (const [i, h] of trimmed.entries()) {
        const k = nameKey(h);
        if (!byKey.has(k)) byKey.set(k, i);
      }
    }
    return byKey.get(nameKey(name)) ?? -1;
  };
}

/**
 * Resolve every role of the spec in a header (see requiredColumns, columnFinder). All found →
 * role → column index. Any missing → a "missingColumns" message listing the missing names, the
 * file's first 30 column names (cut to 40 characters) and, when the first row does not look like a
 * header, why (detectHeader).
 */
export function resolveColumns(
  spec: ImportSpec,
  header: readonly string[],
): { ok: true; columns: Record<string, number> } | { ok: false; detail: ImportMessage } {
  const find = columnFinder(header);
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  for (const [role, column] of requiredColumns(spec)) {
    const i = find(column);
    if (i < 0) missing.push(column);
    else columns[role] = i;
  }
  if (missing.length === 0) return { ok: true, columns };
  const guess = detectHeader([header]);
  return {
    ok: false,
    detail: {
      code: "missingColumns",
      missing,
      available: header.slice(0, 30).map((f) => f.slice(0, 40)),
      headerGuess: guess.hasHeader ? null : guess.reason,
    },
  };
}
