import { COPY, type Copy } from "../../i18n/copy";
import { SIMILAR_VARIABLES, type SimilarVariable } from "../../core/similar";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { MAX_SIMILAR_K, selectSimilar } from "../../store/similar-slice";

// Long family names ("Violencia contra la mujer…") would make the header row very tall: clip them
// and keep the full name as the cell's title.
const HEAD = { padding: "2px 6px", whiteSpace: "nowrap", verticalAlign: "bottom" } as const;
const CLIP = {
  display: "inline-block",
  maxWidth: "7em",
  overflow: "hidden",
  textOverflow: "ellipsis",
  verticalAlign: "bottom",
} as const;

const VARIABLE_LABEL: Record<SimilarVariable, (t: Copy) => string> = {
  logPopulation: (t) => t.similarVarLogPopulation,
  logDensity: (t) => t.similarVarLogDensity,
  poverty: (t) => t.similarVarPoverty,
  hdi: (t) => t.similarVarHdi,
  region: (t) => t.similarVarRegion,
};

/** Bounding box of the given districts, so the selected one and its similar ones are all in view. */
function unionBbox(
  districts: readonly { bbox: [number, number, number, number] }[],
  ids: readonly number[],
): [number, number, number, number] | null {
  const boxes = ids.flatMap((id) => {
    const b = districts[id]?.bbox;
    return b ? [b] : [];
  });
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/**
 * "Distritos similares" in the district card: the k districts of closest context (variables and k
 * editable), a table comparing crime and coverage, and a button that marks them on the map.
 */
export function SimilarDistricts({ districtId }: { districtId: number }) {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const defs = useAppStore((s) => s.indicatorDefs);
  const variables = useAppStore((s) => s.similarVariables);
  const k = useAppStore((s) => s.similarK);
  const toggle = useAppStore((s) => s.toggleSimilarVariable);
  const setK = useAppStore((s) => s.setSimilarK);
  const markedIds = useAppStore((s) => s.markedIds);
  const setMarked = useAppStore((s) => s.setMarked);
  const flyTo = useAppStore((s) => s.flyTo);
  const result = useAppStore(selectSimilar);
  const t = COPY[lang];
  if (!table || !result || result.rows[0]?.id !== districtId) return null;
  const similarIds = result.rows.slice(1).map((r) => r.id);
  const marked =
    similarIds.length > 0 &&
    markedIds.length === similarIds.length &&
    similarIds.every((id) => markedIds.includes(id));
  const fmt = (v: number | null, digits?: number) =>
    v === null ? "—" : formatNumber(v, lang, digits);
  return (
    <section data-testid="card-similar" aria-labelledby="card-similar-title">
      <h3 className="card-section" id="card-similar-title">
        {t.similarTitle}
      </h3>
      <div className="card-meta">{t.similarIntro}</div>
      <fieldset style={{ border: 0, padding: 0, margin: "4px 0" }}>
        <legend className="card-meta">{t.similarVariables}</legend>
        {SIMILAR_VARIABLES.map((v) => (
          <label key={v} style={{ marginRight: 8, whiteSpace: "nowrap" }}>
            <input
              type="checkbox"
              checked={variables.includes(v)}
              onChange={() => toggle(v)}
              data-testid={`similar-var-${v}`}
            />{" "}
            {VARIABLE_LABEL[v](t)}
          </label>
        ))}
        <label style={{ whiteSpace: "nowrap" }}>
          {t.similarK}{" "}
          <input
            type="number"
            min={1}
            max={MAX_SIMILAR_K}
            value={k}
            onChange={(e) => setK(Number(e.target.value))}
            style={{ width: 48 }}
            data-testid="similar-k"
          />
        </label>
      </fieldset>
      {variables.length === 0 ? (
        <div className="muted">{t.similarNoVariables}</div>
      ) : similarIds.length === 0 ? (
        <div className="muted">{t.similarNone}</div>
      ) : (
        <>
          <button
            type="button"
            data-testid="similar-mark"
            aria-pressed={marked}
            onClick={() => {
              if (marked) return setMarked([]);
              setMarked(similarIds);
              const box = unionBbox(
                table.districts,
                result.rows.map((r) => r.id),
              );
              if (box) flyTo(box);
            }}
          >
            {marked ? t.similarUnmark : t.similarMark}
          </button>
          <div style={{ overflowX: "auto" }}>
            <table className="card-table" data-testid="similar-table">
              <thead>
                <tr>
                  <th scope="col" style={HEAD}>
                    {t.similarColDistrict}
                  </th>
                  <th scope="col" style={HEAD}>
                    {t.similarColDistance}
                  </th>
                  <th scope="col" style={HEAD}>
                    {t.similarColIrs}
                  </th>
                  <th scope="col" style={HEAD}>
                    {t.similarColRank}
                  </th>
                  {result.crimeIds.map((id) => {
                    const label = defs.find((d) => d.id === id)?.label[lang] ?? id;
                    return (
                      <th scope="col" key={id} title={label} style={HEAD}>
                        <span style={CLIP}>{label}</span>
                      </th>
                    );
                  })}
                  {result.trendYears && (
                    <th scope="col" style={HEAD}>
                      {t.similarColTrend(result.trendYears[0], result.trendYears[1])}
                    </th>
                  )}
                  <th scope="col" style={HEAD}>
                    {t.similarColBarrio}
                  </th>
                  <th scope="col" style={HEAD}>
                    {t.similarColPolice}
                  </th>
                  <th scope="col" style={HEAD}>
                    {t.similarColFesc}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => {
                  const d = table.districts[r.id];
                  return (
                    <tr
                      key={r.id}
                      data-testid={r.distance === null ? "similar-self" : "similar-row"}
                      data-ubigeo={d?.ubigeo}
                      data-id={r.id}
                    >
                      <th scope="row">
                        <span data-testid="similar-name">{d?.name}</span>
                        <div className="card-meta">
                          {r.distance === null ? t.similarThis : d?.province}
                        </div>
                      </th>
                      <td>{r.distance === null ? "—" : fmt(r.distance, 2)}</td>
                      <td>{fmt(r.irs, 1)}</td>
                      <td>{fmt(r.rank, 0)}</td>
                      {r.crimeRates.map((v, i) => (
                        <td key={result.crimeIds[i]}>{fmt(v, 1)}</td>
                      ))}
                      {result.trendYears && (
                        <td>
                          {r.trendPct === null
                            ? "—"
                            : `${r.trendPct > 0 ? "+" : ""}${formatNumber(r.trendPct, lang, 0)} %`}
                        </td>
                      )}
                      <td>
                        {r.barrios === null
                          ? "—"
                          : r.barrios > 0
                            ? t.similarBarrioIn(r.barrios)
                            : t.similarBarrioNotListed}
                      </td>
                      <td>{fmt(r.officersPer10k, 1)}</td>
                      <td>{r.fesc === null ? "—" : r.fesc ? t.similarFescYes : t.similarFescNo}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="card-meta">
            {t.similarRatesNote}
            {result.trendYears ? "" : ` ${t.similarNoTrend}`}
          </div>
        </>
      )}
    </section>
  );
}
