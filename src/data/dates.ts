/**
 * The one date reader, shared by the validator and the renderer so they agree on what is a date and
 * when it was. Accepted as is: a calendar date (`2026-05-10`) and every RFC 3339 date-time form, plus
 * ISO 8601's optional seconds and offset: `T`, `t` or a space between date and time, fractional
 * seconds, `Z`/`z` or an offset `+05`, `+0530`, `+05:30`. Read with a warning: RFC 822/1123 dates as
 * RSS and some feed generators write them (`Mon, 02 Jan 2006 15:04:05 -0700`, `GMT`, US zone names).
 * Everything is stored in one canonical form (`2026-05-10T14:30:00+05:00`), so a parsed date is
 * always valid input and always readable by `Date`.
 */

/** RFC 3339 / ISO 8601 as accepted; also the generated JSON Schema's pattern (no flags, so case is spelled out). */
export const DATE_PATTERN =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(\.\d+)?)?([Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822's named zones (and UTC, which generators write too), as offsets in hours. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};

/** RFC 822/1123: optional weekday, day, month name, 2- or 4-digit year, time, zone. Case-insensitive. */
const RFC822 =
  /^\s*(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,4})?\s*$/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date read: its canonical text, and a warning when the input was not RFC 3339. */
export type DateReading = { ok: true; value: string; warning?: string } | { ok: false; message: string };

const NOT_A_DATE = 'must be a date ("2026-05-10") or an RFC 3339 date-time ("2026-05-10T14:30:00Z")';

function canonicalOffset(zone: string): string {
  if (zone === 'Z' || zone === 'z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
}

/** Reads an RFC 3339 form (see the module comment) into its canonical form, or says why it isn't one. */
function readRfc3339(text: string): DateReading | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  if (Number(d) > daysIn(year, month)) return { ok: false, message: 'is not a real calendar date' };
  if (h === undefined) return { ok: true, value: `${y}-${mo}-${d}` };
  const time = `${h}:${mi}${s === undefined ? '' : `:${s}${fraction ?? ''}`}`;
  return { ok: true, value: `${y}-${mo}-${d}T${time}${zone ? canonicalOffset(zone) : ''}` };
}

/** Reads an RFC 822/1123 date into canonical RFC 3339, or undefined when it isn't one. */
function readRfc822(text: string): DateReading | undefined {
  const match = RFC822.exec(text);
  if (!match) return undefined;
  const [, d, monthName, y, h, mi, s, zone = 'GMT'] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1;
  // RFC 2822's rule for two-digit years: 00–49 are 20xx, 50–99 are 19xx.
  const year = y?.length === 2 ? Number(y) + (Number(y) < 50 ? 2000 : 1900) : Number(y);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  let offset: string;
  if (/^[+-]\d{4}$/.test(zone)) {
    if (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(3)) > 59) return undefined;
    offset = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  } else {
    const hours = ZONES[zone.toLowerCase()];
    if (hours === undefined) return undefined;
    offset = hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}:00`;
  }
  if (month < 1 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59)
    return { ok: false, message: 'is not a real calendar date' };
  const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
  return { ok: true, value, warning: `is not RFC 3339; read as ${JSON.stringify(value)}` };
}

/**
 * Reads a date as the content format accepts it: RFC 3339 forms as they are (canonicalised),
 * RFC 822/1123 with a warning; anything else, or an impossible calendar date, is not a date.
 */
export function readDate(text: string): DateReading {
  if (typeof text !== 'string') return { ok: false, message: NOT_A_DATE };
  return readRfc3339(text) ?? readRfc822(text) ?? { ok: false, message: NOT_A_DATE };
}

/** True for a date-only value (`2026-05-10`): a calendar day, shown and compared in UTC. */
export const isDateOnly = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The instant of an accepted date, in milliseconds since the epoch, for sorting and formatting; a
 * date-only value is midnight UTC, a date-time without an offset is read as UTC. NaN for anything
 * `readDate` rejects (callers put those last).
 */
export function instantOf(value: string | undefined): number {
  if (value === undefined) return Number.NaN;
  const reading = readDate(value);
  if (!reading.ok) return Number.NaN;
  const match = DATE_PATTERN.exec(reading.value);
  if (!match) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match;
  const ms = Math.round(Number(`0${fraction || '.0'}`) * 1000);
  // Set field by field: Date.UTC would read years 0–99 as 1900–1999. A leap second (:60) rolls over.
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), ms);
  const offsetMinutes =
    zone === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return date.getTime() - offsetMinutes * 60_000;
}
