import { describe, expect, it } from 'vitest';
import { durationSeconds, humanDuration, statusAt } from './statusClock';

const t0 = Date.UTC(2026, 11, 7, 6, 0, 0);
const later = (seconds: number) => t0 + seconds * 1000;

describe('status text kept true as time passes (unit)', () => {
  it('words durations as the engine does (go-units HumanDuration)', () => {
    const cases: [number, string][] = [
      [0.4, 'Less than a second'],
      [1, '1 second'],
      [59, '59 seconds'],
      [60, 'About a minute'],
      [119, 'About a minute'],
      [120, '2 minutes'],
      [3599, '59 minutes'],
      [3600, 'About an hour'],
      [5399, 'About an hour'],
      [5400, '2 hours'],
      [47 * 3600, '47 hours'],
      [48 * 3600, '2 days'],
      [14 * 86400, '2 weeks'],
      [60 * 86400, '2 months'],
      [2 * 365 * 86400, '2 years'],
    ];
    for (const [s, text] of cases) expect(humanDuration(s), String(s)).toBe(text);
  });

  it('reads every wording back to a duration the engine words the same way', () => {
    for (const text of ['Less than a second', '1 second', '42 seconds', 'About a minute', '7 minutes']) {
      expect(humanDuration(durationSeconds(text)!), text).toBe(text);
    }
    for (const text of ['About an hour', '5 hours', '3 days', '5 weeks', '11 months', '3 years']) {
      expect(humanDuration(durationSeconds(text)!), text).toBe(text);
    }
    expect(durationSeconds('a while')).toBeUndefined();
  });

  it('"Up Less than a second" does not stay: it moves on from when it was fetched', () => {
    expect(statusAt('Up Less than a second', t0, t0)).toBe('Up Less than a second');
    expect(statusAt('Up Less than a second', t0, later(30))).toBe('Up 30 seconds');
    expect(statusAt('Up Less than a second', t0, later(5 * 60))).toBe('Up 5 minutes');
    expect(statusAt('Up 3 minutes (healthy)', t0, later(120))).toBe('Up 5 minutes (healthy)');
    expect(statusAt('Up 2 seconds (health: starting)', t0, later(60))).toBe('Up About a minute (health: starting)');
    expect(statusAt('Up About an hour (Paused)', t0, later(3600))).toBe('Up 2 hours (Paused)');
  });

  it('exited and restarting containers: "… ago" grows too', () => {
    expect(statusAt('Exited (0) Less than a second ago', t0, later(45))).toBe('Exited (0) 45 seconds ago');
    expect(statusAt('Exited (137) 2 hours ago', t0, later(86400))).toBe('Exited (137) 26 hours ago');
    expect(statusAt('Restarting (1) 5 seconds ago', t0, later(60))).toBe('Restarting (1) About a minute ago');
  });

  it('texts without a duration, unknown wordings and a clock behind the fetch stay as they are', () => {
    for (const s of ['Created', 'Dead', 'Removal In Progress', '', 'Up sometime', 'Exited (1) a while ago'])
      expect(statusAt(s, t0, later(600)), s).toBe(s);
    expect(statusAt('Up 10 seconds', t0, later(-30))).toBe('Up 10 seconds');
  });
});
