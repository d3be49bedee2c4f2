// Confirmation texts for prune: exactly what goes, grouped, with the space reclaimed.
import type { PruneItem, PruneKind, PrunePreview, PruneResult } from '../engine/actionsTypes';
import { formatSize } from './statsFormat';

export const pruneTitles: Record<PruneKind, string> = {
  containers: 'stopped containers',
  images: 'dangling images',
  imagesAll: 'unused images (all images without a container)',
  volumes: 'unused anonymous volumes',
  volumesAll: 'unused volumes, named ones too',
  networks: 'unused networks',
  buildCache: 'build cache',
  system: 'stopped containers, unused networks, dangling images and build cache',
};

const typeTitles: Record<PruneItem['type'], string> = {
  container: 'Containers',
  image: 'Images',
  volume: 'Volumes',
  network: 'Networks',
  buildCache: 'Build cache',
};

/** A modal's message and detail. `maxListed` keeps the dialog readable; the rest is counted. */
export function prunePreviewText(p: PrunePreview, maxListed = 30): { message: string; detail: string } {
  if (!p.items.length) return { message: `Nothing to prune: there are no ${pruneTitles[p.kind]}.`, detail: '' };
  const message = `Remove ${p.items.length} item${p.items.length === 1 ? '' : 's'} (${pruneTitles[p.kind]}) and reclaim ${formatSize(p.reclaimable)}?`;
  const lines: string[] = [];
  let listed = 0;
  for (const type of Object.keys(typeTitles) as PruneItem['type'][]) {
    const items = p.items.filter((i) => i.type === type);
    if (!items.length) continue;
    lines.push(`${typeTitles[type]} (${items.length}):`);
    for (const i of items) {
      if (listed++ >= maxListed) continue;
      lines.push(`  ${i.label}${i.size ? `  ${formatSize(i.size)}` : ''}`);
    }
  }
  if (listed > maxListed) lines.push(`…and ${listed - maxListed} more (listed in the output channel).`);
  lines.push('', 'Only these items are removed; anything created after this preview is kept.');
  return { message, detail: lines.join('\n') };
}

/** Every previewed item, one per line, for the output channel. */
export function pruneFullList(p: PrunePreview): string {
  return p.items.map((i) => `${i.type}\t${i.label}\t${i.id}${i.size ? `\t${formatSize(i.size)}` : ''}`).join('\n');
}

export function pruneResultText(r: PruneResult): string {
  let text = `Removed ${r.removed.length} item${r.removed.length === 1 ? '' : 's'}, reclaimed ${formatSize(r.reclaimed)}.`;
  const skipped = r.skipped ?? [];
  const [kept] = skipped;
  if (kept) text += ` Kept ${skipped.length} that changed since the preview (e.g. ${kept.item.label}: ${kept.reason}).`;
  const [failed] = r.failed;
  if (!failed) return text;
  return `${text} ${r.failed.length} could not be removed (e.g. ${failed.item.label}: ${failed.message}).`;
}

/** One line per item not removed, for the output channel: what, and why. */
export function pruneKeptLines(r: PruneResult): string[] {
  return [
    ...(r.skipped ?? []).map(
      (s) => `prune: kept ${s.item.type} ${s.item.label} (changed since the preview: ${s.reason})`,
    ),
    ...r.failed.map((f) => `prune: kept ${f.item.type} ${f.item.label} (the engine refused: ${f.message})`),
  ];
}
