import { describe, expect, it } from "vitest";
import type { DataIssue, DataProblem } from "../core/data-issues";
import { LINK_COPY } from "./link-copy";
import { SCHEMA_COPY } from "./schema-copy";

// Hand-written expected lines (the guards' own tests check the Spanish wording of every code).
describe("data-file problems follow the UI language", () => {
  const issue: DataIssue = {
    file: "districts.json",
    path: "districts[0].ubigeo",
    problem: { code: "notUbigeo", value: "10101" },
  };
  it("words a path issue in Spanish and in English", () => {
    expect(SCHEMA_COPY.es.dataIssue(issue)).toBe(
      'districts.json: districts[0].ubigeo: "10101" no es un ubigeo de 6 dígitos',
    );
    expect(SCHEMA_COPY.en.dataIssue(issue)).toBe(
      'districts.json: districts[0].ubigeo: "10101" is not a 6-digit ubigeo',
    );
  });

  it("words a row of the Barrio Seguro file and a whole-file problem", () => {
    const row: DataIssue = {
      file: "barrio-seguro.json",
      path: null,
      row: { list: "rows", n: 2 },
      problem: { code: "barrioBadField", field: "date" },
    };
    expect(SCHEMA_COPY.en.dataIssue(row)).toBe(
      'barrio-seguro.json, row 2: field "date" is invalid.',
    );
    const whole: DataIssue = {
      file: "districts.json",
      path: null,
      problem: { code: "badJson", detail: "Unexpected end" },
    };
    expect(SCHEMA_COPY.en.dataIssue(whole)).toBe("districts.json: invalid JSON (Unexpected end)");
    expect(SCHEMA_COPY.es.dataIssue(whole)).toBe("districts.json: JSON inválido (Unexpected end)");
  });

  it("writes «u» before an o-word in a Spanish list, «or» in English", () => {
    const p: DataProblem = {
      code: "notNumbersOrNull",
      fields: ["lon", "lat", "officers"],
      dropped: "item",
    };
    expect(SCHEMA_COPY.es.dataProblem(p)).toBe(
      "lon, lat u officers no son números ni null; omitida",
    );
    expect(SCHEMA_COPY.en.dataProblem(p)).toBe(
      "lon, lat or officers are neither numbers nor null; skipped",
    );
  });
});

describe("link problems follow the UI language", () => {
  it("words the same code in each language", () => {
    const i = { code: "unknownKey", key: "foo" } as const;
    expect(LINK_COPY.es.linkIssue(i)).toBe("Enlace: el parámetro «foo» no se reconoce; se ignoró.");
    expect(LINK_COPY.en.linkIssue(i)).toMatch(/^Link: .*"foo".*ignored\.$/);
  });
});
