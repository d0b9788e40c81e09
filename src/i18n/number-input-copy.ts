import type { NumberInputProblem } from "../core/number-parse";

/**
 * Words of the number fields (core/number-parse): how a typed number was read, and why it was not.
 * Same keys in both languages (typed); functions take the values to interpolate.
 */
const es = {
  numberReadAs: (value: string, thousandsGuessed: boolean) =>
    `Leído como ${value}${thousandsGuessed ? " (separador de miles)" : ""}`,
  numberRequired: "Escriba un número.",
  numberProblem: (problem: NumberInputProblem, text: string, maxDecimals: number, min: string) =>
    problem === "tooManyDecimals"
      ? maxDecimals === 0
        ? `«${text}»: escriba un número entero.`
        : `«${text}»: como máximo ${maxDecimals} decimales.`
      : problem === "tooLarge"
        ? `«${text}» es demasiado grande.`
        : problem === "belowMin"
          ? `«${text}»: debe ser ${min} o más.`
          : `«${text}» no es un número. Escriba, por ejemplo, 252.000.000 o 1.500,50.`,
};
const en: typeof es = {
  numberReadAs: (value: string, thousandsGuessed: boolean) =>
    `Read as ${value}${thousandsGuessed ? " (thousands separator)" : ""}`,
  numberRequired: "Type a number.",
  numberProblem: (problem: NumberInputProblem, text: string, maxDecimals: number, min: string) =>
    problem === "tooManyDecimals"
      ? maxDecimals === 0
        ? `"${text}": type a whole number.`
        : `"${text}": at most ${maxDecimals} decimals.`
      : problem === "tooLarge"
        ? `"${text}" is too large.`
        : problem === "belowMin"
          ? `"${text}": must be ${min} or more.`
          : `"${text}" is not a number. Type, for example, 252,000,000 or 1,500.50.`,
};
export const NUMBER_INPUT_COPY = { es, en } as const;
