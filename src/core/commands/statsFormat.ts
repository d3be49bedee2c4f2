// Human figures for stats, disk usage and prune texts.
import type { StatsSample } from '../engine/actionsTypes';

const binaryUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
const decimalUnits = ['B', 'kB', 'MB', 'GB', 'TB'];

/** Binary units (memory, like `docker stats`): 1536 → "1.5KiB". */
export function formatBytes(n: number): string {
  return scale(n, 1024, binaryUnits);
}

/** Decimal units (net/block I/O and sizes, like the docker CLI): 1500 → "1.5kB". */
export function formatSize(n: number): string {
  return scale(n, 1000, decimalUnits);
}

function scale(n: number, base: number, units: string[]): string {
  if (!Number.isFinite(n) || n < 0) return '0B';
  let i = 0;
  while (n >= base && i < units.length - 1) {
    n /= base;
    i++;
  }
  const digits = i === 0 ? 0 : n < 10 ? 2 : n < 100 ? 1 : 0;
  return `${Number(n.toFixed(digits))}${units[i]}`;
}

export function formatPercent(p: number): string {
  return `${(Number.isFinite(p) ? p : 0).toFixed(2)}%`;
}

/** The columns of `docker stats`. */
export function statsColumns(s: StatsSample): {
  cpu: string;
  mem: string;
  memPercent: string;
  net: string;
  block: string;
  pids: string;
} {
  return {
    cpu: formatPercent(s.cpuPercent),
    mem: `${formatBytes(s.memUsage)} / ${formatBytes(s.memLimit)}`,
    memPercent: formatPercent(s.memPercent),
    net: `${formatSize(s.netRx)} / ${formatSize(s.netTx)}`,
    block: `${formatSize(s.blockRead)} / ${formatSize(s.blockWrite)}`,
    pids: String(s.pids),
  };
}

/** Short text for a tree item's description: "CPU 1.23% · 12.5MiB". */
export function statsDescription(s: StatsSample): string {
  return `CPU ${formatPercent(s.cpuPercent)} · ${formatBytes(s.memUsage)}`;
}
