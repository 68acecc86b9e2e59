/**
 * Time zone names as Graph accepts them in dateTimeTimeZone: Windows names ("Pacific Standard Time") and IANA
 * names ("America/Los_Angeles"). Conversions use the Intl time zone database built into Node.
 */

/** Windows zone name -> IANA name (the CLDR "001" territory mapping) for the zones the emulator knows. */
export const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'UTC': 'Etc/UTC',
  'Coordinated Universal Time': 'Etc/UTC',
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central America Standard Time': 'America/Guatemala',
  'Eastern Standard Time': 'America/New_York',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Calcutta',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'W. Australia Standard Time': 'Australia/Perth',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

const UTC_NAMES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z', 'coordinated universal time']);
const formatters = new Map<string, Intl.DateTimeFormat>();
const resolved = new Map<string, string | undefined>();

/** The IANA name for a Windows or IANA zone name, or undefined when the name is unknown. */
export function resolveTimeZone(name: string): string | undefined {
  if (resolved.has(name)) return resolved.get(name);
  let zone: string | undefined;
  if (UTC_NAMES.has(name.toLowerCase())) zone = 'Etc/UTC';
  else if (WINDOWS_TO_IANA[name] !== undefined) zone = WINDOWS_TO_IANA[name];
  else if (name.includes('/')) {
    try {
      zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      zone = undefined;
    }
  }
  if (resolved.size < 1000) resolved.set(name, zone);
  return zone;
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at instant `utcMs`, in milliseconds (positive east of Greenwich). */
function offsetMs(zone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The UTC instant of a dateTimeTimeZone value, or undefined when the date-time or the zone is invalid.
 * A dateTime carrying its own offset or Z is taken as that instant (as Graph does).
 */
export function dateTimeTimeZoneToUtcMs(dateTime: string, timeZone: string): number | undefined {
  const m = LOCAL_DATE_TIME.exec(dateTime);
  if (m === null) return undefined;
  const zone = resolveTimeZone(timeZone);
  if (zone === undefined) return undefined;
  const fraction = Number(((m[7] ?? '') + '000').slice(0, 3));
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'), fraction);
  if (Number.isNaN(wall)) return undefined;
  const explicit = m[8];
  if (explicit !== undefined) {
    if (explicit === 'Z') return wall;
    const sign = explicit.startsWith('-') ? -1 : 1;
    return wall - sign * (Number(explicit.slice(1, 3)) * 60 + Number(explicit.slice(4, 6))) * 60000;
  }
  if (zone === 'Etc/UTC') return wall;
  // Two passes find the offset valid at the resulting instant (correct except inside DST gaps).
  let utc = wall - offsetMs(zone, wall);
  utc = wall - offsetMs(zone, utc);
  return utc;
}

/** Parses an ISO 8601 DateTimeOffset query value (UTC `Z` or an offset; no offset means UTC). */
export function parseDateTimeOffset(text: string): number | undefined {
  return dateTimeTimeZoneToUtcMs(text.replace(' ', '+'), 'UTC');
}

/** Graph's UTC rendering: `2018-04-30T13:00:00.0000000Z`. */
export function formatGraphUtc(utcMs: number): string {
  return `${new Date(utcMs).toISOString().slice(0, 19)}.0000000Z`;
}

/** DateTimeOffset rendering for createdDateTime and friends: `2018-04-30T13:00:00Z` (with milliseconds when set). */
export function formatDateTimeOffset(utcMs: number): string {
  const iso = new Date(utcMs).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

/** The wall-clock `YYYY-MM-DDTHH:mm:ss` of an instant in a zone (for fixtures written in local time). */
export function formatLocal(utcMs: number, zone: string): string {
  const iana = resolveTimeZone(zone) ?? 'Etc/UTC';
  const local = utcMs + (iana === 'Etc/UTC' ? 0 : offsetMs(iana, utcMs));
  return new Date(local).toISOString().slice(0, 19);
}
