import type { ScenarioChange } from "../core/scenario-rows";

/**
 * Words of saved FESC scenarios, their comparison and its CSV download. Same keys in both
 * languages (typed); functions take the values to interpolate.
 */
const es = {
  fescScenarios: (n: number) => `Escenarios guardados (${n})`,
  fescScenarioName: "Nombre del escenario",
  fescScenarioDefault: (i: number) => `Escenario ${i}`,
  fescSave: "Guardar",
  fescBefore: "Antes",
  fescAfter: "Después",
  fescDiffSummary: (entered: number, left: number, changed: number, same: number) =>
    `Entran ${entered}, salen ${left}, cambian de monto ${changed}, iguales ${same}.`,
  fescTotalDelta: "Diferencia total:",
  fescEntered: "Entran:",
  fescLeft: "Salen:",
  fescChangedCount: (shown: string, total: string) => `Cambios de monto: ${shown} de ${total}`,
  csvChange: "Cambio",
  csvChangeKind: (change: ScenarioChange) =>
    ({
      entered: "entra",
      left: "sale",
      changed: "cambia de monto",
      unchanged: "igual",
    })[change],
  csvAmountBefore: "Monto antes (S/)",
  csvAmountAfter: "Monto después (S/)",
  csvDelta: "Diferencia (S/)",
  csvTotalDelta: "Diferencia total (S/)",
  csvScenarioTitle: "Comparación de escenarios FESC",
  csvSummary: "Resumen",
  csvScenarioWeights: (weights: string) => `pesos: ${weights}`,
  csvScenarioSnapshot: (id: string) => `metodología guardada «${id}»`,
};
const en: typeof es = {
  fescScenarios: (n: number) => `Saved scenarios (${n})`,
  fescScenarioName: "Scenario name",
  fescScenarioDefault: (i: number) => `Scenario ${i}`,
  fescSave: "Save",
  fescBefore: "Before",
  fescAfter: "After",
  fescDiffSummary: (entered: number, left: number, changed: number, same: number) =>
    `${entered} enter, ${left} leave, ${changed} change amount, ${same} unchanged.`,
  fescTotalDelta: "Total difference:",
  fescEntered: "Enter:",
  fescLeft: "Leave:",
  fescChangedCount: (shown: string, total: string) => `Changed amounts: ${shown} of ${total}`,
  csvChange: "Change",
  csvChangeKind: (change: ScenarioChange) =>
    ({
      entered: "enters",
      left: "leaves",
      changed: "amount changes",
      unchanged: "same",
    })[change],
  csvAmountBefore: "Amount before (S/)",
  csvAmountAfter: "Amount after (S/)",
  csvDelta: "Difference (S/)",
  csvTotalDelta: "Total difference (S/)",
  csvScenarioTitle: "FESC scenario comparison",
  csvSummary: "Summary",
  csvScenarioWeights: (weights: string) => `weights: ${weights}`,
  csvScenarioSnapshot: (id: string) => `saved methodology “${id}”`,
};
export const FESC_SCENARIOS_COPY = { es, en } as const;
