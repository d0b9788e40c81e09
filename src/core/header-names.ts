/**
 * Repeated column names in a CSV header. Spreadsheets allow `valor;valor;Valor;VALOR;válor`; keyed
 * by name (and by slug: case and accents folded) these five columns would silently merge into one
 * indicator. Each repeat is renamed with a suffix (`valor_2`, `Valor_3`, …) so the columns stay
 * apart, and listed by name and position so the report can say what was renamed (issue #13).
 */

export interface DuplicateHeader {
  /** The name as written in the file. */
  name: string;
  /** 1-based column position of this repeat. */
  position: number;
  /** 1-based position of the first column with the same folded name. */
  firstPosition: number;
  /** The name it is imported under. */
  renamed: string;
}

/** Case-, accent- and spacing-insensitive form of a column name ("Válor " → "valor"). */
export function foldHeaderName(name: string): string {
  return name
    .replace(/^\ufeff/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The header with every repeat renamed `<name>_<k>` (k = 2, 3, … the occurrence of the folded name,
 * skipped while the new name is itself taken), and the list of repeats. Empty names are left alone
 * (blank trailing columns are common and never become indicators). Linear in the header length.
 */
export function disambiguateHeader(fields: readonly string[]): {
  header: string[];
  duplicates: DuplicateHeader[];
} {
  const first = new Map<string, number>();
  const seen = new Map<string, number>();
  const taken = new Set(fields.map(foldHeaderName));
  const duplicates: DuplicateHeader[] = [];
  const header = fields.map((name, i) => {
    const key = foldHeaderName(name);
    if (key === "") return name;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) {
      first.set(key, i + 1);
      return name;
    }
    let k = count;
    let renamed = `${name.trim()}_${k}`;
    while (taken.has(foldHeaderName(renamed))) renamed = `${name.trim()}_${++k}`;
    taken.add(foldHeaderName(renamed));
    duplicates.push({ name, position: i + 1, firstPosition: first.get(key) ?? 1, renamed });
    return renamed;
  });
  return { header, duplicates };
}
