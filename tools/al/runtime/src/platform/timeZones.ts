import { alError } from '../errors';

/**
 * Time-zone offsets for Windows and IANA zone IDs, computed with the ICU data built into Node (Intl), so daylight
 * saving time follows the real rules. Windows IDs map to their primary IANA zone (CLDR windowsZones "001" rows).
 */
const WINDOWS_TO_IANA: Record<string, string> = {
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'romance standard time': 'Europe/Paris',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'turkey standard time': 'Europe/Istanbul',
  'israel standard time': 'Asia/Jerusalem',
  'south africa standard time': 'Africa/Johannesburg',
  'egypt standard time': 'Africa/Cairo',
  'arabian standard time': 'Asia/Dubai',
  'arab standard time': 'Asia/Riyadh',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'aus eastern standard time': 'Australia/Sydney',
  'e. australia standard time': 'Australia/Brisbane',
  'w. australia standard time': 'Australia/Perth',
  'new zealand standard time': 'Pacific/Auckland',
  'hawaiian standard time': 'Pacific/Honolulu',
  'alaskan standard time': 'America/Anchorage',
  'pacific standard time': 'America/Los_Angeles',
  'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix',
  'central standard time': 'America/Chicago',
  'eastern standard time': 'America/New_York',
  'atlantic standard time': 'America/Halifax',
  'newfoundland standard time': 'America/St_Johns',
  'e. south america standard time': 'America/Sao_Paulo',
  'argentina standard time': 'America/Buenos_Aires',
  'central standard time (mexico)': 'America/Mexico_City',
  'canada central standard time': 'America/Regina',
  'se asia standard time': 'Asia/Bangkok',
  'w. central africa standard time': 'Africa/Lagos',
};

export function ianaZone(id: string): string {
  const trimmed = id.trim();
  const mapped = WINDOWS_TO_IANA[trimmed.toLowerCase()];
  const zone = mapped ?? trimmed;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw alError(`The time zone '${id}' is not known. Use a Windows ID such as 'W. Europe Standard Time' or an IANA ID such as 'Europe/Berlin'.`);
  }
  return zone;
}

/** Offset (ms) of `zone` at the UTC instant `utcMs`, daylight saving time included. */
export function utcOffsetMs(utcMs: number, id: string): number {
  const zone = ianaZone(id);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? '0');
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(utcMs / 1000) * 1000;
}

/** The standard (non-DST) offset: the smaller of the January and July offsets of the instant's year. */
export function baseUtcOffsetMs(id: string, year = new Date().getUTCFullYear()): number {
  const jan = utcOffsetMs(Date.UTC(year, 0, 1), id);
  const jul = utcOffsetMs(Date.UTC(year, 6, 1), id);
  return Math.min(jan, jul);
}

export function supportsDst(id: string): boolean {
  const y = new Date().getUTCFullYear();
  return utcOffsetMs(Date.UTC(y, 0, 1), id) !== utcOffsetMs(Date.UTC(y, 6, 1), id);
}

export function isDst(utcMs: number, id: string): boolean {
  const y = new Date(utcMs).getUTCFullYear();
  return utcOffsetMs(utcMs, id) !== baseUtcOffsetMs(id, y);
}
