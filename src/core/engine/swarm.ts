// Swarm mode through the Engine API: reads of nodes, services, tasks, secrets and configs (the engine's JSON, mapped
// to records in src/core/swarm/), and the service, node and swarm verbs. Every write reads the object's current
// version first and sends it back, as the API requires; a concurrent change fails as a conflict saying so.
import { dockerOf, readOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import type { Engine } from './engine';
import { EngineError } from './errors';

/** The engine's JSON for a swarm object (only the parts src/core/swarm reads are typed there). */
export type RawSwarmObject = Record<string, unknown>;

export interface SwarmReads {
  nodes(): Promise<RawSwarmObject[]>;
  /** services with their ServiceStatus (running/desired task counts) */
  services(filters?: Record<string, string[]>): Promise<RawSwarmObject[]>;
  tasks(filters?: Record<string, string[]>): Promise<RawSwarmObject[]>;
  secrets(): Promise<RawSwarmObject[]>;
  configs(): Promise<RawSwarmObject[]>;
  /** the engine's swarm state: whether it is a manager, its node id, the cluster id */
  state(): Promise<{ localState: string; controlAvailable: boolean; nodeId: string; clusterId: string }>;
}

/** Reads are plain GETs (node:http, as the explorer's lists), not dockerode: the Services view's refresh is one. */
export function swarmReads(engine: Engine): SwarmReads {
  const get = (): (<T>(path: string, query?: Record<string, unknown>) => Promise<T>) => readOf(engine);
  const read = async (what: string, path: string, query?: Record<string, unknown>): Promise<RawSwarmObject[]> => {
    try {
      const r = await get()<unknown>(path, query);
      return Array.isArray(r) ? (r as RawSwarmObject[]) : [];
    } catch (err) {
      throw toActionError(err, what);
    }
  };
  return {
    nodes: () => read('List swarm nodes', '/nodes'),
    services: (filters) => read('List services', '/services', { status: true, filters }),
    tasks: (filters) => read('List tasks', '/tasks', { filters }),
    secrets: () => read('List secrets', '/secrets'),
    configs: () => read('List configs', '/configs'),
    state: async () => {
      try {
        const info = await get()<{ Swarm?: Record<string, unknown> }>('/info');
        const s = info.Swarm ?? {};
        return {
          localState: String(s.LocalNodeState ?? 'inactive'),
          controlAvailable: s.ControlAvailable === true,
          nodeId: String(s.NodeID ?? ''),
          clusterId: String((s.Cluster as { ID?: string } | undefined)?.ID ?? ''),
        };
      } catch (err) {
        throw toActionError(err, 'Read the swarm state');
      }
    },
  };
}

interface Versioned {
  Version?: { Index?: number };
  Spec?: Record<string, unknown>;
  PreviousSpec?: Record<string, unknown>;
}

/** Read a service, let `change` edit a copy of its spec, and send it back at the version read. */
async function updateService(
  engine: Engine,
  id: string,
  what: string,
  change: (spec: Record<string, unknown>) => void,
  query: Record<string, unknown> = {},
): Promise<void> {
  try {
    const svc = dockerOf(engine).getService(id);
    const current = (await svc.inspect()) as Versioned;
    const spec = structuredClone(current.Spec ?? {});
    change(spec);
    await svc.update({ ...query, version: current.Version?.Index ?? 0, ...spec } as never);
  } catch (err) {
    const e = toActionError(err, what);
    if (/update out of sequence/.test(e.message))
      e.message = `${what} failed: the service changed meanwhile. Refresh and try again.`;
    throw e;
  }
}

const task = (spec: Record<string, unknown>) => (spec.TaskTemplate ??= {}) as Record<string, unknown>;

export const serviceActions = {
  /** Set a replicated service's replica count. */
  scale(engine: Engine, id: string, replicas: number): Promise<void> {
    if (!Number.isInteger(replicas) || replicas < 0)
      return Promise.reject(new EngineError('unknown', `Scale failed: ${replicas} is not a whole number ≥ 0.`));
    return updateService(engine, id, `Scale ${id} to ${replicas}`, (spec) => {
      const mode = spec.Mode as { Replicated?: { Replicas?: number } } | undefined;
      if (!mode?.Replicated)
        throw new EngineError('unknown', `Scale ${id} failed: it is a global service (one task per node).`);
      mode.Replicated.Replicas = replicas;
    });
  },

  /** A rolling update to `image`, optionally with the update config's parallelism, delay (ns) and failure action. */
  updateImage(
    engine: Engine,
    id: string,
    image: string,
    update?: { parallelism?: number; delayNs?: number; failureAction?: 'pause' | 'continue' | 'rollback' },
  ): Promise<void> {
    return updateService(engine, id, `Update ${id} to ${image}`, (spec) => {
      const cs = (task(spec).ContainerSpec ??= {}) as Record<string, unknown>;
      cs.Image = image;
      if (update) {
        const uc = (spec.UpdateConfig ??= {}) as Record<string, unknown>;
        if (update.parallelism !== undefined) uc.Parallelism = update.parallelism;
        if (update.delayNs !== undefined) uc.Delay = update.delayNs;
        if (update.failureAction) uc.FailureAction = update.failureAction;
      }
    });
  },

  /** Back to the spec before the last update (the engine keeps it as PreviousSpec). */
  rollback(engine: Engine, id: string): Promise<void> {
    return updateService(engine, id, `Roll back ${id}`, () => undefined, { rollback: 'previous' });
  },

  /** Replace every task even though the spec is unchanged (`docker service update --force`). */
  forceRedeploy(engine: Engine, id: string): Promise<void> {
    return updateService(engine, id, `Redeploy ${id}`, (spec) => {
      const t = task(spec);
      t.ForceUpdate = (Number(t.ForceUpdate) || 0) + 1;
    });
  },

  async remove(engine: Engine, id: string): Promise<void> {
    try {
      await dockerOf(engine).getService(id).remove();
    } catch (err) {
      throw toActionError(err, `Remove service ${id}`);
    }
  },
};

async function updateNode(engine: Engine, id: string, what: string, change: (spec: Record<string, unknown>) => void) {
  try {
    const node = dockerOf(engine).getNode(id);
    const current = (await node.inspect()) as Versioned;
    const spec = structuredClone(current.Spec ?? {});
    change(spec);
    await node.update({ version: current.Version?.Index ?? 0, ...spec } as never);
  } catch (err) {
    throw toActionError(err, what);
  }
}

export const nodeActions = {
  promote: (engine: Engine, id: string) => updateNode(engine, id, `Promote ${id}`, (s) => (s.Role = 'manager')),
  demote: (engine: Engine, id: string) => updateNode(engine, id, `Demote ${id}`, (s) => (s.Role = 'worker')),
  drain: (engine: Engine, id: string) => updateNode(engine, id, `Drain ${id}`, (s) => (s.Availability = 'drain')),
  activate: (engine: Engine, id: string) =>
    updateNode(engine, id, `Activate ${id}`, (s) => (s.Availability = 'active')),
  async remove(engine: Engine, id: string, force = false): Promise<void> {
    try {
      await dockerOf(engine)
        .getNode(id)
        .remove({ force } as never);
    } catch (err) {
      const e = toActionError(err, `Remove node ${id}`);
      if (/is not down|must be demoted/.test(e.message))
        e.message = `${e.message}. Demote it, or let it leave the swarm (or stop it) first; force removes it anyway.`;
      throw e;
    }
  },
};

export const swarmActions = {
  /** Make this engine a one-node swarm manager; returns the node id. */
  async init(engine: Engine, o: { advertiseAddr?: string; listenAddr?: string } = {}): Promise<string> {
    try {
      const r = await dockerOf(engine).swarmInit({
        ListenAddr: o.listenAddr ?? '0.0.0.0:2377',
        AdvertiseAddr: o.advertiseAddr ?? '',
        ForceNewCluster: false,
      });
      return String(r);
    } catch (err) {
      throw toActionError(err, 'Swarm init');
    }
  },
  async joinTokens(engine: Engine): Promise<{ worker: string; manager: string }> {
    try {
      const s = (await dockerOf(engine).swarmInspect()) as { JoinTokens?: { Worker?: string; Manager?: string } };
      return { worker: s.JoinTokens?.Worker ?? '', manager: s.JoinTokens?.Manager ?? '' };
    } catch (err) {
      throw toActionError(err, 'Read the join tokens');
    }
  },
  async join(engine: Engine, o: { token: string; remoteAddrs: string[]; advertiseAddr?: string }): Promise<void> {
    try {
      await dockerOf(engine).swarmJoin({
        ListenAddr: '0.0.0.0:2377',
        AdvertiseAddr: o.advertiseAddr ?? '',
        RemoteAddrs: o.remoteAddrs,
        JoinToken: o.token,
      });
    } catch (err) {
      throw toActionError(err, 'Swarm join');
    }
  },
  async leave(engine: Engine, force = false): Promise<void> {
    try {
      await dockerOf(engine).swarmLeave({ force });
    } catch (err) {
      throw toActionError(err, 'Swarm leave');
    }
  },
};

export const secretActions = {
  async create(
    engine: Engine,
    kind: 'secret' | 'config',
    name: string,
    data: Buffer,
    labels: Record<string, string> = {},
  ): Promise<string> {
    const body = { Name: name, Labels: labels, Data: data.toString('base64') };
    try {
      const d = dockerOf(engine);
      const r = (await (kind === 'secret' ? d.createSecret(body) : d.createConfig(body))) as { id?: string };
      return String(r.id ?? '');
    } catch (err) {
      throw toActionError(err, `Create ${kind} ${name}`);
    }
  },
  async remove(engine: Engine, kind: 'secret' | 'config', id: string): Promise<void> {
    try {
      const d = dockerOf(engine);
      await (kind === 'secret' ? d.getSecret(id) : d.getConfig(id)).remove();
    } catch (err) {
      const e = toActionError(err, `Remove ${kind} ${id}`);
      if (/in use by/.test(e.message)) e.message = `${e.message}. Remove the services using it first.`;
      throw e;
    }
  },
};
