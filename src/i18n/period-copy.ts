/** Short month names, January first (SIDPOL months are 1–12). */
const MONTHS_ES = [
  "ene",
  "feb",
  "mar",
  "abr",
  "may",
  "jun",
  "jul",
  "ago",
  "set",
  "oct",
  "nov",
  "dic",
];
const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/**
 * Month names and the text of a period of years and months (full, averaged, partial). Same keys in
 * both languages (typed); functions take the values to interpolate.
 */
const es = {
  monthsShort: MONTHS_ES,
  /** "2023–2025 (media anual)", "2025", "2026, ene–feb (parcial, anualizado)". */
  periodText: (years: readonly number[], months: readonly number[] | null, annualised: boolean) => {
    const m = MONTHS_ES;
    if (months && months.length > 0 && months.length < 12) {
      const span = `${m[(months[0] ?? 1) - 1]}–${m[(months[months.length - 1] ?? 1) - 1]}`;
      return `${years[0] ?? ""}, ${span} (parcial${annualised ? ", anualizado" : ", sin anualizar"})`;
    }
    if (years.length > 1) return `${years[0]}–${years[years.length - 1]} (media anual)`;
    return years.length === 1 ? String(years[0]) : "—";
  },
  populationYears: (years: readonly number[]) =>
    years.length === 0 ? "" : `población INEI ${years.join(", ")}`,
  captionPartialYear: (year: number, months: readonly number[], annualised: boolean) =>
    `Año parcial: ${year} solo tiene ${MONTHS_ES[(months[0] ?? 1) - 1]}${months.length > 1 ? `–${MONTHS_ES[(months[months.length - 1] ?? 1) - 1]}` : ""} (${months.length} ${months.length === 1 ? "mes" : "meses"})${annualised ? "; valores anualizados (× 12 / meses), se supone un reparto parejo en el año" : "; sin anualizar: no se compara con años completos"}`,
};
const en: typeof es = {
  monthsShort: MONTHS_EN,
  periodText: (years: readonly number[], months: readonly number[] | null, annualised: boolean) => {
    const m = MONTHS_EN;
    if (months && months.length > 0 && months.length < 12) {
      const span = `${m[(months[0] ?? 1) - 1]}–${m[(months[months.length - 1] ?? 1) - 1]}`;
      return `${years[0] ?? ""}, ${span} (partial${annualised ? ", annualised" : ", not annualised"})`;
    }
    if (years.length > 1) return `${years[0]}–${years[years.length - 1]} (annual mean)`;
    return years.length === 1 ? String(years[0]) : "—";
  },
  populationYears: (years: readonly number[]) =>
    years.length === 0 ? "" : `INEI population ${years.join(", ")}`,
  captionPartialYear: (year: number, months: readonly number[], annualised: boolean) =>
    `Partial year: ${year} only has ${MONTHS_EN[(months[0] ?? 1) - 1]}${months.length > 1 ? `–${MONTHS_EN[(months[months.length - 1] ?? 1) - 1]}` : ""} (${months.length} ${months.length === 1 ? "month" : "months"})${annualised ? "; values annualised (× 12 / months), assuming reports spread evenly over the year" : "; not annualised: not comparable with full years"}`,
};
export const PERIOD_COPY = { es, en } as const;
