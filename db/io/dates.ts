import { PartialDate } from '../schema';
import { problemOf, type Problem } from './problems';

export type ParsedDate = { ok: true; value: string } | ({ ok: false } & Problem);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_MS = 86_400_000;
/** Excel's last serial date, 9999-12-31. */
const MAX_SERIAL = 2_958_465;

const pad = (n: number) => String(n).padStart(2, '0');

const checked = (value: string): ParsedDate =>
  PartialDate.safeParse(value).success ? { ok: true, value } : { ok: false, ...problemOf('date.notCalendar', `is not a calendar date (read as ${value})`, { date: value }) };

const monthOf = (name: string) => {
  const n = name.toLowerCase();
  const i = n.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(n)) : -1;
  return i < 0 ? null : i + 1;
};

/**
 * Converts an Excel serial day number to an ISO date. Excel's 1900 system counts a 29 February
 * 1900 that never existed (serial 60), so serials after it are one day ahead of the calendar.
 */
export function excelSerialToDate(serial: number, date1904 = false): ParsedDate {
  const day = Math.floor(serial);
  if (day < (date1904 ? 0 : 1) || day > MAX_SERIAL) return { ok: false, ...problemOf('date.excelRange', 'is not a date Excel can hold') };
  if (!date1904 && day === 60) {
    return { ok: false, ...problemOf('date.excel1900Leap', 'is 29 February 1900, a day that did not exist (Excel counts it by mistake); correct the date') };
  }
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  const days = date1904 ? day : day < 60 ? day : day - 1;
  return { ok: true, value: new Date(epoch + days * DAY_MS).toISOString().slice(0, 10) };
}

/** A whole number in this range in a date column is a year, not an Excel serial (which would fall in 1905). */
const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * Reads a date into the app's partial ISO form (YYYY, YYYY-MM or YYYY-MM-DD): ISO text (a time
 * part is dropped), dd.mm.yyyy or mm.yyyy, "12 November 2024" or "Nov 2024", a year, or an Excel
 * serial number. Slashed dates are refused because 03/04/2024 means different days in different countries.
 */
export function parseDate(cell: string | number, date1904 = false): ParsedDate {
  if (typeof cell === 'number') return isYear(cell) ? { ok: true, value: String(cell) } : excelSerialToDate(cell, date1904);
  const s = cell.trim();
  let m: RegExpExecArray | null;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(s)) return checked(s);
  if ((m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(s))) return checked(m[1]);
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) return checked(`${m[3]}-${pad(+m[2])}-${pad(+m[1])}`);
  if ((m = /^(\d{1,2})\.(\d{4})$/.exec(s))) return checked(`${m[2]}-${pad(+m[1])}`);
  if ((m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s)) && monthOf(m[2])) return checked(`${m[3]}-${pad(monthOf(m[2])!)}-${pad(+m[1])}`);
  if ((m = /^([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(s)) && monthOf(m[1])) return checked(`${m[3]}-${pad(monthOf(m[1])!)}-${pad(+m[2])}`);
  if ((m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(s)) && monthOf(m[1])) return checked(`${m[2]}-${pad(monthOf(m[1])!)}`);
  if (/^\d+(\.\d+)?$/.test(s)) return excelSerialToDate(Number(s), date1904);
  if (/^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$/.test(s)) {
    return { ok: false, ...problemOf('date.ambiguous', 'uses slashes or a day-first order that could be read two ways; write it as YYYY-MM-DD or dd.mm.yyyy') };
  }
  return { ok: false, ...problemOf('date.notADate', 'is not a date; write it as YYYY-MM-DD, YYYY-MM, YYYY or dd.mm.yyyy') };
}
