import { DENSITY_ALPHAS, DENSITY_BREAKS_PER_KM2 } from "../config/map";

export { DENSITY_ALPHAS, DENSITY_BREAKS_PER_KM2 };

/**
 * Opacity of each district: density = population / areaKm2 (hab./km²); class c = number of breaks
 * ≤ density (a density equal to a break belongs to the class above it); alpha = DENSITY_ALPHAS[c].
 * An unknown population or an area ≤ 0 gives 1 (not faded: absence of a measure is not emptiness).
 * `population[i]` and `areaKm2[i]` are district id i.
 */
export function populationAlphas(
  population: readonly (number | null)[],
  areaKm2: readonly number[],
): number[] {
  return areaKm2.map((area, i) => {
    const pop = population[i] ?? null;
    if (pop === null || !Number.isFinite(pop) || !(area > 0)) return 1;
    const density = pop / area;
    const cls = DENSITY_BREAKS_PER_KM2.filter((b) => density >= b).length;
    return DENSITY_ALPHAS[cls] ?? 1;
  });
}
