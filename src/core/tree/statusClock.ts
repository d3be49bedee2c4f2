// A container's status text kept true as time passes: the engine's "Up 3 minutes" / "Exited (0) 5 seconds ago" is
// read once, anchored to when it was fetched, and told again at any later instant — without asking the engine.

import type { ContainerSummary } from '../engine/types';

/** go-units HumanDuration, as the engine words the durations in a container's status. */
export function humanDuration(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const minutes = Math.floor(s / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(s / 3600 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(Math.floor(s / 3600) / 24 / 365)} years`;
}

const hour = 3600;
/** the least number of seconds the engine words this way (so the text read back is the text it sent) */
const unitSeconds: Record<string, (n: number) => number> = {
  second: (n) => n,
  minute: (n) => n * 60,
  hour: (n) => (n - 0.5) * hour,
  day: (n) => (24 * n - 0.5) * hour,
  week: (n) => (24 * 7 * n - 0.5) * hour,
  month: (n) => (24 * 30 * n - 0.5) * hour,
  year: (n) => 24 * 365 * n * hour,
};

/** Seconds a HumanDuration text stands for at least; undefined when it is not one. */
export function durationSeconds(text: string): number | undefined {
  if (text === 'Less than a second') return 0;
  if (text === 'About a minute') return 60;
  if (text === 'About an hour') return hour;
  const m = /^(\d+) (second|minute|hour|day|week|month|year)s?$/.exec(text);
  const [, count, unit = ''] = m ?? [];
  return unitSeconds[unit]?.(Number(count));
}

// "Up 3 minutes (healthy)", "Up Less than a second (Paused)", "Exited (137) 2 hours ago", "Restarting (1) 5 seconds ago"
const statusPattern = /^(Up |(?:Exited|Restarting) \(-?\d+\) )(.+?)( ago)?( \([^()]*\))?$/;

/**
 * The status text as the engine would word it at `nowMs`, given that it read `status` at `fetchedAtMs`.
 * Texts without a duration ("Created", "Dead", "Removal In Progress") come back as they are.
 */
export function statusAt(status: string, fetchedAtMs: number, nowMs: number): string {
  const m = statusPattern.exec(status);
  if (!m) return status;
  const [, head, duration = '', ago = '', tail = ''] = m;
  const seconds = durationSeconds(duration);
  if (seconds === undefined) return status;
  const later = seconds + Math.max(0, (nowMs - fetchedAtMs) / 1000);
  return `${head}${humanDuration(later)}${ago}${tail}`;
}

/** The status text as true at `nowMs` (default: now), from when it was fetched ("Up 5 minutes", not "Up 2 seconds"). */
export function statusNow(c: Pick<ContainerSummary, 'status' | 'statusAtMs'>, nowMs: number = Date.now()): string {
  return c.statusAtMs === undefined ? c.status : statusAt(c.status, c.statusAtMs, nowMs);
}
