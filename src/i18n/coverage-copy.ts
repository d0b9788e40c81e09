/**
 * Words of the Barrio Seguro coverage panel: register summary, region table and register import.
 * Same keys in both languages (typed); functions take the values to interpolate.
 */
const es = {
  covIssues: (n: number) => `${n} observaciones al validar los datos`,
  covSummary: (rows: number, districts: number) =>
    `Registro: ${rows} barrios o lanzamientos; ${districts} distritos con Barrio Seguro.`,
  covBundled: "(registro incluido, parcial)",
  covImported: "(registro importado)",
  covShowCount: "Mapa: barrios por distrito",
  covShowGaps: "Mapa: brechas",
  covIdentified: (n: number, total: number) => `${n} de ${total} barrios con distrito identificado`,
  covRegion: "Región (documento)",
  covDocument: "Documento",
  covRegister: "Registro",
  covDifference: "Dif.",
  covTotal: "Total",
  covOutside: (list: string) => `En el registro, fuera del cuadro del documento: ${list}.`,
  covUnassigned: (n: number) => `${n} filas sin región asignable.`,
  covPartial:
    "Cuadro: MININTER, «Estado situacional del CONASEC» (2022). El registro es parcial: una diferencia negativa son barrios del documento aún no ubicados.",
  importTitle: "Importar registro de Barrio Seguro (CSV)",
  importHelp:
    "Columnas: ubigeo (o departamento, provincia y distrito), barrio, fecha (AAAA-MM-DD o DD/MM/AAAA), estado; opcionales: fuente, nota.",
  importExtend: "Añadir al registro actual",
  importReplace: "Reemplazar el registro",
  importSummary: (read: number, ok: number, bad: number) =>
    `${read} filas leídas: ${ok} válidas, ${bad} rechazadas.`,
  importMore: (n: number) => `… y ${n} más`,
  importConfirmExtend: (n: number) => `Añadir ${n} filas`,
  importConfirmReplace: (n: number) => `Reemplazar con ${n} filas`,
  importCancel: "Cancelar",
  importDone: (added: number, total: number) =>
    `Importadas ${added} filas; el registro tiene ${total}.`,
};
const en: typeof es = {
  covIssues: (n: number) => `${n} notes from data validation`,
  covSummary: (rows: number, districts: number) =>
    `Register: ${rows} barrios or launches; ${districts} districts with Barrio Seguro.`,
  covBundled: "(bundled register, partial)",
  covImported: "(imported register)",
  covShowCount: "Map: barrios per district",
  covShowGaps: "Map: gaps",
  covIdentified: (n: number, total: number) =>
    `${n} of ${total} barrios with an identified district`,
  covRegion: "Region (document)",
  covDocument: "Document",
  covRegister: "Register",
  covDifference: "Diff.",
  covTotal: "Total",
  covOutside: (list: string) => `In the register, outside the document's table: ${list}.`,
  covUnassigned: (n: number) => `${n} rows with no assignable region.`,
  covPartial:
    "Table: MININTER, “Estado situacional del CONASEC” (2022). The register is partial: a negative difference means barrios of the document not yet located.",
  importTitle: "Import a Barrio Seguro register (CSV)",
  importHelp:
    "Columns: ubigeo (or departamento, provincia and distrito), barrio, fecha (YYYY-MM-DD or DD/MM/YYYY), estado; optional: fuente, nota.",
  importExtend: "Add to the current register",
  importReplace: "Replace the register",
  importSummary: (read: number, ok: number, bad: number) =>
    `${read} rows read: ${ok} valid, ${bad} rejected.`,
  importMore: (n: number) => `… and ${n} more`,
  importConfirmExtend: (n: number) => `Add ${n} rows`,
  importConfirmReplace: (n: number) => `Replace with ${n} rows`,
  importCancel: "Cancel",
  importDone: (added: number, total: number) =>
    `Imported ${added} rows; the register has ${total}.`,
};
export const COVERAGE_COPY = { es, en } as const;
