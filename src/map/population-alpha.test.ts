import { describe, expect, it } from "vitest";
import { DENSITY_ALPHAS, populationAlphas } from "./population-alpha";

describe("populationAlphas", () => {
  it("fades districts by density class (hab./km²), a break value in the class above", () => {
    // densities by hand: 5, 10, 49.9, 250, 500, 10 000
    const pop = [5, 100, 499, 250, 1000, 30000];
    const area = [1, 10, 10, 1, 2, 3];
    expect(populationAlphas(pop, area)).toEqual([0.25, 0.45, 0.45, 0.85, 0.85, 1]);
  });

  it("does not fade a district whose population or area is unknown", () => {
    expect(populationAlphas([null, 50, Number.NaN], [5, 0, 2])).toEqual([1, 1, 1]);
  });

  it("grows with density, the densest class opaque", () => {
    expect([...DENSITY_ALPHAS].sort((a, b) => a - b)).toEqual([...DENSITY_ALPHAS]);
    expect(DENSITY_ALPHAS.at(-1)).toBe(1);
  });
});
