// Engine-aware compose checks against the real engine: missing external network/volume, a host port and a
// container name already taken outside the project, `pull_policy: never` with the image absent.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';
import { validate } from '../../src/core/lint/compose';
import { createEngineFacts } from '../../src/core/lint/engine-facts';
import { listsFor } from '../../src/core/lint/factLists';
import { DEFAULT_LINT_SETTINGS } from '../../src/core/lint/types';

const run = randomBytes(3).toString('hex');
const prefix = `stv-compose-eng-${run}`;
const labels = ['--label', 'stevedore.test=compose', '--label', `stv.run=${prefix}`];
const docker = (...a: string[]) => execFileSync('docker', a, { encoding: 'utf8' }).trim();
let engine: Engine;
let port = 0;

beforeAll(async () => {
  engine = createEngine(await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' } }));
  docker('network', 'create', ...labels, `${prefix}-net`);
  docker(
    'run',
    '-d',
    ...labels,
    '--name',
    `${prefix}-taken`,
    '-p',
    '127.0.0.1::8080',
    'stevedore-test/busybox:latest',
    'sleep',
    '600',
  );
  port = Number(docker('port', `${prefix}-taken`, '8080').split(':').pop());
});

afterAll(() => {
  const cs = docker('ps', '-aq', '--filter', `label=stv.run=${prefix}`).split('\n').filter(Boolean);
  if (cs.length) docker('rm', '-f', ...cs);
  const ns = docker('network', 'ls', '-q', '--filter', `label=stv.run=${prefix}`).split('\n').filter(Boolean);
  if (ns.length) docker('network', 'rm', ...ns);
  engine?.dispose();
});

describe('compose engine-aware checks (integration)', () => {
  it('reports what only the engine knows, each on its key or value', async () => {
    const text = `services:
  web:
    image: stevedore-test/busybox:latest
    pull_policy: never
    container_name: ${prefix}-taken
    ports: ["127.0.0.1:${port}:80", "127.0.0.2:${port}:81"]
    networks: [present, missing, legacy, legacyok]
  job:
    image: stevedore-test/nothing-here:${run}
    pull_policy: never
networks:
  present:
    external: true
    name: ${prefix}-net
  missing:
    external: true
    name: ${prefix}-absent
  legacy:
    external:
      name: ${prefix}-absent-too
  legacyok:
    external:
      name: ${prefix}-net
volumes:
  gone:
    external: true
    name: ${prefix}-no-volume
`;
    const doc = TextDocument.create(`untitled:compose-${run}.yaml`, 'dockercompose', 1, text);
    // the engine's lists the rules read, by method: `stevedore lint` fetches listsFor(text) before the rules load
    const read = new Set<string>();
    const LISTS: Record<string, string> = {
      listImages: 'images',
      listNetworks: 'networks',
      listVolumes: 'volumes',
      listContainers: 'containers',
    };
    const recording = new Proxy(engine, {
      get: (t, k, r) => {
        if (typeof k === 'string' && LISTS[k]) read.add(LISTS[k]);
        return Reflect.get(t, k, r);
      },
    });
    const facts = createEngineFacts(recording);
    const diags = await validate(doc, DEFAULT_LINT_SETTINGS, facts);
    expect([...read].sort()).toEqual(listsFor('compose', text).sort());
    const engineOnes = diags.filter((d) =>
      ['external-resource-missing', 'host-port-in-use', 'container-name-in-use', 'pull-never-image-absent'].includes(
        String(d.code),
      ),
    );
    expect(engineOnes.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`)).toEqual([
      '5:21 container-name-in-use',
      `6:24 host-port-in-use`,
      '9:12 pull-never-image-absent',
      '16:5 external-resource-missing',
      '19:5 external-resource-missing',
      '26:5 external-resource-missing',
    ]);
    expect(engineOnes.find((d) => d.range.start.line === 18)!.message).toContain(`${prefix}-absent-too`);
    expect(engineOnes.find((d) => d.code === 'host-port-in-use')!.message).toContain(`${prefix}-taken`);
  });

  it('counts a paused container as holding its port, as `docker ps` lists it', async () => {
    docker('pause', `${prefix}-taken`);
    try {
      const doc = TextDocument.create(
        `untitled:c3-${run}.yaml`,
        'dockercompose',
        1,
        `services:\n  web:\n    image: a:1\n    ports: ["127.0.0.1:${port}:80"]\n`,
      );
      const diags = await validate(doc, DEFAULT_LINT_SETTINGS, createEngineFacts(engine));
      expect(diags.filter((d) => d.code === 'host-port-in-use').map((d) => d.message)).toEqual([
        expect.stringContaining(`${prefix}-taken`),
      ]);
    } finally {
      docker('unpause', `${prefix}-taken`);
    }
  });

  it('stays silent about the engine when engine checks are off', async () => {
    const doc = TextDocument.create(
      `untitled:c2-${run}.yaml`,
      'dockercompose',
      1,
      `networks:\n  n:\n    external: true\n    name: ${prefix}-absent\n`,
    );
    const diags = await validate(doc, { ...DEFAULT_LINT_SETTINGS, engineChecks: false }, createEngineFacts(engine));
    expect(diags.filter((d) => d.code === 'external-resource-missing')).toEqual([]);
  });
});
