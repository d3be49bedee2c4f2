// Swarm records: the engine's JSON for nodes, services, tasks, secrets and configs mapped to the few fields the views
// show. Secret and config values never enter a record (the engine does not return a secret's data anyway; a
// config's Data is dropped here).

import { labels as labelsOf, num, obj, type Json } from '../engine/jsonFields';

export const STACK_LABEL = 'com.docker.stack.namespace';

export interface SwarmNode {
  id: string;
  hostname: string;
  role: 'manager' | 'worker';
  availability: 'active' | 'pause' | 'drain';
  /** ready, down, unknown, disconnected */
  state: string;
  message: string;
  addr: string;
  engineVersion: string;
  leader: boolean;
  /** manager reachability: reachable, unreachable, unknown ('' for workers) */
  reachability: string;
  cpus: number;
  memoryBytes: number;
  labels: Record<string, string>;
}

export interface SwarmService {
  id: string;
  name: string;
  /** the stack it was deployed with (label com.docker.stack.namespace) */
  stack?: string;
  mode: 'replicated' | 'global' | 'replicated-job' | 'global-job';
  running: number;
  desired: number;
  /** the image as asked for, without the digest the engine pinned */
  image: string;
  /** e.g. "8080:80/tcp", "8080:80/udp (host)" */
  ports: string[];
  /** updating, paused, completed, rollback_started, rollback_paused, rollback_completed; '' when never updated */
  updateState: string;
  updateMessage: string;
  labels: Record<string, string>;
  version: number;
}

export interface SwarmTask {
  id: string;
  serviceId: string;
  /** replica number, or 0 for a global service's task */
  slot: number;
  nodeId: string;
  /** new, pending, assigned, preparing, starting, running, complete, failed, shutdown, rejected, orphaned, remove */
  state: string;
  desiredState: string;
  /** why the task failed or is not running (the scheduler's or the executor's words) */
  error: string;
  message: string;
  containerId: string;
  updatedAt: string;
}

export interface SwarmSecret {
  id: string;
  name: string;
  kind: 'secret' | 'config';
  stack?: string;
  createdAt: string;
  labels: Record<string, string>;
}

// swarm fields are text: a number is not read as one (unlike jsonFields' str)
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function toNode(raw: unknown): SwarmNode {
  const n = obj(raw);
  const spec = obj(n.Spec);
  const desc = obj(n.Description);
  const status = obj(n.Status);
  const mgr = obj(n.ManagerStatus);
  const res = obj(desc.Resources);
  const role = str(spec.Role) === 'manager' ? 'manager' : 'worker';
  const availability = str(spec.Availability);
  return {
    id: str(n.ID),
    hostname: str(obj(desc).Hostname),
    role,
    availability: availability === 'drain' || availability === 'pause' ? availability : 'active',
    state: str(status.State) || 'unknown',
    message: str(status.Message),
    addr: str(status.Addr),
    engineVersion: str(obj(desc.Engine).EngineVersion),
    leader: mgr.Leader === true,
    reachability: str(mgr.Reachability),
    cpus: num(res.NanoCPUs) / 1e9,
    memoryBytes: num(res.MemoryBytes),
    labels: labelsOf(spec.Labels),
  };
}

function modeOf(spec: Json): SwarmService['mode'] {
  const mode = obj(spec.Mode);
  if ('Global' in mode) return 'global';
  if ('ReplicatedJob' in mode) return 'replicated-job';
  if ('GlobalJob' in mode) return 'global-job';
  return 'replicated';
}

function portsOf(svc: Json): string[] {
  const ports = obj(svc.Endpoint).Ports ?? obj(obj(svc.Spec).EndpointSpec).Ports;
  if (!Array.isArray(ports)) return [];
  return ports.map((p) => {
    const o = obj(p);
    const host = str(o.PublishMode) === 'host' ? ' (host)' : '';
    const published = num(o.PublishedPort) ? `${num(o.PublishedPort)}:` : '';
    return `${published}${num(o.TargetPort)}/${str(o.Protocol) || 'tcp'}${host}`;
  });
}

/** `status` counts come from GET /services?status=true; without them, the desired count comes from the spec. */
export function toService(raw: unknown): SwarmService {
  const s = obj(raw);
  const spec = obj(s.Spec);
  const labels = labelsOf(spec.Labels);
  const status = obj(s.ServiceStatus);
  const mode = modeOf(spec);
  const specDesired = mode === 'replicated' ? num(obj(obj(spec.Mode).Replicated).Replicas) : 0;
  const update = obj(s.UpdateStatus);
  return {
    id: str(s.ID),
    name: str(spec.Name),
    stack: labels[STACK_LABEL] || undefined,
    mode,
    running: num(status.RunningTasks),
    desired: 'DesiredTasks' in status ? num(status.DesiredTasks) : specDesired,
    image: str(obj(obj(spec.TaskTemplate).ContainerSpec).Image).replace(/@sha256:[0-9a-f]{64}$/, ''),
    ports: portsOf(s),
    updateState: str(update.State),
    updateMessage: str(update.Message),
    labels,
    version: num(obj(s.Version).Index),
  };
}

export function toTask(raw: unknown): SwarmTask {
  const t = obj(raw);
  const status = obj(t.Status);
  return {
    id: str(t.ID),
    serviceId: str(t.ServiceID),
    slot: num(t.Slot),
    nodeId: str(t.NodeID),
    state: str(status.State) || 'new',
    desiredState: str(t.DesiredState),
    error: str(status.Err),
    message: str(status.Message),
    containerId: str(obj(status.ContainerStatus).ContainerID),
    updatedAt: str(t.UpdatedAt),
  };
}

export function toSecret(raw: unknown, kind: 'secret' | 'config'): SwarmSecret {
  const s = obj(raw);
  const spec = obj(s.Spec);
  const labels = labelsOf(spec.Labels);
  return {
    id: str(s.ID),
    name: str(spec.Name),
    kind,
    stack: labels[STACK_LABEL] || undefined,
    createdAt: str(s.CreatedAt),
    labels,
  };
}

/** Why a task is not running, in the scheduler's or executor's words ('' when it runs or was meant to stop). */
export function taskProblem(t: SwarmTask): string {
  if (t.state === 'running' || t.desiredState !== 'running') return '';
  if (t.error) return t.error;
  if (t.state === 'pending' && t.message) return t.message;
  return '';
}
