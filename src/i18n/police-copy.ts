/**
 * Words of the police-station panel. Same keys in both languages (typed); functions take the
 * values to interpolate.
 */
const es = {
  policeTitle: (year: number | null) => `Presencia policial (CENACOM ${year ?? "—"})`,
  policeMissing: (keys: string) => `Faltan las series: ${keys}.`,
  policeNational: (rate: string) => `Perú: ${rate} comisarías por 100 000 hab.`,
  policeWithout: (n: string, pop: string) => `${n} distritos sin comisaría (${pop} hab.).`,
  policeShowPoints: (n: string) => `Ver comisarías en el mapa (${n})`,
  policeShowLayer: "Mapa: comisarías por 100 000 hab.",
  policeBiggestWithout: "Distritos más poblados sin comisaría",
};
const en: typeof es = {
  policeTitle: (year: number | null) => `Police presence (CENACOM ${year ?? "—"})`,
  policeMissing: (keys: string) => `Missing series: ${keys}.`,
  policeNational: (rate: string) => `Peru: ${rate} police stations per 100,000 inh.`,
  policeWithout: (n: string, pop: string) => `${n} districts without a station (${pop} inh.).`,
  policeShowPoints: (n: string) => `Show police stations on the map (${n})`,
  policeShowLayer: "Map: stations per 100,000 inh.",
  policeBiggestWithout: "Most populous districts without a station",
};
export const POLICE_COPY = { es, en } as const;
