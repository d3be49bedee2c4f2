// Swarm on a real cluster started by scripts/swarm-cluster.sh: three private dockerd in their own network namespaces
// (one manager, two workers), or one private dockerd where namespaces are not allowed. The shared engine is never
// switched into swarm mode. The swarm model follows the manager's event stream throughout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type ResolvedEndpoint } from '../../src/core/engine/index';
import { swarmReads } from '../../src/core/engine/swarm';
import { swarmActionsFor } from '../../src/core/engine/swarmActions';
import { SwarmModel, type SwarmSnapshot } from '../../src/core/swarm/model';
import { deployStack, removeStack, waitForStack } from '../../src/core/swarm/stack';

const script = path.resolve(__dirname, '../../scripts/swarm-cluster.sh');
const dir = mkdtempSync(path.join(tmpdir(), 'stv-swarm-'));
const scratch = mkdtempSync(path.join(tmpdir(), 'stv-stack-'));
const STACK = `stvt${process.pid}`;
const SECRET_VALUE = `never-shown-${process.pid}`;
let facts: Record<string, string | undefined> = {};
const manager = () => facts.STV_SWARM_NODE1 ?? '';
let ep: ResolvedEndpoint;
let engine: Engine;
let model: SwarmModel;
const stream = new AbortController();
const multi = () => facts.STV_SWARM_MODE === 'multi';
const cli = (host: string, ...args: string[]) =>
  execFileSync('/usr/bin/docker', ['-H', host, ...args], { encoding: 'utf8' }).trim();

function until(what: string, ok: (s: SwarmSnapshot) => boolean, timeoutMs = 60_000): Promise<SwarmSnapshot> {
  return new Promise((resolve, reject) => {
    if (ok(model.snapshot)) return resolve(model.snapshot);
    const t = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}: ${JSON.stringify(summary(model.snapshot))}`));
    }, timeoutMs);
    const sub = model.onChange((s) => {
      if (!ok(s)) return;
      clearTimeout(t);
      sub.dispose();
      resolve(s);
    });
  });
}

const summary = (s: SwarmSnapshot) => ({
  nodes: s.nodes.map((n) => `${n.hostname} ${n.state} ${n.availability}`),
  services: s.services.map((x) => `${x.name} ${x.running}/${x.desired} ${x.image} ${x.updateState}`),
  tasks: s.tasks
    .filter((t) => t.desiredState === 'running' || t.state === 'running')
    .map((t) => `${t.serviceId.slice(0, 4)}.${t.slot} ${t.nodeId.slice(0, 4)} ${t.state}/${t.desiredState}`),
});
const svc = (s: SwarmSnapshot, name: string) => s.services.find((x) => x.name === `${STACK}_${name}`);
const running = (s: SwarmSnapshot, serviceId: string) =>
  s.tasks.filter((t) => t.serviceId === serviceId && t.state === 'running' && t.desiredState === 'running');
/** every service of the stack has as many tasks running (by the task list, not the counts) as it wants */
const full = (s: SwarmSnapshot) =>
  s.services.filter((v) => v.stack === STACK).every((v) => v.desired > 0 && running(s, v.id).length === v.desired);

beforeAll(() => {
  const out = execFileSync('bash', [script, 'up', dir], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  facts = Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((l) => l.split('=', 2) as [string, string]),
  );
  console.log(`swarm cluster: ${facts.STV_SWARM_MODE}`);
  ep = { host: manager(), source: 'setting', reason: 'the swarm harness' };
  engine = createEngine(ep);
  model = new SwarmModel(swarmReads(engine), { debounceMs: 20, settlePollMs: 300 });
  void (async () => {
    try {
      for await (const e of engine.events({ signal: stream.signal })) model.handleEvent(e);
    } catch {
      /* the stream ends with the test */
    }
  })();
}, 120_000);

afterAll(() => {
  stream.abort();
  model?.dispose();
  engine?.dispose();
  execFileSync('bash', [script, 'down', dir]);
  rmSync(scratch, { recursive: true, force: true });
  // the shared engine never joined anything
  const state = execFileSync(
    '/usr/bin/docker',
    ['-H', 'unix:///var/run/docker.sock', 'info', '--format', '{{.Swarm.LocalNodeState}}'],
    {
      encoding: 'utf8',
    },
  ).trim();
  expect(state).toBe('inactive');
}, 120_000);

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

  it('rolling update to another image, then rollback', async () => {
    const hosts = [facts.STV_SWARM_NODE1, facts.STV_SWARM_NODE2, facts.STV_SWARM_NODE3].filter((h): h is string => !!h);
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
    execFileSync('bash', [script, 'kill', '2', dir]);
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
