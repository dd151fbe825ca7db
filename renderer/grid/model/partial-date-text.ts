/**
 * A date as precise as the source gives it, typed or pasted: "2024", "2024-11", "2024-11-12", or as a
 * spreadsheet in Azerbaijan or Russia shows it, "12.11.2024" and "11.2024". Returns the ISO partial
 * form, or null when the text is no such date (the schema then checks it is a calendar date).
 */
export function parsePartialDateText(text: string): string | null {
  const s = text.trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return s;
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  m = /^(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return `${m[2]}-${m[1].padStart(2, '0')}`;
  m = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/.exec(s);
  if (m) return m[3] ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : `${m[1]}-${m[2].padStart(2, '0')}`;
  return null;
}
