import type { LinkIssue } from "../core/link-issues";
import { PERSIST_COPY } from "./persist-copy";

/**
 * Words for what a link (or a played saved view) asked for that was not applied: the LinkIssue
 * codes of core/link-issues.ts (decoded by core/link-codec.ts, store/fesc-url.ts and the other
 * link parts), in the UI language. A new LinkIssue code gets a case in both functions (the switch
 * must be exhaustive: the compiler lists a missing one).
 */

function linkIssueEs(i: LinkIssue): string {
  const q = (s: string) => `«${s.length > 40 ? `${s.slice(0, 40)}…` : s}»`;
  const n = (x: number) => x.toLocaleString("es-PE");
  switch (i.code) {
    case "otherVersion":
      return `Enlace de otra versión (v=${i.value.slice(0, 40)}; esta aplicación usa v=${i.expected}): se aplicaron solo las partes reconocidas.`;
    case "unknownKey":
      return `Enlace: el parámetro ${q(i.key)} no se reconoce; se ignoró.`;
    case "repeatedKey":
      return `Enlace: el parámetro ${q(i.key)} aparece ${i.values.length} veces (${i.values.map(q).join(", ")}); se usó solo el primer valor.`;
    case "badValue": {
      const why = {
        oneOf: `no es uno de: ${(i.options ?? []).join(", ")}`,
        layer: "no es una capa disponible con estos datos",
        year: "no es un año",
        department: "no es un departamento de estos datos (código de 2 dígitos)",
        departments: "no es una lista de códigos de departamento de 2 dígitos",
        ubigeo: "no es un ubigeo de la capa de distritos",
        camera: "no tiene la forma longitud,latitud,zoom",
        cameraOutside: "apunta fuera del Perú",
        slide: "no es un número de vista (1, 2, …)",
        report: "no es «district:<ubigeo>» ni «department:<código>» de un lugar existente",
        indicator: "nombra un indicador desconocido",
        weight: "no es un peso (número ≥ 0)",
        proportion: "no es una proporción entre 0 y 0,5",
        classCount: "no es un número de clases entre 2 y 9",
        breaks: `no son ${i.n ?? 0} cortes crecientes entre 0 y 100`,
        window: "no es una ventana de 1 a 5 años",
        integer: `no es un número entero ≥ ${i.n ?? 0}`,
        soles: "no es un monto en soles ≥ 0",
        conditions: "no tiene la forma indicador~>=~valor",
        tiers: "no tiene la forma nombre~desde~hasta~monto (o nombre~c~clase 1–5~monto)",
        scenarioPair: "no señala dos escenarios guardados",
        dataset: "no es un conjunto importado (huella:tipo:archivo)",
      }[i.expected];
      return `Enlace: el parámetro ${q(i.key)} (${q(i.value)}) ${why}; se ignoró.`;
    }
    case "outOfRange":
      if (i.what === "slide")
        return `Enlace: el parámetro «slide» (${q(i.value)}) pide una vista que no existe: hay ${i.max} vista(s) guardada(s) en este navegador; se ignoró.`;
      return `Enlace: el parámetro ${q(i.key)} (${q(i.value)}) está fuera del rango ${i.min}–${i.max}${i.what === "zoom" ? " del zoom" : ""}; se ignoró.`;
    case "unknownPlaces":
      return i.kind === "ubigeo"
        ? `Enlace: el parámetro ${q(i.key)} incluye ${i.values.length} ubigeo(s) que no están en la capa de distritos (${q(i.values.join(", "))}); se omitieron.`
        : `Enlace: el parámetro ${q(i.key)} incluye ${i.values.length} código(s) de departamento que no existen en estos datos (${q(i.values.join(", "))}); se omitieron.`;
    case "methodologyUnsupported":
      return "Enlace: trae una metodología del índice que esta versión no puede aplicar; se ignoró.";
    case "scenario": {
      const p = i.problem;
      const what = ((): string => {
        switch (p.code) {
          case "encoding":
            return "El texto no es un escenario codificado válido.";
          case "json":
            return "El contenido no es JSON válido.";
          case "notObject":
            return "El contenido no es un objeto.";
          case "version":
            return `Versión ${p.version.slice(0, 20)} no soportada.`;
          case "name":
            return "Falta el nombre.";
          case "method":
            return "El método es inválido o desconocido.";
          case "condition":
            return `La condición ${p.index} es inválida.`;
          case "tier":
            return `El tramo ${p.index} es inválido: ${p.field} = ${q(p.value)}${p.field === "classIndex" ? " (la clase va de 1 a 5)" : p.field.endsWith("Rank") ? " (puestos enteros, desde ≤ hasta)" : ""}.`;
          case "filters":
            return "Los filtros son inválidos.";
          case "methodology":
            return "Falta la metodología (instantánea o pesos).";
          case "ubigeoList":
            return "La lista de ubigeos no está formada por códigos de 6 dígitos.";
          case "amountsMisaligned":
            return "Los montos no corresponden a la lista de distritos.";
          case "amount":
            return `El monto del distrito ${p.ubigeo} (${q(p.value)}) no es un entero de céntimos ≥ 0.`;
          case "duplicateUbigeo":
            return `El distrito ${p.ubigeo} está repetido.`;
          case "unknownUbigeos":
            return `${n(p.ubigeos.length)} ubigeo(s) no están en la capa de distritos (${q(p.ubigeos.join(", "))}); el escenario se conserva tal como se guardó.`;
          case "duplicateName":
            return `Otro escenario del enlace ya tiene ese nombre; se conserva como «${p.renamedTo}».`;
        }
      })();
      return i.kept
        ? `Enlace: escenario ${i.index} (${q(i.name ?? "")}): ${what}`
        : `Enlace: escenario ${i.index} descartado. ${what}`;
    }
    case "missingDataset":
      return PERSIST_COPY.es.missingDataset(i);
    case "inView":
      return `«${i.title}»: ${linkIssueEs(i.issue)}`;
  }
}

function linkIssueEn(i: LinkIssue): string {
  const q = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
  const n = (x: number) => x.toLocaleString("en-GB");
  switch (i.code) {
    case "otherVersion":
      return `Link from another version (v=${i.value.slice(0, 40)}; this app uses v=${i.expected}): only the parts it recognises were applied.`;
    case "unknownKey":
      return `Link: parameter ${q(i.key)} is not recognised; ignored.`;
    case "repeatedKey":
      return `Link: parameter ${q(i.key)} appears ${i.values.length} times (${i.values.map(q).join(", ")}); only the first value was used.`;
    case "badValue": {
      const why = {
        oneOf: `is not one of: ${(i.options ?? []).join(", ")}`,
        layer: "is not a layer available with this data",
        year: "is not a year",
        department: "is not a department of this data (2-digit code)",
        departments: "is not a list of 2-digit department codes",
        ubigeo: "is not a ubigeo of the district layer",
        camera: "does not have the form longitude,latitude,zoom",
        cameraOutside: "points outside Peru",
        slide: "is not a view number (1, 2, …)",
        report: 'is not "district:<ubigeo>" or "department:<code>" of an existing place',
        indicator: "names an unknown indicator",
        weight: "is not a weight (number ≥ 0)",
        proportion: "is not a proportion between 0 and 0.5",
        classCount: "is not a number of classes between 2 and 9",
        breaks: `is not ${i.n ?? 0} increasing breaks between 0 and 100`,
        window: "is not a window of 1 to 5 years",
        integer: `is not a whole number ≥ ${i.n ?? 0}`,
        soles: "is not an amount in soles ≥ 0",
        conditions: "does not have the form indicator~>=~value",
        tiers: "does not have the form name~from~to~amount (or name~c~class 1–5~amount)",
        scenarioPair: "does not point at two saved scenarios",
        dataset: "is not an imported dataset (fingerprint:kind:file)",
      }[i.expected];
      return `Link: parameter ${q(i.key)} (${q(i.value)}) ${why}; ignored.`;
    }
    case "outOfRange":
      if (i.what === "slide")
        return `Link: parameter "slide" (${q(i.value)}) asks for a view that does not exist: this browser has ${i.max} saved view(s); ignored.`;
      return `Link: parameter ${q(i.key)} (${q(i.value)}) is outside the range ${i.min}–${i.max}${i.what === "zoom" ? " of the zoom" : ""}; ignored.`;
    case "unknownPlaces":
      return i.kind === "ubigeo"
        ? `Link: parameter ${q(i.key)} includes ${i.values.length} ubigeo(s) not in the district layer (${q(i.values.join(", "))}); left out.`
        : `Link: parameter ${q(i.key)} includes ${i.values.length} department code(s) that do not exist in this data (${q(i.values.join(", "))}); left out.`;
    case "methodologyUnsupported":
      return "Link: it carries an index methodology this version cannot apply; ignored.";
    case "scenario": {
      const p = i.problem;
      const what = ((): string => {
        switch (p.code) {
          case "encoding":
            return "The text is not a valid encoded scenario.";
          case "json":
            return "The content is not valid JSON.";
          case "notObject":
            return "The content is not an object.";
          case "version":
            return `Version ${p.version.slice(0, 20)} is not supported.`;
          case "name":
            return "The name is missing.";
          case "method":
            return "The method is invalid or unknown.";
          case "condition":
            return `Condition ${p.index} is invalid.`;
          case "tier":
            return `Tier ${p.index} is invalid: ${p.field} = ${q(p.value)}${p.field === "classIndex" ? " (classes go from 1 to 5)" : p.field.endsWith("Rank") ? " (whole ranks, from ≤ to)" : ""}.`;
          case "filters":
            return "The filters are invalid.";
          case "methodology":
            return "The methodology (snapshot or weights) is missing.";
          case "ubigeoList":
            return "The ubigeo list is not made of 6-digit codes.";
          case "amountsMisaligned":
            return "The amounts do not match the list of districts.";
          case "amount":
            return `The amount of district ${p.ubigeo} (${q(p.value)}) is not a whole number of céntimos ≥ 0.`;
          case "duplicateUbigeo":
            return `District ${p.ubigeo} is repeated.`;
          case "unknownUbigeos":
            return `${n(p.ubigeos.length)} ubigeo(s) are not in the district layer (${q(p.ubigeos.join(", "))}); the scenario is kept as saved.`;
          case "duplicateName":
            return `Another scenario of the link already has this name; kept as "${p.renamedTo}".`;
        }
      })();
      return i.kept
        ? `Link: scenario ${i.index} (${q(i.name ?? "")}): ${what}`
        : `Link: scenario ${i.index} dropped. ${what}`;
    }
    case "missingDataset":
      return PERSIST_COPY.en.missingDataset(i);
    case "inView":
      return `"${i.title}": ${linkIssueEn(i.issue)}`;
  }
}

const es = { linkIssue: linkIssueEs };
const en: typeof es = { linkIssue: linkIssueEn };

export const LINK_COPY = { es, en } as const;
