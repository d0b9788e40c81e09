import { LINK_COPY } from "./link-copy";
import type { ViewProblem, ViewsFileProblem } from "../core/saved-views";
import { VIEWS_COPY } from "./views-copy";

/**
 * Words of the saved-views panel: list, share link, PNG and report buttons, view and link
 * problems. Same keys in both languages (typed); functions take the values to interpolate.
 */
const es = {
  savedViews: "Vistas guardadas",
  viewTitle: "Título de la vista",
  viewTitleDefault: (n: number) => `Vista ${n}`,
  saveView: "Guardar vista actual",
  noViews: "Aún no hay vistas guardadas. Guarde la vista actual para armar una presentación.",
  showView: "Mostrar",
  showViewLabel: (title: string) => `Mostrar la vista «${title}»`,
  moveUp: (title: string) => `Subir «${title}»`,
  moveDown: (title: string) => `Bajar «${title}»`,
  rename: (title: string) => `Renombrar «${title}»`,
  deleteView: (title: string) => `Eliminar «${title}»`,
  confirmDelete: (title: string) => `¿Eliminar la vista «${title}»?`,
  renamePrompt: "Nuevo título de la vista",
  yesDelete: "Sí, eliminar",
  presentFromStart: "Presentar las vistas",
  exportViews: "Exportar vistas (JSON)",
  importViews: "Importar vistas (JSON)",
  importedViews: (n: number) => `${n} vista(s) importada(s).`,
  importProblems: "Problemas en el archivo importado:",
  shareTitle: "Compartir y exportar",
  copyLink: "Copiar enlace de esta vista",
  linkCopied: "Enlace copiado al portapapeles.",
  linkCopyFailed: "No se pudo copiar; copie la dirección de la barra del navegador.",
  exportPng: "Exportar mapa (PNG)",
  exportingPng: "Generando PNG…",
  pngFailed: "No se pudo generar el PNG.",
  reportDistrict: "Informe del distrito (imprimir)",
  reportDepartment: "Informe del departamento (imprimir)",
  reportNeedsPlace: "Seleccione un distrito o un departamento para su informe.",
  linkIssuesTitle: "El enlace tenía partes no válidas; se aplicó el resto:",
  // Issue 13: links and saved views say what they could not use (codes from core/link-issues.ts,
  // core/saved-views.ts, core/scenarios.ts).
  linkIssue: LINK_COPY.es.linkIssue,
  viewProblem: VIEWS_COPY.es.viewProblem,
  viewsFileProblem: VIEWS_COPY.es.viewsFileProblem,
  viewsIssue: VIEWS_COPY.es.viewsIssue,
  viewSaved: (title: string) => `Vista «${title}» guardada.`,
  viewNotSaved: (title: string, p: ViewProblem): string =>
    `La vista «${title}» no se guardó: ${es.viewProblem(p)}.`,
  viewsKeptAside: (n: number) =>
    `${n} ${n === 1 ? "vista guardada no se pudo abrir" : "vistas guardadas no se pudieron abrir"}; se conservan sin cambios en este navegador:`,
  viewsKeptAsideItem: (index: number, title: string | null, p: ViewProblem): string =>
    `vista ${index}${title ? ` «${title}»` : ""}: ${es.viewProblem(p)}`,
  viewsExportKeptAside: "Exportar las no abiertas (JSON)",
  viewsDiscardKeptAside: "Descartar las no abiertas…",
  viewsConfirmDiscard: "¿Descartarlas definitivamente? Expórtelas antes si las necesita.",
  viewsYesDiscard: "Sí, descartar",
  viewsReadOnly: (p: ViewsFileProblem): string =>
    `Las vistas guardadas en este navegador no se pueden modificar con esta versión: ${es.viewsFileProblem(p)}. Se conservan sin cambios; guardar, importar, reordenar y eliminar vistas están desactivados.`,
  viewsExportStored: "Exportar lo guardado (JSON)",
  viewsDiscardStored: "Descartar lo guardado y empezar de nuevo…",
  viewsWriteFailed:
    "El navegador no dejó guardar las vistas (almacenamiento lleno o desactivado): las de esta sesión se perderán al cerrar la página. Expórtelas.",
};
const en: typeof es = {
  savedViews: "Saved views",
  viewTitle: "View title",
  viewTitleDefault: (n: number) => `View ${n}`,
  saveView: "Save current view",
  noViews: "No saved views yet. Save the current view to build a presentation.",
  showView: "Show",
  showViewLabel: (title: string) => `Show the view “${title}”`,
  moveUp: (title: string) => `Move “${title}” up`,
  moveDown: (title: string) => `Move “${title}” down`,
  rename: (title: string) => `Rename “${title}”`,
  deleteView: (title: string) => `Delete “${title}”`,
  confirmDelete: (title: string) => `Delete the view “${title}”?`,
  renamePrompt: "New title of the view",
  yesDelete: "Yes, delete",
  presentFromStart: "Present the views",
  exportViews: "Export views (JSON)",
  importViews: "Import views (JSON)",
  importedViews: (n: number) => `${n} view(s) imported.`,
  importProblems: "Problems in the imported file:",
  shareTitle: "Share and export",
  copyLink: "Copy link to this view",
  linkCopied: "Link copied to the clipboard.",
  linkCopyFailed: "Could not copy; copy the address from the browser bar.",
  exportPng: "Export map (PNG)",
  exportingPng: "Creating PNG…",
  pngFailed: "The PNG could not be created.",
  reportDistrict: "District report (print)",
  reportDepartment: "Department report (print)",
  reportNeedsPlace: "Select a district or a department for its report.",
  linkIssuesTitle: "The link had invalid parts; the rest was applied:",
  // Issue 13: links and saved views say what they could not use.
  linkIssue: LINK_COPY.en.linkIssue,
  viewProblem: VIEWS_COPY.en.viewProblem,
  viewsFileProblem: VIEWS_COPY.en.viewsFileProblem,
  viewsIssue: VIEWS_COPY.en.viewsIssue,
  viewSaved: (title: string) => `View "${title}" saved.`,
  viewNotSaved: (title: string, p: ViewProblem) =>
    `View "${title}" was not saved: ${en.viewProblem(p)}.`,
  viewsKeptAside: (n: number) =>
    `${n} saved ${n === 1 ? "view could" : "views could"} not be opened; they are kept unchanged in this browser:`,
  viewsKeptAsideItem: (index: number, title: string | null, p: ViewProblem) =>
    `view ${index}${title ? ` "${title}"` : ""}: ${en.viewProblem(p)}`,
  viewsExportKeptAside: "Export the unopened ones (JSON)",
  viewsDiscardKeptAside: "Discard the unopened ones…",
  viewsConfirmDiscard: "Discard them for good? Export them first if you need them.",
  viewsYesDiscard: "Yes, discard",
  viewsReadOnly: (p: ViewsFileProblem) =>
    `The views saved in this browser cannot be changed by this version: ${en.viewsFileProblem(p)}. They are kept unchanged; saving, importing, reordering and deleting views are disabled.`,
  viewsExportStored: "Export what is stored (JSON)",
  viewsDiscardStored: "Discard what is stored and start again…",
  viewsWriteFailed:
    "The browser did not let the views be saved (storage full or disabled): this session's views will be lost when the page closes. Export them.",
};
export const SAVED_VIEWS_COPY = { es, en } as const;
