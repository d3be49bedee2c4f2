// The swarm's write verbs as one interface, in the shape of EngineActions (engineActions.ts): callers outside
// src/core/engine get one from `swarmActionsFor(engine)` and never see dockerode. Reads are `swarmReads(engine)`.
import type { LogChunk, LogOptions } from './actionsTypes';
import type { Engine } from './engine';
import { serviceLogs } from './swarmLogs';
import { nodeActions, secretActions, serviceActions, swarmActions } from './swarm';

export interface SwarmActions {
  // services
  scaleService(id: string, replicas: number): Promise<void>;
  /** rolling update to `image`; `delayNs` between batches of `parallelism` tasks */
  updateServiceImage(
    id: string,
    image: string,
    update?: { parallelism?: number; delayNs?: number; failureAction?: 'pause' | 'continue' | 'rollback' },
  ): Promise<void>;
  rollbackService(id: string): Promise<void>;
  redeployService(id: string): Promise<void>;
  removeService(id: string): Promise<void>;
  /** every task's lines, each starting with the task's labels (src/core/swarm/logPrefix.ts names them) */
  serviceLogs(id: string, opts?: LogOptions): AsyncIterable<LogChunk>;
  // nodes
  promoteNode(id: string): Promise<void>;
  demoteNode(id: string): Promise<void>;
  drainNode(id: string): Promise<void>;
  activateNode(id: string): Promise<void>;
  removeNode(id: string, force?: boolean): Promise<void>;
  // the swarm itself
  initSwarm(o?: { advertiseAddr?: string; listenAddr?: string }): Promise<string>;
  joinTokens(): Promise<{ worker: string; manager: string }>;
  joinSwarm(o: { token: string; remoteAddrs: string[]; advertiseAddr?: string }): Promise<void>;
  leaveSwarm(force?: boolean): Promise<void>;
  // secrets and configs: created from bytes, never read back
  createSecret(kind: 'secret' | 'config', name: string, data: Buffer, labels?: Record<string, string>): Promise<string>;
  removeSecret(kind: 'secret' | 'config', id: string): Promise<void>;
}

function bind(engine: Engine): SwarmActions {
  return {
    scaleService: (id, n) => serviceActions.scale(engine, id, n),
    updateServiceImage: (id, image, update) => serviceActions.updateImage(engine, id, image, update),
    rollbackService: (id) => serviceActions.rollback(engine, id),
    redeployService: (id) => serviceActions.forceRedeploy(engine, id),
    removeService: (id) => serviceActions.remove(engine, id),
    serviceLogs: (id, opts) => serviceLogs(engine, id, opts),
    promoteNode: (id) => nodeActions.promote(engine, id),
    demoteNode: (id) => nodeActions.demote(engine, id),
    drainNode: (id) => nodeActions.drain(engine, id),
    activateNode: (id) => nodeActions.activate(engine, id),
    removeNode: (id, force) => nodeActions.remove(engine, id, force),
    initSwarm: (o) => swarmActions.init(engine, o),
    joinTokens: () => swarmActions.joinTokens(engine),
    joinSwarm: (o) => swarmActions.join(engine, o),
    leaveSwarm: (force) => swarmActions.leave(engine, force),
    createSecret: (kind, name, data, labels) => secretActions.create(engine, kind, name, data, labels),
    removeSecret: (kind, id) => secretActions.remove(engine, kind, id),
  };
}

const cache = new WeakMap<Engine, SwarmActions>();

/** The swarm verbs of `engine`. */
export function swarmActionsFor(engine: Engine): SwarmActions {
  let actions = cache.get(engine);
  if (!actions) cache.set(engine, (actions = bind(engine)));
  return actions;
}
