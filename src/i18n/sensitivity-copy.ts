/**
 * Words for a failed sensitivity run (workers/sensitivity-client.ts rejects with the worker's
 * technical detail; the panel words the rest in the UI language).
 */
const es = {
  sensitivityFailed: (detail: string) => `Análisis de sensibilidad: ${detail}`,
};
const en: typeof es = {
  sensitivityFailed: (detail: string) => `Sensitivity analysis: ${detail}`,
};

export const SENSITIVITY_COPY = { es, en } as const;
