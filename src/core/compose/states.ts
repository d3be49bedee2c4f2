// Live state of each compose service from the engine's containers: the text of the code lens above the service.
import type { ContainerSummary } from '../engine/types';

export type ServiceStateKind = 'running' | 'partial' | 'restarting' | 'paused' | 'created' | 'exited' | 'notCreated';

export interface ServiceState {
  service: string;
  kind: ServiceStateKind;
  /** "running 1/1 · healthy · 8080→80", "exited (1)", "not created" */
  label: string;
  containers: ContainerSummary[];
}

/** Containers of one compose project (label com.docker.compose.project), one-off `run` containers left out. */
export function projectContainers(all: ContainerSummary[], project: string): ContainerSummary[] {
  return all.filter(
    (c) =>
      (c.composeProject ?? c.labels['com.docker.compose.project']) === project &&
      c.labels['com.docker.compose.oneoff'] !== 'True',
  );
}

export function serviceStates(project: string, services: string[], all: ContainerSummary[]): Map<string, ServiceState> {
  const mine = projectContainers(all, project);
  const out = new Map<string, ServiceState>();
  for (const service of services) {
    const cs = mine.filter((c) => (c.composeService ?? c.labels['com.docker.compose.service']) === service);
    out.set(service, stateOf(service, cs));
  }
  return out;
}

export function stateOf(service: string, cs: ContainerSummary[]): ServiceState {
  if (cs.length === 0) return { service, kind: 'notCreated', label: 'not created', containers: cs };
  const running = cs.filter((c) => c.state === 'running');
  const parts: string[] = [];
  let kind: ServiceStateKind;
  if (running.length > 0) {
    kind = running.length === cs.length ? 'running' : 'partial';
    parts.push(`running ${running.length}/${cs.length}`);
    const health = summariseHealth(running);
    if (health) parts.push(health);
    const ports = portsText(running);
    if (ports) parts.push(ports);
  } else if (cs.some((c) => c.state === 'restarting')) {
    kind = 'restarting';
    parts.push(`restarting${exitCodes(cs)}`);
  } else if (cs.some((c) => c.state === 'paused')) {
    kind = 'paused';
    parts.push('paused');
  } else if (cs.every((c) => c.state === 'created')) {
    kind = 'created';
    parts.push('created');
  } else {
    kind = 'exited';
    parts.push(`exited${exitCodes(cs)}`);
  }
  return { service, kind, label: parts.join(' · '), containers: cs };
}

function summariseHealth(cs: ContainerSummary[]): string | undefined {
  const hs = cs.map((c) => c.health).filter((h): h is NonNullable<typeof h> => !!h);
  if (hs.length === 0) return undefined;
  if (hs.includes('unhealthy')) return 'unhealthy';
  if (hs.includes('starting')) return 'starting';
  return 'healthy';
}

function portsText(cs: ContainerSummary[]): string | undefined {
  const seen = new Set<string>();
  for (const c of cs)
    for (const p of c.ports) {
      if (!p.publicPort) continue;
      seen.add(`${p.publicPort}→${p.privatePort}${p.type && p.type !== 'tcp' ? `/${p.type}` : ''}`);
    }
  return seen.size ? [...seen].sort((a, b) => parseInt(a) - parseInt(b)).join(', ') : undefined;
}

/** " (1)" / " (0, 137)" from "Exited (1) 3 minutes ago". */
function exitCodes(cs: ContainerSummary[]): string {
  const codes = [...new Set(cs.map((c) => /\((\d+)\)/.exec(c.status)?.[1]).filter((x): x is string => !!x))];
  return codes.length ? ` (${codes.join(', ')})` : '';
}
