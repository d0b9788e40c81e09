/**
 * Column names and header lines shared by the ranking, gap and scenario CSV downloads. Same keys
 * in both languages (typed); functions take the values to interpolate.
 */
const es = {
  csvOrder: "N°",
  csvRank: "Puesto nacional",
  csvIrs: "IRS",
  csvIrsClass: "Clase IRS",
  csvMethodology: (weights: string, withoutData: string | null, crimePeriod: string | null) =>
    `IRS (0–100), pesos: ${weights}` +
    (withoutData ? `. Sin datos (fuera del índice): ${withoutData}` : "") +
    (crimePeriod ? `. Denuncias SIDPOL: ${crimePeriod}` : ""),
  csvPeriod: "Periodo del IRS (denuncias SIDPOL)",
  csvPeriodNone: "el IRS vigente no usa denuncias",
  csvUbigeoNote:
    "código INEI de 6 dígitos escrito como texto (en Excel, importe la columna como Texto para conservar el 0 inicial)",
  csvRows: "Distritos",
};
const en: typeof es = {
  csvOrder: "No.",
  csvRank: "National rank",
  csvIrs: "IRS",
  csvIrsClass: "IRS class",
  csvMethodology: (weights: string, withoutData: string | null, crimePeriod: string | null) =>
    `IRS (0–100), weights: ${weights}` +
    (withoutData ? `. No data (left out of the index): ${withoutData}` : "") +
    (crimePeriod ? `. SIDPOL crime reports: ${crimePeriod}` : ""),
  csvPeriod: "IRS period (SIDPOL crime reports)",
  csvPeriodNone: "the IRS in force uses no crime reports",
  csvUbigeoNote:
    "6-digit INEI code written as text (in Excel, import the column as Text to keep the leading 0)",
  csvRows: "Districts",
};
export const CSV_COLUMNS_COPY = { es, en } as const;
