/**
 * Words of the district search box. Same keys in both languages (typed); functions take the values
 * to interpolate.
 */
const es = {
  searchPlaceholder: "Buscar distrito o ubigeo…",
  searchLabel: "Buscar distrito",
  noResults: "Sin resultados",
  searchAlias: (alias: string) => `conocido como «${alias}»`,
  searchPopulation: (n: string) => `${n} hab.`,
  searchMore: (shown: string, total: string) =>
    `${shown} de ${total} distritos; escriba más para acotar`,
};
const en: typeof es = {
  searchPlaceholder: "Search district or ubigeo…",
  searchLabel: "Search district",
  noResults: "No results",
  searchAlias: (alias: string) => `known as "${alias}"`,
  searchPopulation: (n: string) => `pop. ${n}`,
  searchMore: (shown: string, total: string) =>
    `${shown} of ${total} districts; type more to narrow down`,
};
export const SEARCH_COPY = { es, en } as const;
