// Aggregates per-layer pull/push progress into one fraction and a short message for a notification.
import type { ProgressEvent } from '../engine/actionsTypes';
import { formatSize } from './statsFormat';

interface Layer {
  /** 0..1, never goes back */
  fraction: number;
  downloaded: number;
  size: number;
}

const finished = /^(Pull complete|Already exists|Pushed|Layer already exists|Mounted from)/;
// a pull downloads then extracts each layer: downloading is most of the wait
const downloadShare = 0.8;

export class PullProgress {
  private layers = new Map<string, Layer>();
  lastStatus = '';

  update(ev: ProgressEvent): void {
    if (!ev.id || !/^[0-9a-f]{12,}$/.test(ev.id)) {
      if (ev.status) this.lastStatus = ev.id ? `${ev.id}: ${ev.status}` : ev.status;
      return;
    }
    const l = this.layers.get(ev.id) ?? { fraction: 0, downloaded: 0, size: 0 };
    const part = ev.total && ev.current !== undefined ? Math.min(ev.current / ev.total, 1) : 0;
    let f = l.fraction;
    if (finished.test(ev.status)) f = 1;
    else if (ev.status === 'Downloading' || ev.status === 'Pushing') {
      f = (ev.status === 'Pushing' ? 1 : downloadShare) * part;
      if (ev.total) l.size = ev.total;
      if (ev.current !== undefined) l.downloaded = ev.current;
    } else if (ev.status === 'Download complete' || ev.status === 'Verifying Checksum') {
      f = downloadShare;
      l.downloaded = l.size;
    } else if (ev.status === 'Extracting') f = downloadShare + (1 - downloadShare) * part;
    l.fraction = Math.max(l.fraction, f);
    if (l.fraction === 1) l.downloaded = l.size;
    this.layers.set(ev.id, l);
  }

  /** 0..1 over all layers seen so far. */
  get fraction(): number {
    const layers = [...this.layers.values()];
    return layers.length ? layers.reduce((n, l) => n + l.fraction, 0) / layers.length : 0;
  }

  get message(): string {
    const layers = [...this.layers.values()];
    if (!layers.length) return this.lastStatus;
    const done = layers.filter((l) => l.fraction === 1).length;
    const cur = layers.reduce((n, l) => n + l.downloaded, 0);
    const total = layers.reduce((n, l) => n + l.size, 0);
    return `${done}/${layers.length} layers${total ? ` · ${formatSize(cur)} of ${formatSize(total)}` : ''}`;
  }
}
