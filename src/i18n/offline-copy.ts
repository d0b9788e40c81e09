/**
 * Words of offline use (issue 14): the notice that the page runs from its saved copy, and the
 * offer to load a newer version. Same keys in both languages (typed).
 */
const es = {
  /** `date` = when the data were saved on this device, already formatted. */
  offlineSince: (date: string) => `Sin conexión: datos guardados del ${date}`,
  offlineNoDate: "Sin conexión: se usan los datos guardados en este equipo",
  updateReady: "Hay una versión nueva",
  updateReload: "Recargar",
  updateHint: "Carga la versión nueva del mapa y de sus datos",
};

const en: typeof es = {
  offlineSince: (date: string) => `Offline: data saved on ${date}`,
  offlineNoDate: "Offline: using the data saved on this device",
  updateReady: "A new version is ready",
  updateReload: "Reload",
  updateHint: "Loads the new version of the map and its data",
};

export const OFFLINE_COPY = { es, en } as const;
