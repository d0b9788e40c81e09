/**
 * Words of "imported data that stays" (issue 14): the list of imports kept in this browser, the
 * records set aside, the store's failures and the link's missing datasets. Codes come from
 * core/dataset-record.ts, core/link-datasets.ts and store/dataset-slice.ts.
 */
import type { RecordProblem } from "../core/dataset-record";
import type { DatasetUse, MissingDataset } from "../core/link-datasets";
import { formatNumber } from "../lib/format";

type Problem = {
  code: "unavailable" | "dbVersion" | "blocked" | "quota" | "failed" | "timeout";
  action: "open" | "save" | "remove";
  fileName: string | null;
  detail: string;
};
type SetAsideProblem =
  RecordProblem | { code: "unreadable"; detail: string } | { code: "doesNotApply"; detail: string };

const q = (s: string) => `«${s.length > 60 ? `${s.slice(0, 60)}…` : s}»`;

function bytes(n: number | null, lang: "es" | "en"): string {
  if (n === null) return "—";
  if (n < 1024) return `${formatNumber(n, lang, 0)} B`;
  if (n < 1024 * 1024) return `${formatNumber(n / 1024, lang, 0)} kB`;
  return `${formatNumber(n / (1024 * 1024), lang, 1)} MB`;
}

const es = {
  listTitle: "Datos importados guardados en este navegador",
  listLead:
    "Se vuelven a aplicar al recargar, en este orden. Se guarda el resultado por distrito, no el archivo.",
  colSource: "Fuente",
  colFile: "Archivo",
  colDate: "Importado",
  colRows: "Filas",
  colSize: "Tamaño",
  sizeCell: (file: number | null, stored: number) =>
    `${bytes(stored, "es")} en el navegador (archivo: ${bytes(file, "es")})`,
  fingerprint: (fp: string) => `huella ${fp}`,
  state: {
    saving: "guardando…",
    saved: "guardado",
    notSaved: "no guardado: se perderá al recargar",
  },
  remove: "Quitar",
  removeLabel: (file: string) => `Quitar ${q(file)} de la aplicación y de este navegador`,
  removed: (file: string) =>
    `Se quitó ${q(file)}; las demás importaciones se volvieron a aplicar en orden sobre los datos incluidos.`,
  setAsideTitle: "Registros guardados que no se pudieron usar",
  setAsideLead:
    "No se aplicaron ni se borraron. Puede exportarlos (JSON) para revisarlos o quitarlos.",
  setAsideItem: (file: string | null, key: string, p: SetAsideProblem) =>
    `${file ? q(file) : `registro ${q(key)}`}: ${es.recordProblem(p)}.`,
  recordProblem: (p: SetAsideProblem): string => {
    switch (p.code) {
      case "notAnObject":
        return "el registro no es un objeto (está dañado)";
      case "version":
        return `es de otra versión del formato (${p.found}; esta aplicación lee la 1)`;
      case "field":
        return `el campo ${q(p.field)} falta o no tiene la forma esperada (registro dañado)`;
      case "kind":
        return `tipo de importación desconocido (${q(p.found)})`;
      case "districtCount":
        return `se calculó para ${formatNumber(p.found, "es", 0)} distritos y los datos actuales tienen ${formatNumber(p.expected, "es", 0)}`;
      case "fingerprint":
        return `su contenido cambió después de guardarse (huella ${p.stored}, ahora ${p.computed})`;
      case "unreadable":
        return `el navegador no pudo leerlo (${p.detail})`;
      case "doesNotApply":
        return `no se pudo aplicar a los datos actuales (${p.detail})`;
    }
  },
  export: "Exportar",
  exportLabel: (key: string) => `Exportar el registro ${q(key)} como JSON`,
  removeRecordLabel: (key: string) => `Borrar el registro ${q(key)} de este navegador`,
  noticeTitle: "Datos importados",
  problem: (p: Problem): string => {
    const file = p.fileName ? q(p.fileName) : "los datos importados";
    const builtIn = "Los datos incluidos en la aplicación se cargaron con normalidad.";
    switch (p.code) {
      case "unavailable":
        return p.action === "open"
          ? `Este navegador no permite guardar datos (IndexedDB no disponible, p. ej. en una ventana privada): las importaciones funcionan, pero no se conservarán al recargar. ${builtIn}`
          : `No se pudo guardar ${file}: el navegador no permite guardar datos (IndexedDB no disponible). La importación sigue aplicada en esta sesión, pero se perderá al recargar.`;
      case "quota":
        return `No queda espacio en este navegador para guardar ${file} (cuota de almacenamiento llena). La importación sigue aplicada en esta sesión, pero se perderá al recargar: quite otros datos importados en la pestaña Datos y vuelva a importarlo.`;
      case "dbVersion":
        return `Los datos importados guardados son de una versión más nueva de esta aplicación: no se leyeron ni se borraron. ${builtIn}`;
      case "blocked":
        return `Otra pestaña de esta aplicación bloquea los datos importados guardados: ciérrela y recargue. No se borró nada. ${builtIn}`;
      case "timeout":
        return `El almacenamiento del navegador no respondió a tiempo: los datos importados guardados no se restauraron (siguen guardados; recargue para reintentar). ${builtIn}`;
      case "failed": {
        const what = { open: "leer", save: "guardar", remove: "borrar" }[p.action];
        return `No se pudo ${what} ${file} en este navegador (${p.detail}). ${p.action === "open" ? builtIn : "No se borró nada más."}`;
      }
    }
  },
  setAsideNotice: (n: number) =>
    `${n === 1 ? "Un registro guardado no se pudo usar" : `${n} registros guardados no se pudieron usar`} (dañado o de otra versión): se dejó aparte, sin borrarlo. Véalo en la pestaña Datos. Los datos incluidos se cargaron con normalidad.`,
  dismiss: "Entendido",
  missingDataset: (m: MissingDataset): string => {
    const use = (u: DatasetUse): string =>
      u.what === "weight"
        ? `el índice y el ranking usan el indicador ${q(u.id)}, que no está cargado: su peso no se aplicó`
        : u.what === "layer"
          ? `el mapa mostraba la capa ${q(u.id)}, que no está cargada: se muestra el IRS`
          : "las cifras de delitos (y el IRS que las usa) vienen aquí de los datos incluidos, no de ese archivo";
    const uses = m.uses.length > 0 ? ` Diferencia: ${m.uses.map(use).join("; ")}.` : "";
    return `Este enlace se hizo con datos importados que no están en este navegador: ${q(m.fileName)} (huella ${m.fingerprint}).${uses} Importe ese archivo y vuelva a abrir el enlace para ver lo mismo.`;
  },
};

const en: typeof es = {
  listTitle: "Imported data kept in this browser",
  listLead: "Re-applied on reload, in this order. The per-district result is kept, not the file.",
  colSource: "Source",
  colFile: "File",
  colDate: "Imported",
  colRows: "Rows",
  colSize: "Size",
  sizeCell: (file, stored) => `${bytes(stored, "en")} in the browser (file: ${bytes(file, "en")})`,
  fingerprint: (fp) => `fingerprint ${fp}`,
  state: {
    saving: "saving…",
    saved: "kept",
    notSaved: "not kept: lost on reload",
  },
  remove: "Remove",
  removeLabel: (file) => `Remove ${q(file)} from the app and this browser`,
  removed: (file) =>
    `${q(file)} removed; the other imports were re-applied in order over the built-in data.`,
  setAsideTitle: "Kept records that could not be used",
  setAsideLead: "Not applied and not deleted. Export them (JSON) to inspect, or remove them.",
  setAsideItem: (file, key, p) => `${file ? q(file) : `record ${q(key)}`}: ${en.recordProblem(p)}.`,
  recordProblem: (p) => {
    switch (p.code) {
      case "notAnObject":
        return "the record is not an object (damaged)";
      case "version":
        return `it is of another format version (${p.found}; this app reads 1)`;
      case "field":
        return `field ${q(p.field)} is missing or malformed (damaged record)`;
      case "kind":
        return `unknown import kind (${q(p.found)})`;
      case "districtCount":
        return `it was computed for ${formatNumber(p.found, "en", 0)} districts and the current data has ${formatNumber(p.expected, "en", 0)}`;
      case "fingerprint":
        return `its content changed after it was saved (fingerprint ${p.stored}, now ${p.computed})`;
      case "unreadable":
        return `the browser could not read it (${p.detail})`;
      case "doesNotApply":
        return `it could not be applied to the current data (${p.detail})`;
    }
  },
  export: "Export",
  exportLabel: (key) => `Export record ${q(key)} as JSON`,
  removeRecordLabel: (key) => `Delete record ${q(key)} from this browser`,
  noticeTitle: "Imported data",
  problem: (p) => {
    const file = p.fileName ? q(p.fileName) : "the imported data";
    const builtIn = "The app's built-in data loaded normally.";
    switch (p.code) {
      case "unavailable":
        return p.action === "open"
          ? `This browser does not allow storing data (IndexedDB unavailable, e.g. in a private window): imports work but will not be kept on reload. ${builtIn}`
          : `${file} could not be kept: the browser does not allow storing data (IndexedDB unavailable). The import stays applied in this session but will be lost on reload.`;
      case "quota":
        return `No room left in this browser to keep ${file} (storage quota full). The import stays applied in this session but will be lost on reload: remove other imported data in the Data tab and import it again.`;
      case "dbVersion":
        return `The kept imported data is from a newer version of this app: it was neither read nor deleted. ${builtIn}`;
      case "blocked":
        return `Another tab of this app blocks the kept imported data: close it and reload. Nothing was deleted. ${builtIn}`;
      case "timeout":
        return `The browser's storage did not answer in time: the kept imported data was not restored (it is still kept; reload to retry). ${builtIn}`;
      case "failed": {
        const what = { open: "read", save: "keep", remove: "delete" }[p.action];
        return `Could not ${what} ${file} in this browser (${p.detail}). ${p.action === "open" ? builtIn : "Nothing else was deleted."}`;
      }
    }
  },
  setAsideNotice: (n) =>
    `${n === 1 ? "One kept record could not be used" : `${n} kept records could not be used`} (damaged or of another version): set aside, not deleted. See the Data tab. The built-in data loaded normally.`,
  dismiss: "OK",
  missingDataset: (m) => {
    const use = (u: DatasetUse): string =>
      u.what === "weight"
        ? `the index and ranking use indicator ${q(u.id)}, which is not loaded: its weight was not applied`
        : u.what === "layer"
          ? `the map showed layer ${q(u.id)}, which is not loaded: the IRS is shown`
          : "crime figures (and the IRS that uses them) come here from the built-in data, not from that file";
    const uses = m.uses.length > 0 ? ` What differs: ${m.uses.map(use).join("; ")}.` : "";
    return `This link was made with imported data that is not in this browser: ${q(m.fileName)} (fingerprint ${m.fingerprint}).${uses} Import that file and open the link again to see the same.`;
  },
};

export const PERSIST_COPY = { es, en } as const;
