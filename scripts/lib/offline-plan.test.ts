import { describe, expect, it } from "vitest";
import { planOfflineCache } from "./offline-plan";

// Fixture: a made-up build (sizes in bytes chosen by hand, not the real files).
const FILES = [
  { path: "index.html", bytes: 3_000 },
  { path: "assets/index-abc.js", bytes: 1_700_000 },
  { path: "data/manifest.json", bytes: 10_000 },
  { path: "data/districts.json", bytes: 1_000_000 },
  { path: "data/tiles/3/2/4.pbf", bytes: 20_000 },
  { path: "data/boundaries.topo.json", bytes: 500_000 },
  { path: "data/police-stations.json", bytes: 150_000 },
  { path: "data/context-mpfn.json", bytes: 430_000 },
  { path: "data/crime-monthly/01.json", bytes: 300_000 },
  { path: "data/crime-monthly/15.json", bytes: 900_000 },
  { path: "fonts/Noto/0-255.pbf", bytes: 60_000 },
  { path: "fonts/README.md", bytes: 700 },
  { path: "sw.js", bytes: 8_000 },
  { path: "_headers", bytes: 900 },
];

describe("planOfflineCache", () => {
  it("always precaches the shell, the start-up data and the boundaries", () => {
    const plan = planOfflineCache(FILES, 0);
    expect(plan.precache).toEqual([
      "assets/index-abc.js",
      "data/boundaries.topo.json",
      "data/districts.json",
      "data/manifest.json",
      "data/tiles/3/2/4.pbf",
      "index.html",
    ]);
    // 1 700 000 + 500 000 + 1 000 000 + 10 000 + 20 000 + 3 000
    expect(plan.precacheBytes).toBe(3_233_000);
  });

  it("adds whole on-demand groups, smallest first, within the budget; the rest is runtime", () => {
    // Groups: fonts/Noto 60 000; police 150 000; context 430 000; crime-monthly 1 200 000.
    // Budget 700 000: 60 000 + 150 000 + 430 000 = 640 000 fit; crime-monthly (1.2 MB) does not.
    const plan = planOfflineCache(FILES, 700_000);
    expect(plan.runtime).toEqual(["data/crime-monthly/01.json", "data/crime-monthly/15.json"]);
    expect(plan.runtimeBytes).toBe(1_200_000);
    expect(plan.precache).toContain("fonts/Noto/0-255.pbf");
    expect(plan.precache).toContain("data/context-mpfn.json");
    expect(plan.precacheBytes).toBe(3_233_000 + 640_000);
  });

  it("sends a group that would pass the budget, and every larger one, to runtime", () => {
    // Budget 500 000: fonts 60 000 + police 150 000 = 210 000; context (430 000) would make
    // 640 000 > 500 000, so it goes to runtime with crime-monthly.
    const plan = planOfflineCache(FILES, 500_000);
    expect(plan.runtime).toEqual([
      "data/context-mpfn.json",
      "data/crime-monthly/01.json",
      "data/crime-monthly/15.json",
    ]);
  });

  it("never lists the worker itself, host headers or documentation", () => {
    const plan = planOfflineCache(FILES, 10_000_000);
    const all = [...plan.precache, ...plan.runtime];
    expect(all).not.toContain("sw.js");
    expect(all).not.toContain("_headers");
    expect(all).not.toContain("fonts/README.md");
    expect(all).toHaveLength(FILES.length - 3);
  });
});
