import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import type { ImportForm, PreviewLike } from "./import-form";

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
  const set = (patch: Partial<ImportForm>) => onChange({ ...form, ...patch });
  const listed = preview.header.slice(0, MAX_LISTED_COLUMNS);
  const hidden = preview.header.length - listed.length;
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
  return (
    <div className="datos-options" data-testid="import-options">
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
              {t.moreColumnsNotListed(formatNumber(hidden, lang, 0))}
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
