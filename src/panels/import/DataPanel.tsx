import { FiscalContextPanel } from "../context/FiscalContextPanel";
import { CrimeDataNotice } from "./CrimeDataNotice";
import { ImportHistory } from "./ImportHistory";
import { ImportPanel } from "./ImportPanel";
import { PointImport } from "./PointImport";

/** The "Datos" tab: crime-data status, CSV/SIDPOL import with undo, and the regional context. */
export function DataPanel() {
  return (
    <div className="datos" data-testid="data-panel">
      <CrimeDataNotice />
      <ImportPanel />
      <PointImport />
      <ImportHistory />
      <FiscalContextPanel />
    </div>
  );
}
