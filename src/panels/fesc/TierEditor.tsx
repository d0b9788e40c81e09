import { COPY } from "../../i18n/copy";
import type { TierRule } from "../../core/allocation";
import { useAppStore } from "../../store";
import type { NumberFields } from "./FescForm";

/**
 * Tiers (as Chile's municipal fund): positions from–to in the selection, or an IRS risk class,
 * get one amount each. The first tier a district matches wins (see allocateTiers). Numbers are
 * typed as in the rest of the form (`fields`, owned by FescForm).
 */
export function TierEditor({ fields }: { fields: NumberFields }) {
  const lang = useAppStore((s) => s.lang);
  const tiers = useAppStore((s) => s.fesc.tiers);
  const setFesc = useAppStore((s) => s.setFesc);
  const t = COPY[lang];
  const update = (
    i: number,
    patch: Partial<{
      label: string;
      fromRank: number;
      toRank: number;
      classIndex: number;
      amountCents: number;
    }>,
  ) =>
    setFesc({
      tiers: tiers.map((x, j): TierRule => {
        if (j !== i) return x;
        const { label = x.label, amountCents = x.amountCents } = patch;
        return x.kind === "rank"
          ? {
              ...x,
              label,
              amountCents,
              fromRank: patch.fromRank ?? x.fromRank,
              toRank: patch.toRank ?? x.toRank,
            }
          : { ...x, label, amountCents, classIndex: patch.classIndex ?? x.classIndex };
      }),
    });
  const labelCell = (tier: TierRule, i: number) => (
    <td>
      <input
        value={tier.label}
        onChange={(e) => update(i, { label: e.target.value })}
        aria-label={t.fescTier}
      />
    </td>
  );
  const amountAndRemove = (tier: TierRule, i: number) => (
    <>
      <td>
        {fields.field(
          `tier-amount-${i}`,
          tier.amountCents / 100,
          (soles) => soles !== null && update(i, { amountCents: Math.round(soles * 100) }),
          fields.specs.money,
          { ariaLabel: t.fescAmountEach, testId: `fesc-tier-amount-${i}` },
        )}
      </td>
      <td>
        <button
          type="button"
          className="icon-button"
          aria-label={t.fescRemove}
          onClick={() => {
            fields.forget("tier-");
            setFesc({ tiers: tiers.filter((_, j) => j !== i) });
          }}
        >
          ×
        </button>
      </td>
    </>
  );
  return (
    <table className="fesc-tiers">
      <thead>
        <tr>
          <th>{t.fescTier}</th>
          <th>{t.fescFrom}</th>
          <th>{t.fescTo}</th>
          <th>{t.fescAmountEach}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {tiers.map((tier, i) =>
          tier.kind === "rank" ? (
            <tr key={i}>
              {labelCell(tier, i)}
              <td>
                {fields.field(
                  `tier-from-${i}`,
                  tier.fromRank,
                  (fromRank) => fromRank !== null && update(i, { fromRank }),
                  { ...fields.specs.count, min: 1 },
                  { ariaLabel: t.fescFrom },
                )}
              </td>
              <td>
                {fields.field(
                  `tier-to-${i}`,
                  tier.toRank,
                  (toRank) => toRank !== null && update(i, { toRank }),
                  { ...fields.specs.count, min: 1 },
                  { ariaLabel: t.fescTo },
                )}
              </td>
              {amountAndRemove(tier, i)}
            </tr>
          ) : (
            <tr key={i} data-testid={`fesc-class-tier-${i}`}>
              {labelCell(tier, i)}
              <td colSpan={2}>
                <select
                  value={tier.classIndex}
                  onChange={(e) => update(i, { classIndex: Number(e.target.value) })}
                  aria-label={t.fescClass}
                >
                  {t.classLabels.map((name, k) => (
                    <option key={k} value={k}>
                      {t.fescClassOption(name)}
                    </option>
                  ))}
                </select>
              </td>
              {amountAndRemove(tier, i)}
            </tr>
          ),
        )}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={5}>
            <button
              type="button"
              onClick={() => {
                const last = tiers.reduce(
                  (m, x) => (x.kind === "rank" ? Math.max(m, x.toRank) : m),
                  0,
                );
                setFesc({
                  tiers: [
                    ...tiers,
                    {
                      label: `${t.fescTier} ${tiers.length + 1}`,
                      kind: "rank",
                      fromRank: last + 1,
                      toRank: last + 10,
                      amountCents: 100_000_000,
                    },
                  ],
                });
              }}
            >
              {t.fescAddTier}
            </button>{" "}
            <button
              type="button"
              data-testid="fesc-add-class-tier"
              onClick={() => {
                // Next class down from the lowest one already used (start at "Muy alto").
                const used = tiers.flatMap((x) => (x.kind === "class" ? [x.classIndex] : []));
                const classIndex = Math.max(0, Math.min(4, ...used.map((k) => k - 1), 4));
                setFesc({
                  tiers: [
                    ...tiers,
                    {
                      label: t.classLabels[classIndex] ?? `${t.fescTier} ${tiers.length + 1}`,
                      kind: "class",
                      classIndex,
                      amountCents: 100_000_000,
                    },
                  ],
                });
              }}
            >
              {t.fescAddClassTier}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
