/**
 * Number ↔ text for links: plain decimal notation only ("1000000000000000019884624838656", never
 * "1e+30"; "0.0000001", never "1e-7"), so that what the app writes its own strict parser reads back.
 * ("+" would also turn into a space in a query string.) Pure.
 */

/**
 * The shortest text that reads back as exactly `x`, in plain decimal notation (digits, one optional
 * "." and a leading "-"). −0 is written "0". NaN and ±Infinity have no decimal text: "NaN",
 * "Infinity", "-Infinity" (the parsers refuse them and say so).
 */
export function formatDecimal(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const text = String(x);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = "", lead = "", frac = "", expText = "0"] = m;
  const digits = lead + frac;
  const exp = Number(expText);
  if (exp >= 0) {
    // Every double ≥ 1e21 is an integer: its exact decimal expansion reads back as itself.
    return sign + BigInt(Math.abs(x)).toString();
  }
  return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
}

/** Strict decimal: "12", "-0.5", "3.25" (no exponent, no "+", no spaces inside, no hex); else null. */
export function parseDecimalText(text: string): number | null {
  const t = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}
