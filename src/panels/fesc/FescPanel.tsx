import { useEffect } from "react";
import { useAppStore } from "../../store";
import { selectFescResult } from "../../store/fesc-slice";
import { FescExport } from "./FescExport";
import { FescForm } from "./FescForm";
import { FescScenarios } from "./FescScenarios";
import { FescTable } from "./FescTable";
import { IndicatorsInForce } from "./IndicatorsInForce";
import { TrendView } from "./TrendView";

/** FESC tab: choose priority districts, fund them, compare scenarios, export, look at trends. */
export function FescPanel() {
  const result = useAppStore(selectFescResult);
  const setMarked = useAppStore((s) => s.setMarked);
  useEffect(() => {
    if (result) setMarked(result.rows.map((r) => r.id));
  }, [result, setMarked]);
  useEffect(() => () => setMarked([]), [setMarked]);
  return (
    <div className="fesc" data-testid="fesc-panel">
      <IndicatorsInForce />
      <FescForm />
      {result && <FescTable result={result} />}
      {result && <FescExport result={result} />}
      <FescScenarios />
      <TrendView />
    </div>
  );
}
