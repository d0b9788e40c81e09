/**
 * Labels of the metadata block on top of every CSV export ("# Título: …", "# Fuente: …"); the core
 * writes the lines (core/csv-export.ts toCsv), lib/csv-export.ts picks the words. The files are
 * es-PE Excel files and use `es` whatever the UI language; `en` keeps the keys complete.
 */
const es = {
  title: "Título",
  date: "Fecha",
  methodology: "Metodología",
  source: "Fuente",
};

const en: typeof es = {
  title: "Title",
  date: "Date",
  methodology: "Methodology",
  source: "Source",
};

export const CSV_META_COPY = { es, en } as const;
