/**
 * Security spending by district (art. 89's "déficit presupuestal en seguridad ciudadana"): a
 * ubigeo-keyed amount table such as the Ministry of the Interior's execution of budget programme
 * PP 0030 "Reducción de delitos y faltas" (devengado by ubigeo, year, month and product) or a
 * RENAMU-derived amount. Imported at run time: summed by district and year into the series
 * `security_spending` (nominal soles), which the indicator security_spending_pc divides by the
 * population. A district with no row stays null (not executed or not in the file: not known).
 */
import type { ApplyOptions } from "./import-apply";
import type { ImportSpec } from "./import-aggregate";
import { nameKey } from "./ubigeo";

/** Series key the import writes and the indicator reads. */
export const SECURITY_SPENDING_KEY = "security_spending";

export type SecurityRole = "ubigeo" | "year" | "month" | "amount";

/** Header names each role takes (matched case/accent/spacing-insensitively), most specific first. */
export const SECURITY_COLUMN_ALIASES: Readonly<Record<SecurityRole, readonly string[]>> = {
  ubigeo: ["UBIGEO", "UBIGEO_DISTRITO", "COD_UBIGEO", "UBIGEO_INEI"],
  year: ["ANO_EJE", "ANIO_EJE", "ANIO", "AÑO", "ANO", "YEAR"],
  month: ["MES_EJE", "MES"],
  amount: ["MONTO_DEVENGADO", "DEVENGADO", "MTO_DEVENGADO", "MONTO", "GASTO_SEGURIDAD"],
};

const REQUIRED: readonly SecurityRole[] = ["ubigeo", "year", "amount"];

/** The file's own column for each role present (first alias found); absent roles are left out. */
export function resolveSecurityColumns(
  header: readonly string[],
): Partial<Record<SecurityRole, string>> {
  const byKey = new Map(
    header.map((h) => [nameKey(h.replace(/^\ufeff/, "")), h.replace(/^\ufeff/, "").trim()]),
  );
  const out: Partial<Record<SecurityRole, string>> = {};
  for (const role of Object.keys(SECURITY_COLUMN_ALIASES) as SecurityRole[]) {
    const hit = SECURITY_COLUMN_ALIASES[role].map((a) => byKey.get(nameKey(a))).find(Boolean);
    if (hit) out[role] = hit;
  }
  return out;
}

/** True when the header has a ubigeo, a year and an accrued-amount column (any alias). */
export function isSecuritySpendingHeader(header: readonly string[]): boolean {
  const cols = resolveSecurityColumns(header);
  return REQUIRED.every((r) => cols[r] !== undefined);
}

/**
 * The import spec: join by ubigeo, sum the amount by district and year (months recorded, so a year
 * with fewer than 12 months is marked partial and never picked as "latest" by default). No zero
 * fill: a municipality missing from the file is not known to have spent 0. Missing columns keep
 * their official names so the report names what is absent.
 */
export function securitySpendingSpec(
  format: Pick<ImportSpec, "encoding" | "delimiter">,
  header: readonly string[],
): ImportSpec {
  const col = resolveSecurityColumns(header);
  return {
    ...format,
    decimal: "auto",
    joinBy: { kind: "ubigeo", column: col.ubigeo ?? "UBIGEO" },
    shape: {
      kind: "long",
      valueColumn: col.amount ?? "MONTO_DEVENGADO",
      yearColumn: col.year ?? "ANO_EJE",
      ...(col.month ? { monthColumn: col.month } : {}),
    },
  };
}

/** Apply options: every imported year becomes `security_spending`, replacing an earlier import. */
export const SECURITY_APPLY_OPTIONS: Omit<ApplyOptions, "sourceId"> = {
  keyPrefix: "",
  key: SECURITY_SPENDING_KEY,
  replaceAllWithPrefix: SECURITY_SPENDING_KEY,
  unit: "S/",
  createIndicators: false,
  direction: -1,
  defaultWeight: 0,
  dimension: "fiscal",
};
