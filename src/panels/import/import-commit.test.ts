import { describe, expect, it } from "vitest";
import { ImportFailureError } from "../../core/import-messages";
import type { ImportReport } from "../../core/import-report";
import { SECURITY_APPLY_OPTIONS } from "../../core/security-spending";
import { SIDPOL_APPLY_OPTIONS } from "../../core/sidpol";
import { IMPORT_COPY } from "../../i18n/import-copy";
import { buildImportCommit, commitFailure, type CommitInput } from "./import-commit";

// Fixture: an empty result and report (the commit only carries them).
const result = { districtCount: 0, columns: [], years: [], monthsByYear: {} };
const report = {} as ImportReport;
const input = (kind: "generic" | "sidpol" | "security", lang: "es" | "en" = "es"): CommitInput => ({
  staged: { fileName: "d.csv", kind, report },
  result,
  partialYears: [2025],
  partial: "annualise",
  keyPrefix: "imp_d_",
  indicatorChoices: { imp_d_v: { unit: "casos", direction: -1, weight: 2 } },
  words: IMPORT_COPY[lang],
});

describe("buildImportCommit", () => {
  it("a generic table: prefixed indicators with the user's choices", () => {
    const c = buildImportCommit(input("generic"));
    expect(c).toMatchObject({
      kind: "generic",
      fileName: "d.csv",
      options: { keyPrefix: "imp_d_", unit: "valor", createIndicators: true, direction: 1 },
      indicatorChoices: { imp_d_v: { unit: "casos", direction: -1, weight: 2 } },
      source: {
        name: "Importado: d.csv",
        publisher: "usuario",
        note: "Importado en el navegador desde d.csv",
      },
    });
    expect(c.result).toBe(result);
  });
  it("SIDPOL: its apply options and the partial-year choice in the note", () => {
    const c = buildImportCommit(input("sidpol"));
    expect(c.options).toBe(SIDPOL_APPLY_OPTIONS);
    expect(c.source.note).toBe(
      "Importado en el navegador desde d.csv; año parcial 2025: anualizado",
    );
    expect(buildImportCommit(input("sidpol", "en")).source.note).toBe(
      "Imported in the browser from d.csv; partial year 2025: annualised",
    );
  });
  it("security spending: its options and source wording", () => {
    const c = buildImportCommit(input("security"));
    expect(c.options).toBe(SECURITY_APPLY_OPTIONS);
    expect(c.source.name).toBe("Gasto en seguridad ciudadana (d.csv)");
    expect(c.source.note).toMatch(/^Importado en el navegador desde d\.csv\. Devengado/);
  });
  it("turns a thrown error into a coded failure", () => {
    expect(commitFailure(new ImportFailureError({ code: "noTable" }))).toEqual({ code: "noTable" });
    expect(commitFailure(new Error("x"))).toEqual({ code: "applyFailed", detail: "x" });
  });
});
