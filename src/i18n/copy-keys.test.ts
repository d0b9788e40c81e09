import { describe, expect, it } from "vitest";
import { COPY } from "./copy";

// Every message file of src/i18n: copy.ts (COPY) and the per-feature *-copy.ts files ({ es, en }).
const modules = import.meta.glob<Record<string, unknown>>("./*-copy.ts", { eager: true });

/** Keys of a message object, nested objects as "a.b" (functions and strings are leaves). */
function keysOf(o: unknown, prefix = ""): string[] {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return [prefix];
  return Object.entries(o)
    .flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

const messageSets: [string, { es: unknown; en: unknown }][] = [["copy.ts", COPY]];
for (const [path, mod] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === "object" && value !== null && "es" in value && "en" in value)
      messageSets.push([`${path} ${name}`, value as { es: unknown; en: unknown }]);
  }
}

describe("message files", () => {
  it("are found (copy.ts and every per-feature *-copy.ts)", () => {
    expect(messageSets.length).toBeGreaterThanOrEqual(10);
  });
  it.each(messageSets)("%s: Spanish and English have the same keys", (_name, set) => {
    expect(keysOf(set.en)).toEqual(keysOf(set.es));
  });
  it.each(messageSets)("%s: no English text is left empty", (_name, set) => {
    const empty = keysOf(set.en).filter((k) => {
      const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], set.en);
      return v === "";
    });
    expect(empty).toEqual([]);
  });
});
