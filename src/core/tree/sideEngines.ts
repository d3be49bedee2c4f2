// Several engines side by side in the Engines view: expanding an engine (a CLI context) lists its containers, images,
// volumes and networks, read-only (commands keep acting on the window's engine). Each expanded engine has its own
// Engine and event stream; a load that does not answer within `timeoutMs` shows why under that engine only, so a slow
// or dead engine never holds up another one.
import { createEngineMonitor } from '../engine/monitor';
import type { Engine, EngineMonitor } from '../engine/engine';
import type { ContainerSummary, Disposable, ImageSummary, NetworkSummary, VolumeSummary } from '../engine/types';
import { humanSize } from './format';
import type { GroupNode, MessageNode, TreeNode } from './nodes';

export interface SideLists {
  containers: ContainerSummary[];
  images: ImageSummary[];
  volumes: VolumeSummary[];
  networks: NetworkSummary[];
}

type Result = { lists: SideLists } | { error: string };

const message = (
  parentId: string,
  id: string,
  label: string,
  description = '',
  icon = 'circle-small',
): MessageNode => ({
  kind: 'message',
  record: { text: label },
  id,
  parentId,
  label,
  description,
  icon: { id: icon },
  contextValue: 'message',
  collapsible: 'none',
});

/** The nodes under engine node `parentId` (pure): four groups, or the reason there are none. */
export function sideEngineNodes(parentId: string, r: Result | undefined): TreeNode[] {
  if (!r) return [message(parentId, `${parentId}/loading`, 'Connecting…', '', 'loading~spin')];
  if ('error' in r)
    return [{ ...message(parentId, `${parentId}/error`, r.error), icon: { id: 'error', color: 'errorForeground' } }];
  const { containers, images, volumes, networks } = r.lists;
  const group = (by: string, label: string, rows: [string, string, string][], icon: string): GroupNode => {
    const id = `${parentId}/${by}`;
    return {
      kind: 'group',
      record: { by: 'engine', value: by },
      id,
      parentId,
      label,
      description: String(rows.length),
      icon: { id: icon },
      contextValue: 'group',
      collapsible: 'collapsed',
      children: rows.map(([key, l, d]) => message(id, `${id}/${key}`, l, d)),
    };
  };
  const byName = <T>(xs: T[], name: (x: T) => string) => [...xs].sort((a, b) => name(a).localeCompare(name(b)));
  return [
    group(
      'containers',
      'Containers',
      byName(containers, (c) => c.name).map((c) => [c.id, c.name, `${c.state} · ${c.image}`]),
      'package',
    ),
    group(
      'images',
      'Images',
      byName(images, (i) => i.repoTags[0] ?? i.id).map((i) => [
        i.id,
        i.repoTags[0] ?? i.id.replace(/^sha256:/, '').slice(0, 12),
        humanSize(i.size),
      ]),
      'file-media',
    ),
    group(
      'volumes',
      'Volumes',
      byName(volumes, (v) => v.name).map((v) => [v.name, v.name, v.driver]),
      'database',
    ),
    group(
      'networks',
      'Networks',
      byName(networks, (n) => n.name).map((n) => [n.id, n.name, n.driver]),
      'type-hierarchy',
    ),
  ];
}

export interface SideEnginesOptions {
  /** the engine of a context, by name */
  engineOf(name: string): Promise<Engine>;
  /** an engine's lists changed (or failed): redraw its node */
  onChange(name: string): void;
  timeoutMs?: number;
  debounceMs?: number;
  monitorOf?: (engine: Engine) => EngineMonitor;
}

const RESOURCE_EVENTS = new Set(['container', 'image', 'volume', 'network']);

interface Side {
  engine?: Engine;
  monitor?: EngineMonitor;
  sub?: Disposable;
  result?: Result;
  timer?: ReturnType<typeof setTimeout>;
  closed: boolean;
}

export class SideEngines {
  private readonly open = new Map<string, Side>();

  constructor(private readonly o: SideEnginesOptions) {}

  /** The nodes under context `name` now; the first call connects and loads, then calls onChange(name). */
  children(name: string, parentId: string): TreeNode[] {
    let side = this.open.get(name);
    if (!side) {
      side = { closed: false };
      this.open.set(name, side);
      void this.connect(name, side);
    }
    return sideEngineNodes(parentId, side.result);
  }

  /** Loads once more, for tests and Refresh; resolves when the lists (or the failure) are in. */
  async reload(name: string): Promise<Result | undefined> {
    const side = this.open.get(name);
    if (side?.engine) await this.load(name, side);
    return side?.result;
  }

  /** Stop following `name` (its node collapsed or went away). */
  close(name: string): void {
    const side = this.open.get(name);
    if (!side) return;
    side.closed = true;
    clearTimeout(side.timer);
    side.sub?.dispose();
    side.monitor?.dispose();
    side.engine?.dispose();
    this.open.delete(name);
  }

  dispose(): void {
    for (const name of [...this.open.keys()]) this.close(name);
  }

  private async connect(name: string, side: Side): Promise<void> {
    try {
      side.engine = await this.o.engineOf(name);
    } catch (e) {
      side.result = { error: e instanceof Error ? e.message : String(e) };
      this.o.onChange(name);
      return;
    }
    if (side.closed) return side.engine.dispose();
    side.monitor = (this.o.monitorOf ?? createEngineMonitor)(side.engine);
    const soon = () => {
      clearTimeout(side.timer);
      side.timer = setTimeout(() => void this.load(name, side), this.o.debounceMs ?? 200);
    };
    const events = side.monitor.onEvent((e) => RESOURCE_EVENTS.has(e.type) && soon());
    // an engine that failed and answers again is listed again
    const health = side.monitor.onHealth(
      (h) => h.state === 'connected' && side.result && 'error' in side.result && soon(),
    );
    side.sub = { dispose: () => (events.dispose(), health.dispose()) };
    await this.load(name, side);
  }

  private async load(name: string, side: Side): Promise<void> {
    const engine = side.engine;
    if (!engine) return;
    const ms = this.o.timeoutMs ?? 5000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name}: no answer within ${ms / 1000} s`)), ms);
    });
    try {
      const [containers, images, volumes, networks] = await Promise.race([
        Promise.all([
          engine.listContainers({ all: true }),
          engine.listImages(),
          engine.listVolumes(),
          engine.listNetworks(),
        ]),
        timeout,
      ]);
      side.result = { lists: { containers, images, volumes, networks } };
    } catch (e) {
      side.result = { error: e instanceof Error ? e.message : String(e) };
    } finally {
      clearTimeout(timer);
    }
    if (!side.closed) this.o.onChange(name);
  }
}
