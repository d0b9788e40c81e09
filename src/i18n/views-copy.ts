import type { ViewProblem, ViewsFileProblem, ViewsIssue } from "../core/saved-views";
import { LINK_COPY } from "./link-copy";

/**
 * Words for saved views and FESC scenarios under the storage rule (core/saved-views.ts codes): why
 * a view (or a views file) cannot be used or saved, what an import reports, and a FESC scenario
 * refused because the link would not fit. copy.ts exposes the view ones under the same keys.
 */

const viewProblemEs = (p: ViewProblem): string => {
  const n = (x: number) => x.toLocaleString("es-PE");
  switch (p.code) {
    case "notObject":
      return "no es un objeto";
    case "noTitle":
      return "falta el título («title»)";
    case "badLink":
      return "el enlace («hash») falta o no empieza con «v=»";
    case "linkTooLong":
      return `su enlace tiene ${n(p.length)} caracteres y el máximo es ${n(p.max)}${p.largest ? `; lo que más ocupa es «${p.largest.key}» (${n(p.largest.length)} caracteres${p.largest.key === "fs" ? ": los escenarios FESC guardados; elimine alguno" : ""})` : ""}`;
    case "tooMany":
      return `el máximo es ${n(p.max)} vistas guardadas; elimine o exporte alguna`;
    case "storageFull":
      return `el almacenamiento del navegador se llenaría (${n(p.chars)} de ${n(p.max)} caracteres); elimine o exporte vistas`;
    case "readOnly":
      return "las vistas de este navegador están en solo lectura (vea el aviso)";
  }
};

const viewsFileProblemEs = (p: ViewsFileProblem): string => {
  switch (p.code) {
    case "notJson":
      return `JSON inválido (${p.detail.slice(0, 80)})`;
    case "notObject":
      return "no es un objeto JSON de vistas";
    case "wrongFormat":
      return "el campo «format» no es «mapa-riesgo-vistas»; no es un archivo de vistas";
    case "newerVersion":
      return `lo escribió una versión más nueva de la aplicación (versión ${p.version.slice(0, 20)}; esta lee la 1)`;
    case "unknownVersion":
      return `versión ${p.version.slice(0, 20)} no reconocida (se espera 1)`;
    case "noList":
      return "falta la lista «views»";
  }
};

const viewsIssueEs = (i: ViewsIssue): string => {
  const q = (s: string) => `«${s.length > 40 ? `${s.slice(0, 40)}…` : s}»`;
  switch (i.code) {
    case "file":
      return `${i.source}: ${viewsFileProblemEs(i.problem)}.`;
    case "view":
      return `${i.source}, vista ${i.index}${i.title ? ` (${q(i.title)})` : ""}: ${viewProblemEs(i.problem)}; se omitió.`;
    case "notImported": {
      const where = i.first === i.last ? `vista ${i.first}` : `vistas ${i.first}–${i.last}`;
      const more = i.count > i.titles.length ? ` y ${i.count - i.titles.length} más` : "";
      return `${i.source}: ${i.count} vista(s) no se importaron (${where}: ${i.titles.map(q).join(", ")}${more}): ${viewProblemEs(i.problem)}.`;
    }
    case "viewLink":
      return `${i.source}, vista ${i.index} (${q(i.title)}): ${LINK_COPY.es.linkIssue(i.issue)}`;
    case "readOnly":
      return "Las vistas de este navegador están en solo lectura (vea el aviso): no se importó nada.";
  }
};

const viewProblemEn = (p: ViewProblem): string => {
  const n = (x: number) => x.toLocaleString("en-GB");
  switch (p.code) {
    case "notObject":
      return "it is not an object";
    case "noTitle":
      return 'the title ("title") is missing';
    case "badLink":
      return 'the link ("hash") is missing or does not start with "v="';
    case "linkTooLong":
      return `its link has ${n(p.length)} characters and the maximum is ${n(p.max)}${p.largest ? `; most of it is "${p.largest.key}" (${n(p.largest.length)} characters${p.largest.key === "fs" ? ": the saved FESC scenarios; delete some" : ""})` : ""}`;
    case "tooMany":
      return `the maximum is ${n(p.max)} saved views; delete or export some`;
    case "storageFull":
      return `the browser's storage would overflow (${n(p.chars)} of ${n(p.max)} characters); delete or export views`;
    case "readOnly":
      return "the views in this browser are read-only (see the notice)";
  }
};

const viewsFileProblemEn = (p: ViewsFileProblem): string => {
  switch (p.code) {
    case "notJson":
      return `invalid JSON (${p.detail.slice(0, 80)})`;
    case "notObject":
      return "not a JSON object of views";
    case "wrongFormat":
      return 'the "format" field is not "mapa-riesgo-vistas"; not a views file';
    case "newerVersion":
      return `written by a newer version of the app (version ${p.version.slice(0, 20)}; this one reads 1)`;
    case "unknownVersion":
      return `version ${p.version.slice(0, 20)} not recognised (1 expected)`;
    case "noList":
      return 'the "views" list is missing';
  }
};

const viewsIssueEn = (i: ViewsIssue): string => {
  const q = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
  switch (i.code) {
    case "file":
      return `${i.source}: ${viewsFileProblemEn(i.problem)}.`;
    case "view":
      return `${i.source}, view ${i.index}${i.title ? ` (${q(i.title)})` : ""}: ${viewProblemEn(i.problem)}; skipped.`;
    case "notImported": {
      const where = i.first === i.last ? `view ${i.first}` : `views ${i.first}–${i.last}`;
      const more = i.count > i.titles.length ? ` and ${i.count - i.titles.length} more` : "";
      return `${i.source}: ${i.count} view(s) were not imported (${where}: ${i.titles.map(q).join(", ")}${more}): ${viewProblemEn(i.problem)}.`;
    }
    case "viewLink":
      return `${i.source}, view ${i.index} (${q(i.title)}): ${LINK_COPY.en.linkIssue(i.issue)}`;
    case "readOnly":
      return "The views in this browser are read-only (see the notice): nothing was imported.";
  }
};

const es = {
  viewProblem: viewProblemEs,
  viewsFileProblem: viewsFileProblemEs,
  viewsIssue: viewsIssueEs,
  scenarioNotSaved: (name: string, p: ViewProblem) =>
    `El escenario «${name}» no se guardó: los escenarios viajan en el enlace y no cabrían; ${viewProblemEs(p)}.`,
};
const en: typeof es = {
  viewProblem: viewProblemEn,
  viewsFileProblem: viewsFileProblemEn,
  viewsIssue: viewsIssueEn,
  scenarioNotSaved: (name: string, p: ViewProblem) =>
    `Scenario "${name}" was not saved: scenarios travel in the link and would not fit; ${viewProblemEn(p)}.`,
};

export const VIEWS_COPY = { es, en } as const;
