import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Issue #16: no UI text in the logic layers. Core, store, data, lib, map and workers return codes
 * with values; the words live in src/i18n/*-copy.ts (es and en). This scans every non-test .ts file
 * of those folders for string and template literals that look like Spanish UI text — an accented
 * letter or ¿ ¡, or at least two common Spanish words — and fails naming file:line.
 *
 * Not flagged: comments; import/export paths; literal types; property names; and the `es` half of
 * a bilingual `{ es: "…", en: "…" }` pair (a Text value: it already follows the UI language —
 * moving those pairs into i18n files is further work of #16, not a language bug).
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const LAYERS = ["core", "store", "data", "lib", "map", "workers"];

const ACCENTED = /[áéíóúñüÁÉÍÓÚÑÜ¿¡]/;
/** Common Spanish words ("es"/"en" left out: they are also the language codes). */
const SPANISH_WORDS = new Set(
  (
    "de la el los las del que se no por para con una un al su sus y o u le lo hay más sin como " +
    "esta este son fue ser pero entre sobre desde hasta cada ni"
  ).split(" "),
);

/**
 * What may stay, and why. `file` is relative to the repository; `text` (optional) is a substring
 * of the literal (absent = every literal of the file). Keep each entry explained.
 */
const ALLOWLIST: { file: string; text?: string; why: string }[] = [
  // Data keys: names of columns and codes in the official files, not words for a reader.
  { file: "src/core/security-spending.ts", text: "AÑO", why: "MEF/SIAF column name" },
  // TODO(importtext): files of helper "importtext" (core/import-*, csv-*, header-names, sidpol,
  // workers/import*), converted to codes + src/i18n/import-copy.ts in parallel; remove each entry
  // when its file is clean (the last test fails on an entry that no longer matches anything).
  { file: "src/core/sidpol.ts", why: "TODO(importtext): SIDPOL column names + messages" },
  { file: "src/core/csv-export.ts", why: "TODO(importtext): CSV metadata labels (Título, Fecha…)" },
  // Cell parsers used only by the imports (their problem texts reach the import report).
  { file: "src/core/ubigeo.ts", why: "TODO(importtext): ubigeo cell problems" },
  { file: "src/core/number-parse.ts", why: "TODO(importtext): number cell problems" },
  // TODO(linktext, not done in time): each still words a message in Spanish only.
  {
    file: "src/core/coverage.ts",
    text: "barrios con distrito identificado",
    why: "TODO: `summary` is read by scripts/lib/barrio-seguro.ts (build note), not the UI",
  },
  {
    file: "src/core/weights.ts",
    why: "TODO: errors of the bundled data/presets.json, thrown at build/test time, not by a user",
  },
  { file: "src/data/dataset-store.ts", why: "TODO(persist): IndexedDB error details, new file" },
  { file: "src/lib/png-export.ts", text: "No se pudo crear el PNG", why: "TODO(export-png)" },
];

interface Hit {
  file: string;
  line: number;
  text: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** True when `text` looks like Spanish words for a reader. */
function looksSpanish(text: string): boolean {
  if (ACCENTED.test(text)) return true;
  const words = text.toLowerCase().match(/[a-zñ]+/g) ?? [];
  return new Set(words.filter((w) => SPANISH_WORDS.has(w))).size >= 2;
}

/** `node` is the `es` value of an object literal that also has an `en` property. */
function isBilingualPair(node: ts.Node): boolean {
  const prop = node.parent;
  if (!prop || !ts.isPropertyAssignment(prop) || prop.initializer !== node) return false;
  if (prop.name.getText() !== "es") return false;
  const obj = prop.parent;
  return (
    ts.isObjectLiteralExpression(obj) &&
    obj.properties.some((p) => p.name !== undefined && p.name.getText() === "en")
  );
}

/** Spanish-looking literals of one source text (file name for the report). */
function scanSource(file: string, source: string): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const hits: Hit[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" … ");
    const parent = node.parent;
    const skip =
      text === null ||
      ts.isImportDeclaration(parent) ||
      ts.isExportDeclaration(parent) ||
      ts.isLiteralTypeNode(parent) ||
      (ts.isPropertyAssignment(parent) && parent.name === node) ||
      isBilingualPair(node);
    if (!skip && text !== null && looksSpanish(text)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      hits.push({ file, line: line + 1, text });
    }
    if (ts.isTemplateExpression(node)) node.templateSpans.forEach((s) => visit(s.expression));
    else ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

const allowed = (h: Hit) =>
  ALLOWLIST.some((a) => a.file === h.file && (a.text === undefined || h.text.includes(a.text)));

describe("no UI text in logic layers (issue #16)", () => {
  it("finds no Spanish-looking literal outside src/i18n (allowlist explained above)", () => {
    const hits = LAYERS.flatMap((layer) => listFiles(join(root, "src", layer))).flatMap((path) =>
      scanSource(relative(root, path).split("\\").join("/"), readFileSync(path, "utf8")),
    );
    const bad = hits.filter((h) => !allowed(h));
    expect(bad.map((h) => `${h.file}:${h.line}: ${JSON.stringify(h.text.slice(0, 80))}`)).toEqual(
      [],
    );
  });

  it("flags a planted literal with its line, and leaves codes, pairs and comments alone", () => {
    const planted = [
      "// Un comentario en español no cuenta.",
      'const code = { code: "badValue", key: "año" === k ? 1 : 2 };',
      'const pair = { es: "Sin datos del distrito", en: "No data" };',
      "throw new Error(`El archivo ${name} no se pudo leer`);",
      'const word = "distrito";',
      'const asked = "¿Continuar?";',
    ].join("\n");
    expect(scanSource("x.ts", planted).map((h) => [h.line, h.text])).toEqual([
      [2, "año"],
      [4, "El archivo  …  no se pudo leer"],
      [6, "¿Continuar?"],
    ]);
  });

  it("keeps the allowlist honest: every entry still matches something", () => {
    const unused = ALLOWLIST.filter((a) => {
      const path = join(root, a.file);
      let source: string;
      try {
        source = readFileSync(path, "utf8");
      } catch {
        return true;
      }
      return !scanSource(a.file, source).some(
        (h) => a.text === undefined || h.text.includes(a.text),
      );
    });
    expect(unused.map((a) => a.file)).toEqual([]);
  });
});
