// The swarm harness for integration tests: scripts/swarm-cluster.sh up (three private dockerd in their own network
// namespaces, or one where namespaces are not allowed), an engine on the manager, and a SwarmModel following the
// manager's event stream; `down` removes it all and checks the shared engine never joined anything.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import { createEngine, type Engine, type ResolvedEndpoint } from '../../src/core/engine/index';
import { swarmReads } from '../../src/core/engine/swarm';
import { SwarmModel, type SwarmSnapshot } from '../../src/core/swarm/model';

export const script = path.resolve(__dirname, '../../scripts/swarm-cluster.sh');

export class SwarmHarness {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'stv-swarm-'));
  readonly scratch = mkdtempSync(path.join(tmpdir(), 'stv-stack-'));
  facts: Record<string, string | undefined> = {};
  ep!: ResolvedEndpoint;
  engine!: Engine;
  model!: SwarmModel;
  private readonly stream = new AbortController();

  constructor(readonly stack: string) {}

  manager = (): string => this.facts.STV_SWARM_NODE1 ?? '';
  multi = (): boolean => this.facts.STV_SWARM_MODE === 'multi';
  cli = (host: string, ...args: string[]): string =>
    execFileSync('/usr/bin/docker', ['-H', host, ...args], { encoding: 'utf8' }).trim();

  up(): void {
    const out = execFileSync('bash', [script, 'up', this.dir], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    this.facts = Object.fromEntries(
      out
        .trim()
        .split('\n')
        .map((l) => l.split('=', 2) as [string, string]),
    );
    console.log(`swarm cluster: ${this.facts.STV_SWARM_MODE}`);
    this.ep = { host: this.manager(), source: 'setting', reason: 'the swarm harness' };
    this.engine = createEngine(this.ep);
    this.model = new SwarmModel(swarmReads(this.engine), { debounceMs: 20, settlePollMs: 300 });
    void (async () => {
      try {
        for await (const e of this.engine.events({ signal: this.stream.signal })) this.model.handleEvent(e);
      } catch {
        /* the stream ends with the test */
      }
    })();
  }

  down(): void {
    this.stream.abort();
    this.model?.dispose();
    this.engine?.dispose();
    execFileSync('bash', [script, 'down', this.dir]);
    rmSync(this.scratch, { recursive: true, force: true });
    // the shared engine never joined anything
    const state = execFileSync(
      '/usr/bin/docker',
      ['-H', 'unix:///var/run/docker.sock', 'info', '--format', '{{.Swarm.LocalNodeState}}'],
      { encoding: 'utf8' },
    ).trim();
    expect(state).toBe('inactive');
  }

  until = (what: string, ok: (s: SwarmSnapshot) => boolean, timeoutMs = 60_000): Promise<SwarmSnapshot> =>
    new Promise((resolve, reject) => {
      const model = this.model;
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

  svc = (s: SwarmSnapshot, name: string) => s.services.find((x) => x.name === `${this.stack}_${name}`);
  /** every service of the stack has as many tasks running (by the task list, not the counts) as it wants */
  full = (s: SwarmSnapshot): boolean =>
    s.services
      .filter((v) => v.stack === this.stack)
      .every((v) => v.desired > 0 && running(s, v.id).length === v.desired);
}

export const summary = (s: SwarmSnapshot) => ({
  nodes: s.nodes.map((n) => `${n.hostname} ${n.state} ${n.availability}`),
  services: s.services.map((x) => `${x.name} ${x.running}/${x.desired} ${x.image} ${x.updateState}`),
  tasks: s.tasks
    .filter((t) => t.desiredState === 'running' || t.state === 'running')
    .map((t) => `${t.serviceId.slice(0, 4)}.${t.slot} ${t.nodeId.slice(0, 4)} ${t.state}/${t.desiredState}`),
});

export const running = (s: SwarmSnapshot, serviceId: string) =>
  s.tasks.filter((t) => t.serviceId === serviceId && t.state === 'running' && t.desiredState === 'running');
