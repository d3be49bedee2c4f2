// Human-readable sizes and times, the way the docker CLI prints them (decimal units, "3 minutes ago").

const sizeUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

/** Decimal units like `docker images` (1 kB = 1000 B); three significant digits. */
export function humanSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < sizeUnits.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const text = value.toFixed(digits);
  return `${digits > 0 ? text.replace(/\.?0+$/, '') : text} ${sizeUnits[unit]}`;
}

const timeSteps: readonly [limitSeconds: number, unitSeconds: number, unit: string][] = [
  [60, 1, 'second'],
  [3600, 60, 'minute'],
  [86400, 3600, 'hour'],
  [86400 * 14, 86400, 'day'],
  [86400 * 60, 86400 * 7, 'week'],
  [86400 * 365 * 2, 86400 * 30, 'month'],
  [Infinity, 86400 * 365, 'year'],
];

/** "3 minutes ago", "Less than a second ago", "2 years ago" (like the CLI's go-units HumanDuration). */
export function humanAge(unixSeconds: number, nowMs: number = Date.now()): string {
  if (!Number.isFinite(unixSeconds) || unixSeconds <= 0) return 'unknown time';
  const seconds = Math.max(0, Math.round(nowMs / 1000 - unixSeconds));
  if (seconds < 1) return 'Less than a second ago';
  if (seconds < 60 && seconds === 1) return '1 second ago';
  for (const [limit, unitSeconds, unit] of timeSteps) {
    if (seconds < limit) {
      const n = Math.max(1, Math.floor(seconds / unitSeconds));
      return n === 1 ? (unit === 'hour' ? 'About an hour ago' : `1 ${unit} ago`) : `${n} ${unit}s ago`;
    }
  }
  return `${seconds} seconds ago`;
}

/** ISO date string (as the engine returns for volumes/networks) to unix seconds; 0 when unparsable. */
export function isoToUnix(iso: string | undefined): number {
  if (!iso) return 0;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
}

/** 12-hex short id, without the sha256: prefix. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** Local date-time for tooltips, e.g. 2026-11-23 10:50:16. */
export function absoluteTime(unixSeconds: number): string {
  if (!unixSeconds) return 'unknown';
  const d = new Date(unixSeconds * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** Escape text for inclusion in a Markdown tooltip (engine data may contain `*`, `_`, `[`, `<`...). */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

/** Inline code span that survives backticks in the content. */
export function mdCode(text: string): string {
  const ticks = text.includes('`') ? '`` ' : '`';
  const close = ticks === '`' ? '`' : ' ``';
  return `${ticks}${text}${close}`;
}

/**
 * Natural order, case-insensitive first ("web-2" before "web-10", "alpha" before "Beta"). Hand-written: an
 * Intl.Collator was the largest cost of building a 2,000-image tree.
 */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ea = i;
      while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
      let eb = j;
      while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
      let sa = i;
      while (sa < ea - 1 && a.charCodeAt(sa) === 48) sa++;
      let sb = j;
      while (sb < eb - 1 && b.charCodeAt(sb) === 48) sb++;
      if (ea - sa !== eb - sb) return ea - sa - (eb - sb);
      for (let k = 0; k < ea - sa; k++) {
        const d = a.charCodeAt(sa + k) - b.charCodeAt(sb + k);
        if (d !== 0) return d;
      }
      i = ea;
      j = eb;
      continue;
    }
    if (ca !== cb) {
      const la = lower(ca);
      const lb = lower(cb);
      if (la !== lb) return la - lb;
    }
    i++;
    j++;
  }
  if (a.length - i !== b.length - j) return a.length - i - (b.length - j);
  return a < b ? -1 : a > b ? 1 : 0;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
