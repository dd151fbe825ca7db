/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return followed
 * by one) as a formula. Exported text that starts with one of these gets a leading apostrophe,
 * which Excel shows as text; numbers are written as numbers and never escaped.
 */
const TRIGGERS = /^[=+\-@\t\r]/;

export const escapeFormula = (text: string) => (TRIGGERS.test(text) ? `'${text}` : text);

/** Undoes escapeFormula on import, so that exported text round-trips unchanged. */
export const unescapeFormula = (text: string) => (text.length > 1 && text[0] === "'" && TRIGGERS.test(text.slice(1)) ? text.slice(1) : text);
