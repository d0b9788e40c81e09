/**
 * A problem in the raw data that must stop the build. The message is Spanish and names the file
 * (relative to the raw folder), the row (header = fila 1, first data row = fila 2) and the problem.
 */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BuildError";
  }
}

/** "inei-x/file.csv, fila 12, columna pob_2018: …" */
export function where(file: string, row?: number, column?: string): string {
  let text = file;
  if (row !== undefined) text += `, fila ${row}`;
  if (column !== undefined) text += `, columna ${column}`;
  return text;
}
