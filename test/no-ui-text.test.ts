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
 * Bilingual `{ es: "…", en: "…" }` pairs holding literal text are flagged too, in either language:
 * their home is src/i18n/*-copy.ts or, for the words a store-built MapLayer carries, src/config/
 * (config/layer-text.ts; config and i18n are not scanned). A pair of values (`{ es: id, en: id }`)
 * is not text and passes.
 *
 * Not flagged: comments; import/export paths; literal types; property names.
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
  { file: "src/core/sidpol.ts", text: "AÑO", why: "SIDPOL year column as renamed copies spell it" },
  // Not words: the BCP 47 locale of each UI language (Intl formatting).
  { file: "src/lib/format.ts", text: "es-PE", why: "locale codes, an es/en map but not text" },
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
    // Tests and their fixtures (`*.fixture.ts`, imported by tests only) are not the app's text.
    return /\.ts$/.test(e.name) && !/\.(test|fixture)\.ts$/.test(e.name) ? [p] : [];
  });
}

/** True when `text` looks like Spanish words for a reader. */
function looksSpanish(text: string): boolean {
  if (ACCENTED.test(text)) return true;
  const words = text.toLowerCase().match(/[a-zñ]+/g) ?? [];
  return new Set(words.filter((w) => SPANISH_WORDS.has(w))).size >= 2;
}

/** The `es` and `en` values of an object literal that has both, else null. */
function bilingualPair(node: ts.Node): { es: ts.Expression; en: ts.Expression } | null {
  if (!ts.isObjectLiteralExpression(node)) return null;
  const value = (name: string) =>
    node.properties.find(
      (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name,
    )?.initializer;
  const es = value("es");
  const en = value("en");
  return es && en ? { es, en } : null;
}

/** The literal text (string literals, template parts) anywhere inside `node`, " … " between. */
function literalText(node: ts.Node): string {
  const parts: string[] = [];
  const walk = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) parts.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      parts.push(n.head.text, ...n.templateSpans.map((s) => s.literal.text));
      n.templateSpans.forEach((s) => walk(s.expression));
    } else ts.forEachChild(n, walk);
  };
  walk(node);
  return parts.filter((p) => p.trim() !== "").join(" … ");
}

/** Spanish-looking literals of one source text (file name for the report). */
function scanSource(file: string, source: string): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const hits: Hit[] = [];
  const visit = (node: ts.Node): void => {
    const pair = bilingualPair(node);
    if (pair) {
      const es = literalText(pair.es);
      const en = literalText(pair.en);
      // A pair with words (any letter in a literal) belongs in i18n/ or config/: one hit, naming
      // both halves; its values are not scanned again.
      if (/\p{L}/u.test(es + en)) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        hits.push({ file, line: line + 1, text: `es/en pair: ${es} / ${en}` });
        return;
      }
    }
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
      (ts.isPropertyAssignment(parent) && parent.name === node);
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
  it("finds no Spanish-looking literal nor worded es/en pair in the logic layers (allowlist above)", () => {
    const hits = LAYERS.flatMap((layer) => listFiles(join(root, "src", layer))).flatMap((path) =>
      scanSource(relative(root, path).split("\\").join("/"), readFileSync(path, "utf8")),
    );
    const bad = hits.filter((h) => !allowed(h));
    expect(bad.map((h) => `${h.file}:${h.line}: ${JSON.stringify(h.text.slice(0, 80))}`)).toEqual(
      [],
    );
  });

  it("flags a planted literal and a planted pair with their lines, and leaves codes and comments alone", () => {
    const planted = [
      "// Un comentario en español no cuenta.",
      'const code = { code: "badValue", key: "año" === k ? 1 : 2 };',
      'const pair = { es: "Sin datos del distrito", en: "No data" };',
      "throw new Error(`El archivo ${name} no se pudo leer`);",
      'const word = "distrito";',
      'const asked = "¿Continuar?";',
      'const values = { es: id, en: id, none: { es: "", en: "" } };',
      "const unit = { es: `${n} corridas`, en: `${n} runs` };",
      'const plain = { es: "IRS", en: "IRS" };',
    ].join("\n");
    expect(scanSource("x.ts", planted).map((h) => [h.line, h.text])).toEqual([
      [2, "año"],
      [3, "es/en pair: Sin datos del distrito / No data"],
      [4, "El archivo  …  no se pudo leer"],
      [6, "¿Continuar?"],
      [8, "es/en pair:  corridas /  runs"],
      [9, "es/en pair: IRS / IRS"],
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
