// `docker top` as text: a column-aligned table with a heading that says when it was taken.
import type { ProcessTable } from '../engine/filesImages';

export function formatTop(name: string, table: ProcessTable, at: Date): string {
  const rows = [table.titles, ...table.processes];
  const last = table.titles.length - 1;
  const widths = table.titles.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === last ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    `Processes in ${name} at ${at.toISOString().replace('T', ' ').slice(0, 19)} UTC (run "Show Processes" again to refresh)`,
    '',
    ...rows.map(line),
    '',
  ].join('\n');
}
