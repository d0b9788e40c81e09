import type { Lang } from "../core/types";

const LOCALE: Record<Lang, string> = { es: "es-PE", en: "en-GB" };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

/** Digits that keep a number readable: large values whole, small ones with 1–3 decimals. */
export function autoDigits(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 100) return 0;
  if (abs >= 10) return 1;
  if (abs >= 1) return 2;
  return 3;
}

/**
 * Number in the UI language's Intl grouping (es-PE and en-GB both give 1,234,567.8); digits from
 * autoDigits unless given; "—" for null/NaN/±Infinity.
 */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  digits?: number,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return formatter(lang, digits ?? autoDigits(value)).format(value);
}

export function formatPercent(share01: number | null | undefined, lang: Lang, digits = 0): string {
  if (share01 === null || share01 === undefined || !Number.isFinite(share01)) return "—";
  return `${formatter(lang, digits).format(share01 * 100)} %`;
}

export function formatSoles(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `S/ ${formatter(lang, 2).format(value)}`;
}

export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long" }).format(d);
}
