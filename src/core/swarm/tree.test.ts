import { describe, expect, it } from 'vitest';
import type { SwarmSnapshot } from './model';
import { toNode, toSecret, toService, toTask } from './records';
import {
  swarmChildren,
  swarmContextValue,
  swarmContextValues,
  swarmNodeId,
  tasksShown,
  type SwarmTreeContext,
  type SwarmTreeNode,
} from './tree';
import { swarmItemText } from './treeText';

const svc = (id: string, name: string, running: number, desired: number, stack?: string) =>
  toService({
    ID: id,
    Spec: {
      Name: name,
      Labels: stack ? { 'com.docker.stack.namespace': stack } : {},
      Mode: { Replicated: { Replicas: desired } },
      TaskTemplate: { ContainerSpec: { Image: `nginx:1@sha256:${'a'.repeat(64)}` } },
    },
    Endpoint: { Ports: [{ PublishedPort: 8080, TargetPort: 80, Protocol: 'tcp' }] },
    ServiceStatus: { RunningTasks: running, DesiredTasks: desired },
  });
const task = (id: string, serviceId: string, slot: number, state: string, o: Record<string, unknown> = {}) =>
  toTask({
    ID: id,
    ServiceID: serviceId,
    Slot: slot,
    NodeID: 'n1',
    DesiredState: 'running',
    UpdatedAt: `2026-01-01T00:00:0${slot}Z`,
    Status: { State: state, ContainerStatus: { ContainerID: `c${id}` } },
    ...o,
  });

const snapshot: SwarmSnapshot = {
  nodes: [
    toNode({
      ID: 'n1',
      Description: { Hostname: 'mgr', Engine: { EngineVersion: '20.10.24' }, Resources: { NanoCPUs: 2e9 } },
      Spec: { Role: 'manager', Availability: 'active' },
      Status: { State: 'ready', Addr: '10.0.0.1' },
      ManagerStatus: { Leader: true, Reachability: 'reachable' },
    }),
    toNode({
      ID: 'n2',
      Description: { Hostname: 'w1' },
      Spec: { Role: 'worker', Availability: 'drain' },
      Status: { State: 'down', Message: 'heartbeat failure' },
    }),
  ],
  services: [svc('s1', 'web_front', 1, 2, 'web'), svc('s2', 'web_api', 1, 1, 'web'), svc('s3', 'solo', 1, 1)],
  tasks: [
    task('t1', 's1', 1, 'running'),
    task('t2', 's1', 2, 'pending', { Status: { State: 'pending', Err: 'no suitable node (scheduling constraints)' } }),
    task('t3', 's1', 1, 'shutdown', { DesiredState: 'shutdown' }),
    task('t4', 's2', 1, 'running', { NodeID: 'n2' }),
  ],
  secrets: [toSecret({ ID: 'x1', Spec: { Name: 'db_pw' } }, 'secret')],
  configs: [],
};
const ctx: SwarmTreeContext = { snapshot, selfNodeId: 'n1' };
const walk = (n?: SwarmTreeNode): SwarmTreeNode[] => swarmChildren(ctx, n).flatMap((c) => [c, ...walk(c)]);

describe('swarm tree (unit)', () => {
  it('lists sections, stacks before loose services, tasks under services', () => {
    expect(swarmChildren(ctx).map((n) => swarmItemText(ctx, n).label)).toEqual([
      'Nodes',
      'Services',
      'Stacks',
      'Secrets',
      'Configs',
    ]);
    const services = swarmChildren(ctx, { kind: 'swarmSection', section: 'services' });
    expect(services.map((n) => swarmItemText(ctx, n).label)).toEqual(['web', 'solo']);
    const web = swarmChildren(ctx, services[0]);
    expect(web.map((n) => swarmItemText(ctx, n).label)).toEqual(['front', 'api']);
    const tasks = swarmChildren(ctx, web[0]);
    expect(tasks.map((n) => swarmItemText(ctx, n).label)).toEqual(['web_front.1', 'web_front.2', 'web_front.1']);
    expect(swarmItemText(ctx, { kind: 'swarmSection', section: 'configs' }).description).toBe('0');
    expect(swarmChildren(ctx, { kind: 'swarmSection', section: 'configs' })[0]?.kind).toBe('swarmEmpty');
  });

  it('says why a task is not running, on the task, its service and its node', () => {
    const front = { kind: 'swarmService', service: snapshot.services[0]!, under: 'services' } as const;
    const text = swarmItemText(ctx, front);
    expect(text.description).toBe('1/2 · nginx:1 · 8080:80/tcp');
    expect(text.tooltip).toContain('web_front.2 pending: no suitable node (scheduling constraints)');
    expect(text.problem).toBe(true);
    const pending = swarmChildren(ctx, front)[1]!;
    expect(swarmItemText(ctx, pending).description).toBe('pending · mgr · no suitable node (scheduling constraints)');
    const mgr = swarmItemText(ctx, { kind: 'swarmNode', node: snapshot.nodes[0]!, self: true });
    expect(mgr.description).toBe('leader · 20.10.24');
    expect(mgr.tooltip).toContain('no suitable node');
    const w1 = swarmItemText(ctx, { kind: 'swarmNode', node: snapshot.nodes[1]!, self: false });
    expect(w1.description).toBe('worker · drain · down');
    expect(w1.tooltip).toContain('Status: heartbeat failure');
    expect(w1.problem).toBe(true);
  });

  it('never shows a secret value, and gives every node a unique id and a declared context value', () => {
    const all = walk();
    const ids = all.map(swarmNodeId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of all) expect(swarmContextValues).toContain(swarmContextValue(n));
    const secret = all.find((n) => n.kind === 'swarmSecret')!;
    expect(swarmItemText(ctx, secret).tooltip).toContain('never shown');
  });

  it('keeps current tasks by slot and only the newest few past ones', () => {
    const past = [1, 2, 3, 4, 5].map((i) =>
      task(`p${i}`, 's', 1, 'shutdown', { DesiredState: 'shutdown', UpdatedAt: `2026-01-0${i}T00:00:00Z` }),
    );
    const shown = tasksShown([...past, task('b', 's', 2, 'running'), task('a', 's', 1, 'running')]);
    expect(shown.map((t) => t.id)).toEqual(['a', 'b', 'p5', 'p4', 'p3']);
  });
});
