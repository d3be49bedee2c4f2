// The swarm model: one snapshot of nodes, services (with running/desired counts), tasks, secrets and configs,
// reloaded part by part when the engine's event stream says something changed. No timer runs while the cluster is
// settled; the engine sends no event when a task changes state, so while some service has fewer tasks running
// than desired (a deploy, a scale, a node lost) the model re-reads services and tasks every `settlePollMs` until
// the counts agree, then stops.
import { Emitter } from '../emitter';
import type { SwarmReads } from '../engine/swarm';
import type { EngineEvent } from '../engine/types';
import { toNode, toSecret, toService, toTask, STACK_LABEL } from './records';
import type { SwarmNode, SwarmSecret, SwarmService, SwarmTask } from './records';

export type SwarmPart = 'nodes' | 'services' | 'tasks' | 'secrets' | 'configs';
const ALL: SwarmPart[] = ['nodes', 'services', 'tasks', 'secrets', 'configs'];

export interface SwarmSnapshot {
  nodes: SwarmNode[];
  services: SwarmService[];
  tasks: SwarmTask[];
  secrets: SwarmSecret[];
  configs: SwarmSecret[];
}

export interface StackGroup {
  /** '' for services created outside any stack */
  name: string;
  services: SwarmService[];
}

export interface SwarmModelOptions {
  debounceMs?: number;
  settlePollMs?: number;
}

/** Which parts an engine event touches ([] for events that say nothing about the swarm). */
export function partsFor(e: EngineEvent): SwarmPart[] {
  switch (e.type) {
    case 'service':
      return ['services', 'tasks'];
    case 'node':
      return ['nodes', 'tasks', 'services'];
    case 'secret':
      return ['secrets'];
    case 'config':
      return ['configs'];
    case 'container':
      // a task's container on this node started or died
      return e.attributes['com.docker.swarm.service.id'] ? ['services', 'tasks'] : [];
    default:
      return [];
  }
}

export class SwarmModel {
  snapshot: SwarmSnapshot = { nodes: [], services: [], tasks: [], secrets: [], configs: [] };
  private readonly changed = new Emitter<[SwarmSnapshot, SwarmPart[]]>();
  private readonly failed = new Emitter<[Error]>();
  readonly onChange = this.changed.on;
  readonly onError = this.failed.on;
  private pending = new Set<SwarmPart>();
  private timer?: ReturnType<typeof setTimeout>;
  private dueAt = 0;
  private loading?: Promise<void>;
  private disposed = false;

  constructor(
    private readonly reads: SwarmReads,
    private readonly options: SwarmModelOptions = {},
  ) {}

  /** Load now: everything (first show, retry), or the parts a view shows. */
  load(parts: SwarmPart[] = ALL): Promise<void> {
    return this.reload(parts);
  }

  /** Feed every engine event here; swarm ones schedule a reload of the parts they touch. */
  handleEvent(e: EngineEvent): void {
    const parts = partsFor(e);
    if (parts.length) this.schedule(parts, this.options.debounceMs ?? 50);
  }

  stacks(): StackGroup[] {
    const by = new Map<string, SwarmService[]>();
    for (const s of this.snapshot.services) {
      const k = s.labels[STACK_LABEL] ?? '';
      by.set(k, [...(by.get(k) ?? []), s]);
    }
    return [...by]
      .map(([name, services]) => ({ name, services: services.sort((a, b) => a.name.localeCompare(b.name)) }))
      .sort((a, b) => (a.name === '' ? 1 : b.name === '' ? -1 : a.name.localeCompare(b.name)));
  }

  tasksOf(serviceId: string): SwarmTask[] {
    return this.snapshot.tasks
      .filter((t) => t.serviceId === serviceId)
      .sort((a, b) => a.slot - b.slot || b.updatedAt.localeCompare(a.updatedAt));
  }

  /**
   * Some service has fewer (or more) tasks running than desired, is mid-update, or still has a task meant to run on
   * a node that is down (the engine's counts can lag the task list, so both are checked).
   */
  unsettled(): boolean {
    const { services, tasks, nodes } = this.snapshot;
    const down = new Set(nodes.filter((n) => n.state !== 'ready').map((n) => n.id));
    const live = new Map<string, number>();
    for (const t of tasks) {
      if (t.desiredState !== 'running') continue;
      if (down.has(t.nodeId)) return true;
      if (t.state === 'running') live.set(t.serviceId, (live.get(t.serviceId) ?? 0) + 1);
    }
    return services.some(
      (s) =>
        s.running !== s.desired ||
        (s.mode === 'replicated' && (live.get(s.id) ?? 0) !== s.desired) ||
        /^(updating|rollback_started)$/.test(s.updateState),
    );
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.changed.dispose();
    this.failed.dispose();
  }

  private schedule(parts: SwarmPart[], delay: number): void {
    for (const p of parts) this.pending.add(p);
    if (this.disposed) return;
    // an event must not wait behind a slower settle poll already scheduled
    if (this.timer && Date.now() + delay >= this.dueAt) return;
    clearTimeout(this.timer);
    this.dueAt = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const next = [...this.pending];
      this.pending.clear();
      void this.reload(next);
    }, delay);
  }

  private async reload(parts: SwarmPart[]): Promise<void> {
    // one load at a time; parts asked for meanwhile are loaded right after
    while (this.loading) await this.loading;
    if (this.disposed) return;
    this.loading = this.fetch(parts).finally(() => (this.loading = undefined));
    await this.loading;
  }

  private async fetch(parts: SwarmPart[]): Promise<void> {
    const want = new Set(parts);
    const r = this.reads;
    try {
      const [nodes, services, tasks, secrets, configs] = await Promise.all([
        want.has('nodes') ? r.nodes() : undefined,
        want.has('services') ? r.services() : undefined,
        want.has('tasks') ? r.tasks() : undefined,
        want.has('secrets') ? r.secrets() : undefined,
        want.has('configs') ? r.configs() : undefined,
      ]);
      if (this.disposed) return;
      const s = { ...this.snapshot };
      if (nodes) s.nodes = nodes.map(toNode).sort((a, b) => a.hostname.localeCompare(b.hostname));
      if (services) s.services = services.map(toService).sort((a, b) => a.name.localeCompare(b.name));
      if (tasks) s.tasks = tasks.map(toTask);
      if (secrets) s.secrets = secrets.map((x) => toSecret(x, 'secret')).sort((a, b) => a.name.localeCompare(b.name));
      if (configs) s.configs = configs.map((x) => toSecret(x, 'config')).sort((a, b) => a.name.localeCompare(b.name));
      this.snapshot = s;
      this.changed.fire(s, parts);
    } catch (err) {
      if (!this.disposed) this.failed.fire(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    if (this.unsettled()) this.schedule(['services', 'tasks'], this.options.settlePollMs ?? 1000);
  }
}
