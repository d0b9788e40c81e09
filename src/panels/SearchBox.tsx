import { useId, useMemo, useState } from "react";
import { COPY } from "../i18n/copy";
import { pickSeries } from "../core/indicator-values";
import { PLACE_ALIASES } from "../config/place-aliases";
import { buildSearchIndex, searchDistricts } from "../core/search";
import { formatNumber } from "../lib/format";
import { useAppStore } from "../store";

/**
 * Combobox: type a name, a common alias ("SJL") or a ubigeo (prefix), pick with mouse or arrows +
 * Enter (Enter alone opens the first result); the map flies there. Order: see searchDistricts.
 */
export function SearchBox() {
  const table = useAppStore((s) => s.table);
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.selectDistrict);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const population = useMemo(
    () => (table ? (pickSeries(table.series, "population", null)?.values ?? []) : []),
    [table],
  );
  const index = useMemo(
    () => (table ? buildSearchIndex(table.districts, population, PLACE_ALIASES) : []),
    [table, population],
  );
  const found = useMemo(() => searchDistricts(index, query), [index, query]);
  const results = found.hits.map((h) => h.id);
  const t = COPY[lang];

  const choose = (id: number) => {
    select(id, true);
    setQuery("");
    setActive(0);
  };
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
    else if (e.key === "Enter" && results[active] !== undefined) choose(results[active]);
    else if (e.key === "Escape") setQuery("");
    else return;
    e.preventDefault();
  };

  return (
    <div className="search">
      <label className="sr-only" htmlFor={`${listId}-input`}>
        {t.searchLabel}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results.length > 0 ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        data-testid="search-input"
      />
      {query.trim() !== "" && (
        <ul id={listId} role="listbox" className="search-results" data-testid="search-results">
          {results.length === 0 && <li className="search-empty">{t.noResults}</li>}
          {found.hits.map(({ id, alias }, i) => {
            const d = table?.districts[id];
            if (!d) return null;
            const pop = population[id];
            return (
              <li
                key={id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? "active" : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(id);
                }}
              >
                <strong>{d.name}</strong>
                <span>
                  {d.province}, {d.department} · {d.ubigeo}
                  {typeof pop === "number" &&
                    ` · ${t.searchPopulation(formatNumber(pop, lang, 0))}`}
                  {alias !== null && ` · ${t.searchAlias(alias)}`}
                </span>
              </li>
            );
          })}
          {found.total > found.hits.length && (
            <li className="search-empty" data-testid="search-more">
              {t.searchMore(
                formatNumber(found.hits.length, lang, 0),
                formatNumber(found.total, lang, 0),
              )}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
