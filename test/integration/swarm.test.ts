// Swarm on a real cluster started by scripts/swarm-cluster.sh (swarmHarness.ts): three private dockerd in their own
// network namespaces (one manager, two workers), or one private dockerd where namespaces are not allowed. The shared
// engine is never switched into swarm mode. The swarm model follows the manager's event stream throughout.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, ResolvedEndpoint } from '../../src/core/engine/index';
import { swarmReads } from '../../src/core/engine/swarm';
import { swarmActionsFor } from '../../src/core/engine/swarmActions';
import { taskNamer, withTaskPrefixes } from '../../src/core/swarm/logPrefix';
import type { SwarmModel } from '../../src/core/swarm/model';
import { deployStack, removeStack, stackProgress, waitForStack } from '../../src/core/swarm/stack';
import { swarmChildren } from '../../src/core/swarm/tree';
import { swarmItemText } from '../../src/core/swarm/treeText';
import { running, script, SwarmHarness } from './swarmHarness';

const STACK = `stvt${process.pid}`;
const SECRET_VALUE = `never-shown-${process.pid}`;
const h = new SwarmHarness(STACK);
const { until, svc, full, cli, multi, manager, scratch } = h;
let ep: ResolvedEndpoint;
let engine: Engine;
let model: SwarmModel;
const facts = () => h.facts;

beforeAll(() => {
  h.up();
  ({ ep, engine, model } = h);
}, 120_000);

afterAll(() => h.down(), 120_000);

describe('swarm on a real cluster (integration)', () => {
  it('init and join: the manager sees every node ready, itself the leader', async () => {
    await model.load();
    const s = await until('all nodes ready', (x) => x.nodes.length > 0 && x.nodes.every((n) => n.state === 'ready'));
    expect(s.nodes).toHaveLength(multi() ? 3 : 1);
    expect(s.nodes.filter((n) => n.leader)).toHaveLength(1);
    expect(s.nodes.filter((n) => n.role === 'worker')).toHaveLength(multi() ? 2 : 0);
    const tokens = await swarmActionsFor(engine).joinTokens();
    expect(tokens.worker).toMatch(/^SWMTKN-1-/);
    expect(tokens.manager).not.toBe(tokens.worker);
    expect((await swarmReads(engine).state()).controlAvailable).toBe(true);
  });

  it('deploys a stack of two services with replicas and a secret, and follows it until it converges', async () => {
    writeFileSync(path.join(scratch, 'token.txt'), SECRET_VALUE);
    const file = path.join(scratch, 'stack.yaml');
    writeFileSync(
      file,
      [
        "version: '3.8'",
        'services:',
        '  web:',
        '    image: stevedore-test/busybox:latest',
        "    command: ['sleep', '3600']",
        '    stop_grace_period: 1s',
        '    secrets: [token]',
        '    deploy:',
        '      replicas: 3',
        '      labels: { stevedore.test: "1" }',
        '      update_config: { parallelism: 1, delay: 1s, monitor: 1s }',
        '      rollback_config: { parallelism: 0, monitor: 1s }',
        '  worker:',
        '    image: stevedore-test/busybox:latest',
        "    command: ['sleep', '3600']",
        '    stop_grace_period: 1s',
        '    deploy:',
        '      replicas: 2',
        '      labels: { stevedore.test: "1" }',
        'secrets:',
        '  token:',
        '    file: ./token.txt',
        '',
      ].join('\n'),
    );
    const seen: string[] = [];
    await deployStack(ep, { name: STACK, files: [file], resolveImage: 'never' });
    const p = await waitForStack(swarmReads(engine), STACK, {
      timeoutMs: 90_000,
      onProgress: (x) => seen.push(x.services.map((s) => `${s.running}/${s.desired}`).join(' ')),
    });
    expect(p.converged).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    const s = await until(
      'both services in the model',
      (x) => svc(x, 'web')?.running === 3 && svc(x, 'worker')?.running === 2,
    );
    const group = model.stacks().find((g) => g.name === STACK);
    expect(group?.services.map((x) => x.name)).toEqual([`${STACK}_web`, `${STACK}_worker`]);
    expect(svc(s, 'web')).toMatchObject({ mode: 'replicated', desired: 3, image: 'stevedore-test/busybox:latest' });
    await until('the secret', (x) => x.secrets.some((z) => z.name === `${STACK}_token` && z.stack === STACK));
    expect(JSON.stringify(model.snapshot)).not.toContain(SECRET_VALUE);
    // the Swarm view's rows, built from the live snapshot
    const ctx = { snapshot: model.snapshot, selfNodeId: (await swarmReads(engine).state()).nodeId };
    const rows = (n?: Parameters<typeof swarmChildren>[1]) =>
      swarmChildren(ctx, n).map((x) => [x, swarmItemText(ctx, x)] as const);
    const stack = rows({ kind: 'swarmSection', section: 'services' }).find(([, t]) => t.label === STACK)!;
    const web = rows(stack[0]).find(([, t]) => t.label === 'web')!;
    expect(web[1].description).toMatch(/^3\/3 · stevedore-test\/busybox:latest/);
    const tasks = rows(web[0]).filter(([, t]) => t.description.startsWith('running'));
    expect(tasks.map(([, t]) => t.label).sort()).toEqual([1, 2, 3].map((i) => `${STACK}_web.${i}`));
    const hosts = new Set(model.snapshot.nodes.map((n) => n.hostname));
    for (const [, t] of tasks) expect(hosts.has(t.description.split(' · ')[1]!)).toBe(true);
    if (multi()) {
      const nodes = new Set(running(model.snapshot, svc(s, 'web')!.id).map((t) => t.nodeId));
      expect(nodes.size).toBeGreaterThan(1); // spread over the cluster
    }
  }, 120_000);

  it('scale: the model shows the new count once the tasks run', async () => {
    await swarmActionsFor(engine).scaleService(`${STACK}_worker`, 4);
    const s = await until('worker 4/4', (x) => svc(x, 'worker')?.desired === 4 && svc(x, 'worker')?.running === 4);
    expect(running(s, svc(s, 'worker')!.id)).toHaveLength(4);
    await expect(swarmActionsFor(engine).scaleService(`${STACK}_worker`, -1)).rejects.toThrow(/whole number/);
  }, 90_000);

  it("service logs: every task's lines, each prefixed with its task and node", async () => {
    const name = `${STACK}_talk`;
    cli(
      manager(),
      'service',
      'create',
      '--detach',
      '--no-resolve-image',
      '--name',
      name,
      '--label',
      `com.docker.stack.namespace=${STACK}`,
      '--label',
      'stevedore.test=1',
      '--replicas',
      '2',
      '--stop-grace-period',
      '1s',
      'stevedore-test/busybox:latest',
      'sh',
      '-c',
      'echo hello; echo "to stderr" >&2; sleep 3600',
    );
    try {
      await until('talk 2/2', (x) => svc(x, 'talk')?.running === 2 && running(x, svc(x, 'talk')!.id).length === 2);
      const id = svc(model.snapshot, 'talk')!.id;
      const namer = taskNamer(() => model.snapshot);
      const hosts = model.snapshot.nodes.map((n) => n.hostname);
      let lines: string[] = [];
      // a task's first line can reach the manager's log broker a moment after the task runs
      for (let i = 0; i < 20 && lines.filter((l) => l.includes('hello')).length < 2; i++) {
        lines = [];
        for await (const c of withTaskPrefixes(swarmActionsFor(engine).serviceLogs(id, { tail: 'all' }), namer))
          lines.push(
            ...c.data
              .toString()
              .trim()
              .split('\n')
              .map((l) => `${c.stream} ${l}`),
          );
        await new Promise((r) => setTimeout(r, 250));
      }
      const hello = lines.filter((l) => l.includes('hello')).sort();
      expect(hello).toHaveLength(2);
      for (const l of hello) {
        const m = /^stdout \[(\S+)\.(\d)@(\S+)\] hello$/.exec(l);
        expect(m, l).not.toBeNull();
        expect(m![1]).toBe(name);
        expect(hosts).toContain(m![3]);
      }
      expect(lines.filter((l) => l.startsWith('stderr [') && l.endsWith('] to stderr'))).toHaveLength(2);
    } finally {
      await swarmActionsFor(engine).removeService(name);
    }
  }, 90_000);

  it("a stack that cannot converge: the wait ends with the failing task's error, or the scheduler's reason", async () => {
    const bad = `${STACK}bad`;
    const file = path.join(scratch, 'bad.yaml');
    const service = (name: string, extra: string[]) => [
      `  ${name}:`,
      '    image: stevedore-test/busybox:latest',
      '    stop_grace_period: 1s',
      ...extra,
    ];
    writeFileSync(
      file,
      [
        "version: '3.8'",
        'services:',
        ...service('crash', [
          "    command: ['sh', '-c', 'exit 3']",
          '    deploy: { restart_policy: { condition: none } }',
        ]),
        ...service('nowhere', [
          "    command: ['sleep', '60']",
          '    deploy: { placement: { constraints: [node.labels.stv-none==1] } }',
        ]),
        '',
      ].join('\n'),
    );
    try {
      const since = new Date(Date.now() - 1000).toISOString();
      await deployStack(ep, { name: bad, files: [file], resolveImage: 'never' });
      await expect(waitForStack(swarmReads(engine), bad, { timeoutMs: 60_000, since })).rejects.toThrow(
        new RegExp(`a task of ${bad}_crash failed: .*non-zero exit \\(3\\)`),
      );
      const p = await stackProgress(swarmReads(engine), bad);
      expect(p.waiting.join()).toMatch(new RegExp(`${bad}_nowhere: no suitable node`));
    } finally {
      await removeStack(ep, bad);
    }
  }, 90_000);

  it('rolling update to another image, then rollback', async () => {
    const hosts = [facts().STV_SWARM_NODE1, facts().STV_SWARM_NODE2, facts().STV_SWARM_NODE3].filter(
      (x): x is string => !!x,
    );
    for (const h of hosts) cli(h, 'tag', 'stevedore-test/busybox:latest', 'stevedore-test/busybox:swarm2');
    await swarmActionsFor(engine).updateServiceImage(`${STACK}_web`, 'stevedore-test/busybox:swarm2', {
      parallelism: 1,
      delayNs: 200e6,
    });
    await until(
      'update completed',
      (x) => svc(x, 'web')?.image === 'stevedore-test/busybox:swarm2' && svc(x, 'web')?.updateState === 'completed',
      90_000,
    );
    const spec = JSON.parse(
      cli(manager(), 'service', 'inspect', `${STACK}_web`, '--format', '{{json .Spec.UpdateConfig}}'),
    );
    expect(spec).toMatchObject({ Parallelism: 1, Delay: 200e6 });
    await swarmActionsFor(engine).rollbackService(`${STACK}_web`);
    const s = await until(
      'rollback completed',
      (x) =>
        svc(x, 'web')?.image === 'stevedore-test/busybox:latest' && svc(x, 'web')?.updateState === 'rollback_completed',
      90_000,
    );
    expect(svc(s, 'web')?.running).toBe(3);
  }, 200_000);

  it('drain a node: its tasks move to the others; activate it again', async (ctx) => {
    if (!multi()) ctx.skip(); // one node: nowhere to move tasks to
    const node3 = model.snapshot.nodes.find((n) => n.hostname === 'stv-node3')!;
    await swarmActionsFor(engine).drainNode(node3.id);
    const s = await until('node3 drained and every service back to full', (x) => {
      const n = x.nodes.find((y) => y.id === node3.id);
      const onNode3 = x.tasks.filter(
        (t) => t.nodeId === node3.id && t.state === 'running' && t.desiredState === 'running',
      );
      return n?.availability === 'drain' && onNode3.length === 0 && full(x);
    });
    expect(s.tasks.some((t) => t.nodeId === node3.id && t.desiredState === 'shutdown')).toBe(true);
    await swarmActionsFor(engine).activateNode(node3.id);
    await until('node3 active', (x) => x.nodes.find((y) => y.id === node3.id)?.availability === 'active');
  }, 90_000);

  it('kill -9 a worker dockerd: the node goes down in the model and its tasks are rescheduled', async (ctx) => {
    if (!multi()) ctx.skip(); // one node: nowhere to move tasks to
    const node2 = model.snapshot.nodes.find((n) => n.hostname === 'stv-node2')!;
    const web = svc(model.snapshot, 'web')!;
    expect(
      running(model.snapshot, web.id).some((t) => t.nodeId === node2.id) ||
        running(model.snapshot, svc(model.snapshot, 'worker')!.id).some((t) => t.nodeId === node2.id),
    ).toBe(true);
    execFileSync('bash', [script, 'kill', '2', h.dir]);
    const s = await until(
      'node2 down and every task elsewhere',
      (x) =>
        x.nodes.find((n) => n.id === node2.id)?.state === 'down' &&
        full(x) &&
        x.tasks.every((t) => !(t.nodeId === node2.id && t.desiredState === 'running')),
      90_000,
    );
    expect(running(s, web.id)).toHaveLength(3);
    expect(running(s, web.id).every((t) => t.nodeId !== node2.id)).toBe(true);
  }, 120_000);

  it('remove the stack: its services and secret go', async () => {
    await removeStack(ep, STACK);
    const s = await until(
      'stack gone',
      (x) => !x.services.some((v) => v.stack === STACK) && !x.secrets.some((z) => z.stack === STACK),
    );
    expect(model.stacks().find((g) => g.name === STACK)).toBeUndefined();
    expect(s.services).toHaveLength(0);
  }, 60_000);
});
