/**
 * Long shape (several rows per district, e.g. one per month × modality, as SIDPOL): rows are
 * filtered, joined, checked (year, month, value, repeated key) and summed per (group, year) and,
 * when asked, per (group, year, month). Running sums only: no row is kept.
 */
import { hash53, memo, parseMonth, parseYear, slugKey } from "./import-cells";
import { compileMapping } from "./import-group-mapping";
import type { GroupCount } from "./import-report";
import type { RowContext } from "./import-row-context";
import type { AggregateColumn, LongShape, MonthlyColumn } from "./import-spec";
import { parseNumber } from "./number-parse";
import { nameKey } from "./ubigeo";

/** Most distinct groups (values of the group column) one import takes. */
export const MAX_GROUPS = 300;
/** Most distinct unmapped group values listed in the report. */
const MAX_UNMAPPED = 1000;

interface Bucket {
  group: string | null;
  year: number | null;
  sums: Float64Array;
  has: Uint8Array;
}

export interface LongAccumulator {
  /** Column indexes of the unique key (import-columns roles key0, key1…) for the current file. */
  setKeyColumns(indexes: number[]): void;
  addRow(row: readonly string[], rowNumber: number): void;
  readonly rowsFiltered: number;
  /** Months seen per year (null year when no year column). */
  readonly monthsByYear: ReadonlyMap<number | null, ReadonlySet<number>>;
  /** Group values no mapping pattern matched, most rows first. */
  unmapped(): GroupCount[];
  finish(): AggregateColumn[];
  finishMonthly(columns: readonly AggregateColumn[]): MonthlyColumn[];
}

/**
 * The long-shape accumulator. Per row, in this order: a row whose filter cell (nameKey) is not one
 * of the filter values is counted as filtered; a row that does not join, has an invalid year or
 * month, an empty or non-numeric value, a negative value (counts), or repeats an earlier row's
 * `uniqueKey` (district + key cells by nameKey, 53-bit hash) is reported and skipped; an ambiguous
 * thousands separator is reported and kept. Then value is added to
 * sum[group, year][district] (group = mapping group, else slugKey of the cell; null without a group
 * column). More than MAX_GROUPS distinct groups stops the import.
 *
 * finish(): one numeric column per (group, year), sorted by group then year; a district with no row
 * is null, or 0 when `zeroFill` and the district was used somewhere in the file (zeroFill also gives
 * every group seen a column in every covered year). Months per year are listed when a month column
 * is given.
 */
export function createLongAccumulator(long: LongShape, ctx: RowContext): LongAccumulator {
  const n = ctx.districtCount;
  const mapping = long.groupMapping ? compileMapping(long.groupMapping) : null;
  const filterKeys = long.filter ? new Set(long.filter.values.map(nameKey)) : null;
  const buckets = new Map<string, Bucket>();
  const monthBuckets = new Map<string, Float64Array>();
  const groupLabels = new Map<string, string>();
  const unmapped = new Map<string, GroupCount>();
  const monthsByYear = new Map<number | null, Set<number>>();
  const seenKeys = long.uniqueKey ? new Set<number>() : null;
  const groupSet = new Set<string>();
  const key = memo(nameKey);
  const yearOf = memo(parseYear);
  const monthOf = memo(parseMonth);
  let keyColumns: number[] = [];
  let rowsFiltered = 0;

  const bucketFor = (group: string | null, year: number | null): Bucket => {
    const id = `${group ?? ""}\u0001${year ?? ""}`;
    let b = buckets.get(id);
    if (!b) {
      b = { group, year, sums: new Float64Array(n), has: new Uint8Array(n) };
      buckets.set(id, b);
    }
    return b;
  };
  const addMonthly = (group: string | null, year: number, month: number, id: number, v: number) => {
    const k = `${group ?? ""}\u0001${year}\u0001${month}`;
    let sums = monthBuckets.get(k);
    if (!sums) {
      sums = new Float64Array(n);
      monthBuckets.set(k, sums);
    }
    sums[id] = (sums[id] ?? 0) + v;
  };

  const addRow = (row: readonly string[], rowNumber: number): void => {
    if (filterKeys && !filterKeys.has(key(ctx.cell(row, "filter")))) {
      rowsFiltered++;
      return;
    }
    const joined = ctx.join(row, rowNumber);
    if (!joined) return;
    let year: number | null = null;
    if (long.yearColumn) {
      const raw = ctx.cell(row, "year");
      year = yearOf(raw);
      if (year === null)
        return ctx.problem(
          "invalid-year",
          rowNumber,
          { code: "invalidYear", value: cut(raw) },
          raw,
        );
    }
    let month: number | null = null;
    if (long.monthColumn) {
      const raw = ctx.cell(row, "month");
      month = monthOf(raw);
      if (month === null)
        return ctx.problem(
          "invalid-month",
          rowNumber,
          { code: "invalidMonth", value: cut(raw) },
          raw,
        );
    }
    const rawValue = ctx.cell(row, "value");
    const num = parseNumber(rawValue, ctx.decimal);
    if (num.value === null) {
      const detail =
        num.kind === "empty"
          ? ({ code: "emptyValue", column: long.valueColumn } as const)
          : ({ code: "notANumber", value: rawValue.trim().slice(0, 40), column: null } as const);
      return ctx.problem("non-numeric", rowNumber, detail, rawValue);
    }
    if (num.value < 0)
      return ctx.problem(
        "negative",
        rowNumber,
        { code: "negativeCount", value: num.value },
        rawValue,
      );
    if (num.ambiguous) {
      ctx.problem(
        "ambiguous-number",
        rowNumber,
        { code: "thousandsGuess", value: cut(rawValue), read: num.value, column: null },
        rawValue,
      );
    }
    let group: string | null = null;
    if (long.groupColumn) {
      const rawGroup = ctx.cell(row, "group").trim();
      if (mapping) {
        const m = mapping.match(rawGroup);
        group = m.group;
        if (!m.mapped) {
          const u = unmapped.get(rawGroup);
          if (u) {
            u.rows++;
            u.total += num.value;
          } else if (unmapped.size < MAX_UNMAPPED)
            unmapped.set(rawGroup, { value: rawGroup, rows: 1, total: num.value });
        }
      } else {
        group = slugKey(rawGroup);
        if (!groupLabels.has(group)) groupLabels.set(group, rawGroup);
      }
    }
    if (seenKeys) {
      const parts = [String(joined.id)];
      for (const idx of keyColumns) parts.push(key(row[idx] ?? ""));
      const h = hash53(parts.join("\u0001"));
      if (seenKeys.has(h))
        return ctx.problem("duplicate", rowNumber, { code: "duplicateKey" }, rawValue);
      seenKeys.add(h);
    }
    if (group !== null && !groupSet.has(group)) {
      if (groupSet.size >= MAX_GROUPS) {
        ctx.fatal(rowNumber, {
          code: "tooManyGroups",
          column: long.groupColumn ?? "",
          limit: MAX_GROUPS,
        });
        return;
      }
      groupSet.add(group);
    }
    const b = bucketFor(group, year);
    b.sums[joined.id] = (b.sums[joined.id] ?? 0) + num.value;
    b.has[joined.id] = 1;
    if (month !== null) {
      if (long.monthly && year !== null) addMonthly(group, year, month, joined.id, num.value);
      const set = monthsByYear.get(year) ?? new Set<number>();
      set.add(month);
      monthsByYear.set(year, set);
    }
    ctx.used(joined.id, joined.repaired);
  };

  const finish = (): AggregateColumn[] => {
    const years = new Set<number | null>([...buckets.values()].map((b) => b.year));
    if (long.zeroFill) {
      // Every group seen in the file exists in every covered year (zeros where no row). Groups of
      // the mapping that never occur get no column: the file does not have them.
      const groups = [...new Set([...buckets.values()].map((b) => b.group))];
      for (const y of years) for (const g of groups) bucketFor(g, y);
    }
    const valueKey = slugKey(long.valueColumn);
    const out: AggregateColumn[] = [];
    const sorted = [...buckets.values()].sort(
      (a, b) => (a.group ?? "").localeCompare(b.group ?? "") || (a.year ?? 0) - (b.year ?? 0),
    );
    for (const b of sorted) {
      const values: (number | null)[] = [];
      let withData = 0;
      for (let i = 0; i < n; i++) {
        if (b.has[i]) {
          values.push(b.sums[i] ?? 0);
          withData++;
        } else values.push(long.zeroFill && ctx.isJoined(i) ? 0 : null);
      }
      const months = long.monthColumn
        ? [...(monthsByYear.get(b.year) ?? [])].sort((x, y) => x - y)
        : null;
      const groupLabel =
        b.group === null ? long.valueColumn : (groupLabels.get(b.group) ?? b.group);
      out.push({
        key: b.group ?? valueKey,
        label: groupLabel,
        sourceColumn: long.valueColumn,
        group: b.group,
        year: b.year,
        kind: "numeric",
        values,
        categories: null,
        months,
        districtsWithData: withData,
      });
    }
    return out;
  };

  /** Monthly sums of every group that has a column, for every covered (year, month); zero-fill as finish. */
  const finishMonthly = (columns: readonly AggregateColumn[]): MonthlyColumn[] => {
    const groups = [...new Set(columns.map((c) => c.group))];
    const out: MonthlyColumn[] = [];
    const years = [...monthsByYear.keys()]
      .filter((y): y is number => y !== null)
      .sort((a, b) => a - b);
    for (const group of groups) {
      for (const year of years) {
        for (const month of [...(monthsByYear.get(year) ?? [])].sort((a, b) => a - b)) {
          const sums = monthBuckets.get(`${group ?? ""}\u0001${year}\u0001${month}`);
          const values: (number | null)[] = [];
          for (let i = 0; i < n; i++) {
            const v = sums?.[i] ?? 0;
            values.push(v !== 0 ? v : long.zeroFill && ctx.isJoined(i) ? 0 : null);
          }
          out.push({ group: group ?? "", year, month, values });
        }
      }
    }
    return out;
  };

  return {
    setKeyColumns(indexes) {
      keyColumns = indexes;
    },
    addRow,
    get rowsFiltered() {
      return rowsFiltered;
    },
    monthsByYear,
    unmapped: () =>
      [...unmapped.values()].sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value)),
    finish,
    finishMonthly,
  };
}

/** A cell as quoted in a message: trimmed, at most 60 characters. */
function cut(cell: string): string {
  return cell.trim().slice(0, 60);
}
