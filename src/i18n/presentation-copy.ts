/**
 * Words of presentation mode: slides, navigation, key figures, PNG export footer. Same keys in
 * both languages (typed); functions take the values to interpolate.
 */
const es = {
  present: "Presentar",
  presentExit: "Salir de la presentación (Esc)",
  presentKeys: "← → cambiar de vista · Esc salir",
  presentNav: "Navegación de la presentación",
  slideOf: (i: number, n: number) => `Vista ${i} de ${n}`,
  currentView: "Vista actual",
  prevSlide: "Vista anterior",
  nextSlide: "Vista siguiente",
  keyFigures: "Cifras clave",
  figWithData: (n: string, total: string) => `${n} de ${total} distritos con datos`,
  figMax: (value: string, name: string) => `Máximo: ${value} (${name})`,
  figMedian: (value: string) => `Mediana distrital: ${value}`,
  figSelected: (name: string, value: string, cls: string) => `${name}: ${value} · ${cls}`,
  figMarked: (n: number, total: number) => `${total} distritos resaltados (${n} con datos)`,
  exportedOn: (date: string) => `Exportado el ${date}`,
  figByCategory: "Distritos por categoría",
  figCategory: (label: string, n: string, share: string) => `${label}: ${n} (${share})`,
  figSelectedCategory: (name: string, category: string) => `${name}: ${category}`,
};
const en: typeof es = {
  present: "Present",
  presentExit: "Leave the presentation (Esc)",
  presentKeys: "← → change view · Esc leave",
  presentNav: "Presentation navigation",
  slideOf: (i: number, n: number) => `View ${i} of ${n}`,
  currentView: "Current view",
  prevSlide: "Previous view",
  nextSlide: "Next view",
  keyFigures: "Key figures",
  figWithData: (n: string, total: string) => `${n} of ${total} districts with data`,
  figMax: (value: string, name: string) => `Maximum: ${value} (${name})`,
  figMedian: (value: string) => `District median: ${value}`,
  figSelected: (name: string, value: string, cls: string) => `${name}: ${value} · ${cls}`,
  figMarked: (n: number, total: number) => `${total} highlighted districts (${n} with data)`,
  exportedOn: (date: string) => `Exported on ${date}`,
  figByCategory: "Districts per category",
  figCategory: (label: string, n: string, share: string) => `${label}: ${n} (${share})`,
  figSelectedCategory: (name: string, category: string) => `${name}: ${category}`,
};
export const PRESENTATION_COPY = { es, en } as const;
