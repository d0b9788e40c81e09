/** Longest list (problems, unjoined codes, modalities, columns) the import report draws in full. */
export const MAX_LISTED = 30;
