import { useDeferredValue, useMemo, useState } from "react";
import { nameKey } from "../../core/ubigeo";
import { COPY } from "../../i18n/copy";
import { IMPORT_COPY } from "../../i18n/import-copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import {
  MAX_IMPORT_COLUMNS,
  columnsToTick,
  filterColumns,
  type ImportForm,
  type PreviewLike,
} from "./import-form";

/**
 * Columns offered in a list or a select: a 30,000-column file would otherwise render 30,000
 * checkboxes and as many options per select and freeze the page (issue #13).
 */
export const MAX_LISTED_COLUMNS = 200;

type ColumnKey =
  | "ubigeoColumn"
  | "departmentColumn"
  | "provinceColumn"
  | "districtColumn"
  | "valueColumn"
  | "groupColumn"
  | "filterColumn"
  | "yearColumn";

interface Props {
  preview: PreviewLike;
  form: ImportForm;
  onChange: (form: ImportForm) => void;
  disabled: boolean;
}

/** Join (ubigeo or names) and shape (wide columns, or long value/group/filter/year) of a CSV. */
export function ImportOptions({ preview, form, onChange, disabled }: Props) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const w = IMPORT_COPY[lang];
  const set = (patch: Partial<ImportForm>) => onChange({ ...form, ...patch });
  // Wider files get a search box: any of their columns is reachable (up to the 2,000-column limit)
  // while only MAX_LISTED_COLUMNS are drawn (issue #13).
  const searchable = preview.header.length > MAX_LISTED_COLUMNS;
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const matches = useColumnMatches(preview.header, searchable ? deferredQuery : "");
  const listed = matches.slice(0, MAX_LISTED_COLUMNS);
  const hidden = matches.length - listed.length;
  const filtering = deferredQuery.trim() !== "" && searchable;
  const ticked = new Set(form.wideColumns);
  const column = (
    label: string,
    value: string,
    key: ColumnKey,
    optional: boolean,
    testId: string,
  ) => (
    <label className="field">
      <span>{label}</span>
      <select
        value={value}
        disabled={disabled}
        onChange={(e) => onChange({ ...form, [key]: e.target.value })}
        data-testid={testId}
      >
        {(optional || value === "") && <option value="">{t.noneOption}</option>}
        {listed.map((h, i) => (
          <option key={i} value={h}>
            {h}
          </option>
        ))}
        {value !== "" && !listed.includes(value) && <option value={value}>{value}</option>}
      </select>
    </label>
  );
  const joinCols = new Set(
    form.join === "ubigeo"
      ? [form.ubigeoColumn]
      : [form.departmentColumn, form.provinceColumn, form.districtColumn],
  );
  // One linear scan per render of a wide file.
  const tickable = searchable ? columnsToTick(matches, ticked, joinCols, MAX_IMPORT_COLUMNS) : [];
  return (
    <div className="datos-options" data-testid="import-options">
      {searchable && (
        <label className="field">
          <span>{w.columnFilterLabel}</span>
          <input
            type="search"
            value={query}
            placeholder={w.columnFilterPlaceholder}
            disabled={disabled}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="import-column-filter"
          />
        </label>
      )}
      {filtering && (
        <p className="muted" role="status" data-testid="import-column-matches">
          {matches.length === 0
            ? w.columnFilterNone
            : w.columnFilterMatches(
                formatNumber(matches.length, lang, 0),
                formatNumber(preview.header.length, lang, 0),
              )}
        </p>
      )}
      <fieldset className="radio-row">
        <legend>{t.joinByLabel}</legend>
        <label>
          <input
            type="radio"
            name="imp-join"
            checked={form.join === "ubigeo"}
            disabled={disabled}
            onChange={() => set({ join: "ubigeo" })}
          />
          {t.joinUbigeo}
        </label>
        <label>
          <input
            type="radio"
            name="imp-join"
            checked={form.join === "names"}
            disabled={disabled}
            onChange={() => set({ join: "names" })}
          />
          {t.joinNames}
        </label>
      </fieldset>
      {form.join === "ubigeo" ? (
        column(t.ubigeoColumn, form.ubigeoColumn, "ubigeoColumn", false, "import-ubigeo-col")
      ) : (
        <>
          {column(
            t.departmentColumn,
            form.departmentColumn,
            "departmentColumn",
            true,
            "import-dep-col",
          )}
          {column(t.provinceColumn, form.provinceColumn, "provinceColumn", true, "import-prov-col")}
          {column(
            t.districtColumn,
            form.districtColumn,
            "districtColumn",
            false,
            "import-dist-col",
          )}
        </>
      )}
      <fieldset className="radio-row">
        <legend>{t.shapeLabel}</legend>
        <label>
          <input
            type="radio"
            name="imp-shape"
            checked={form.shape === "wide"}
            disabled={disabled}
            onChange={() => set({ shape: "wide" })}
          />
          {t.shapeWide}
        </label>
        <label>
          <input
            type="radio"
            name="imp-shape"
            checked={form.shape === "long"}
            disabled={disabled}
            onChange={() => set({ shape: "long" })}
            data-testid="import-shape-long"
          />
          {t.shapeLong}
        </label>
      </fieldset>
      {form.shape === "wide" ? (
        <fieldset className="datos-columns" data-testid="import-wide-columns">
          <legend>{t.wideColumns}</legend>
          {listed
            .filter((h) => !joinCols.has(h))
            .map((h, i) => (
              <label key={i}>
                <input
                  type="checkbox"
                  checked={ticked.has(h)}
                  disabled={disabled}
                  onChange={(e) =>
                    set({
                      wideColumns: e.target.checked
                        ? [...form.wideColumns, h]
                        : form.wideColumns.filter((c) => c !== h),
                    })
                  }
                />
                {h}
              </label>
            ))}
          {hidden > 0 && (
            <p className="muted" data-testid="import-columns-more">
              {searchable
                ? w.moreColumnsSearch(formatNumber(hidden, lang, 0))
                : t.moreColumnsNotListed(formatNumber(hidden, lang, 0))}
            </p>
          )}
          {searchable && (
            <p className="muted">
              <span data-testid="import-ticked-count">
                {w.tickedCount(
                  formatNumber(form.wideColumns.length, lang, 0),
                  formatNumber(MAX_IMPORT_COLUMNS, lang, 0),
                )}
              </span>{" "}
              <button
                type="button"
                className="link"
                disabled={disabled || tickable.length === 0}
                onClick={() => set({ wideColumns: [...form.wideColumns, ...tickable] })}
                data-testid="import-tick-matching"
              >
                {w.tickMatching(formatNumber(tickable.length, lang, 0))}
              </button>{" "}
              <button
                type="button"
                className="link"
                disabled={disabled || form.wideColumns.length === 0}
                onClick={() => set({ wideColumns: [] })}
                data-testid="import-untick-all"
              >
                {w.untickAll}
              </button>
            </p>
          )}
        </fieldset>
      ) : (
        <>
          {column(t.valueColumn, form.valueColumn, "valueColumn", false, "import-value-col")}
          {column(t.groupColumn, form.groupColumn, "groupColumn", true, "import-group-col")}
          {column(t.yearColumn, form.yearColumn, "yearColumn", true, "import-year-col")}
          {column(t.filterColumn, form.filterColumn, "filterColumn", true, "import-filter-col")}
          {form.filterColumn && (
            <label className="field">
              <span>{t.filterValues}</span>
              <input
                type="text"
                value={form.filterValues}
                disabled={disabled}
                onChange={(e) => set({ filterValues: e.target.value })}
              />
            </label>
          )}
        </>
      )}
    </div>
  );
}

/**
 * filterColumns with the header's name keys computed once per header, and only once a query is
 * typed: 30,000 names take tens of ms, which must not add to the preview's own render (issue #13).
 */
function useColumnMatches(header: readonly string[], query: string): readonly string[] {
  const searching = nameKey(query) !== "";
  const keys = useMemo(() => (searching ? header.map(nameKey) : null), [header, searching]);
  return useMemo(
    () => (keys === null ? header : filterColumns(header, keys, query)),
    [header, keys, query],
  );
}
