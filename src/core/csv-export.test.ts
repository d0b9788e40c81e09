import { describe, expect, it } from "vitest";
import {
  escapeCsvText,
  formatCentsCsv,
  formatCsvNumber,
  toCsv,
  type CsvColumn,
} from "./csv-export";

interface Row {
  ubigeo: string;
  name: string;
  irs: number | null;
  cents: number;
}
const columns: CsvColumn<Row>[] = [
  { header: "Ubigeo", value: (r) => r.ubigeo },
  { header: "Distrito", value: (r) => r.name },
  { header: "IRS", value: (r) => r.irs, decimals: 1 },
  { header: "Monto (S/)", value: (r) => r.cents, cents: true },
];

describe("formatCsvNumber", () => {
  it("uses a decimal comma and no thousands separator", () => {
    expect(formatCsvNumber(1234.5)).toBe("1234,5");
    expect(formatCsvNumber(1234.5, 2)).toBe("1234,50");
    expect(formatCsvNumber(-0.04, 1)).toBe("0,0");
    expect(formatCsvNumber(Number.NaN)).toBe("");
  });
});

describe("formatCentsCsv", () => {
  it("writes céntimos as soles exactly", () => {
    expect(formatCentsCsv(25_200_000_000)).toBe("252000000,00");
    expect(formatCentsCsv(123_456_789)).toBe("1234567,89");
    expect(formatCentsCsv(5)).toBe("0,05");
  });
});

describe("escapeCsvText", () => {
  it("guards formula injection", () => {
    expect(escapeCsvText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(escapeCsvText("+51")).toBe("'+51");
    expect(escapeCsvText("-1")).toBe("'-1");
    expect(escapeCsvText("@SUM(A1)")).toBe("'@SUM(A1)");
  });
  it("quotes ; and doubles quotes", () => {
    expect(escapeCsvText('Lima; "Cercado"')).toBe('"Lima; ""Cercado"""');
    expect(escapeCsvText("a\nb")).toBe('"a\nb"');
    expect(escapeCsvText("Rímac")).toBe("Rímac");
  });
});

describe("toCsv", () => {
  const rows: Row[] = [
    { ubigeo: "150128", name: "Rímac", irs: 71.25, cents: 700_000_050 },
    { ubigeo: "150101", name: "=cmd|' /C calc'!A0", irs: null, cents: 0 },
  ];
  const text = toCsv(rows, columns, [
    ["Título", "Selección FESC"],
    ["Fecha", "2024-05-01"],
    ["Metodología", "pesos por defecto"],
    ["Fuente", "INEI 2022"],
    ["Fuente", "MININTER; CONASEC"],
  ]);
  const lines = text.slice(1).split("\r\n");

  it("starts with a BOM and ends with CRLF", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith("\r\n")).toBe(true);
  });
  it("writes the metadata block, a blank line, then the table", () => {
    expect(lines.slice(0, 6)).toEqual([
      "# Título: Selección FESC",
      "# Fecha: 2024-05-01",
      "# Metodología: pesos por defecto",
      "# Fuente: INEI 2022",
      '"# Fuente: MININTER; CONASEC"',
      "",
    ]);
    expect(lines[6]).toBe("Ubigeo;Distrito;IRS;Monto (S/)");
  });
  it("uses ; with decimal comma and guards text cells", () => {
    // 71.25 with 1 decimal → "71,3" (71.25 is exact in binary; toFixed rounds half up)
    expect(lines[7]).toBe("150128;Rímac;71,3;7000000,50");
    // the formula cell gets a leading ' (no ; or quote inside, so no quoting); null IRS → empty
    expect(lines[8]).toBe("150101;'=cmd|' /C calc'!A0;;0,00");
  });
  it("has no metadata block when none is given", () => {
    expect(toCsv([], columns).slice(1)).toBe("Ubigeo;Distrito;IRS;Monto (S/)\r\n");
  });
});
