/** Words of the map insets (Lima Metropolitana y Callao), es-PE first. */
const es = {
  title: "Lima Metropolitana y Callao",
  /** Button label: what a click on the inset does. */
  zoomTo: "Acercar el mapa a Lima Metropolitana y Callao",
};
const en: typeof es = {
  title: "Metropolitan Lima and Callao",
  zoomTo: "Zoom the map to Metropolitan Lima and Callao",
};
export const INSET_COPY = { es, en } as const;
