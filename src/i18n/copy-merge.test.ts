import { describe, expect, it } from "vitest";
import { COPY, COPY_PARTS } from "./copy";

// copy.ts spreads the per-feature message files into one COPY; a key defined in two of them would be
// silently overridden by the later spread. Each key must come from exactly one part.
const parts = Object.entries(COPY_PARTS);

describe("COPY merged from the per-feature message files", () => {
  it("has parts to merge", () => {
    expect(parts.length).toBeGreaterThanOrEqual(20);
  });
  it.each(["es", "en"] as const)("%s: no key is defined in two parts", (lang) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, part] of parts) {
      for (const key of Object.keys(part[lang])) {
        const first = owner.get(key);
        if (first) clashes.push(`${key} (${first}, ${name})`);
        else owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });
  it.each(["es", "en"] as const)(
    "%s: COPY holds every key of every part, and only those",
    (lang) => {
      const total = parts.reduce((n, [, part]) => n + Object.keys(part[lang]).length, 0);
      expect(Object.keys(COPY[lang]).length).toBe(total);
      for (const [name, part] of parts) {
        for (const [key, value] of Object.entries(part[lang]))
          expect(COPY[lang][key as keyof (typeof COPY)["es"]], `${name}.${key}`).toBe(value);
      }
    },
  );
});
