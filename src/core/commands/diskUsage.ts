// `docker system df` from the engine's disk usage record.
import type { DiskUsage } from '../engine/types';
import { formatSize } from './statsFormat';

export interface DiskUsageRow {
  type: 'Images' | 'Containers' | 'Local Volumes' | 'Build Cache';
  total: number;
  active: number;
  size: number;
  reclaimable: number;
}

export function diskUsageRows(du: DiskUsage): DiskUsageRow[] {
  const imagesActive = du.images.filter((i) => i.containers > 0);
  const imagesSize = du.layersSize || du.images.reduce((n, i) => n + i.size - Math.max(i.sharedSize, 0), 0);
  const imagesReclaim = imagesSize - imagesActive.reduce((n, i) => n + i.size - Math.max(i.sharedSize, 0), 0);
  const running = du.containers.filter((c) => c.state === 'running');
  const volActive = du.volumes.filter((v) => v.refCount > 0);
  const volSize = du.volumes.reduce((n, v) => n + Math.max(v.size, 0), 0);
  const cacheSize = du.buildCache.filter((b) => !b.shared).reduce((n, b) => n + b.size, 0);
  return [
    {
      type: 'Images',
      total: du.images.length,
      active: imagesActive.length,
      size: imagesSize,
      reclaimable: Math.max(imagesReclaim, 0),
    },
    {
      type: 'Containers',
      total: du.containers.length,
      active: running.length,
      size: du.containers.reduce((n, c) => n + c.sizeRw, 0),
      reclaimable: du.containers.filter((c) => c.state !== 'running').reduce((n, c) => n + c.sizeRw, 0),
    },
    {
      type: 'Local Volumes',
      total: du.volumes.length,
      active: volActive.length,
      size: volSize,
      reclaimable: du.volumes.filter((v) => v.refCount === 0).reduce((n, v) => n + Math.max(v.size, 0), 0),
    },
    {
      type: 'Build Cache',
      total: du.buildCache.length,
      active: du.buildCache.filter((b) => b.inUse).length,
      size: cacheSize,
      reclaimable: du.buildCache.filter((b) => !b.inUse && !b.shared).reduce((n, b) => n + b.size, 0),
    },
  ];
}

/** The table as text, aligned like the CLI's. */
export function diskUsageTable(rows: DiskUsageRow[]): string {
  const header = ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'];
  const body = rows.map((r) => [
    r.type,
    String(r.total),
    String(r.active),
    formatSize(r.size),
    `${formatSize(r.reclaimable)}${r.size > 0 ? ` (${Math.round((r.reclaimable / r.size) * 100)}%)` : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  return [header, ...body]
    .map((cols) =>
      cols
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}
