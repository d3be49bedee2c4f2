// The explorer's model against the real engine: containers in every state, tags, dangling images,
// named/anonymous volumes, user networks — groups, labels, descriptions, tooltips, context values.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerNode, TreeNode } from '../../src/core/tree/nodes';
import { containerTooltip } from '../../src/core/tree/tooltips';
import { docker, find, liveModel, setupEnv, testImage, type ExplorerEnv } from './explorerHelpers';

let env: ExplorerEnv;
let live: Awaited<ReturnType<typeof liveModel>>;
let p: string;
let danglingId: string;
let builtId: string;
let anonVolume: string;
let buildDir: string;
const workDir = () => `/tmp/${p}ws`;

async function build(content: string): Promise<string> {
  writeFileSync(join(buildDir, 'f'), content);
  await docker('build', '-q', '-t', `${p}built:latest`, ...env.labelArgs, buildDir);
  return docker('image', 'inspect', '-f', '{{.Id}}', `${p}built:latest`);
}

beforeAll(async () => {
  env = await setupEnv();
  p = env.prefix;
  const L = env.labelArgs;
  const net = `${p}net`;
  await docker('network', 'create', ...L, net);
  await docker('volume', 'create', ...L, `${p}data`);
  await docker('create', ...L, '--name', `${p}created`, '--network', 'none', testImage, 'sleep', '300');
  await docker(
    'run',
    '-d',
    ...L,
    '--name',
    `${p}running`,
    '--network',
    net,
    '-p',
    '127.0.0.1::8080',
    '-v',
    `${p}data:/data`,
    '-v',
    '/anon',
    testImage,
    'httpd',
    '-f',
    '-p',
    '8080',
  );
  await docker('run', '-d', ...L, '--name', `${p}paused`, '--network', net, testImage, 'sleep', '300');
  await docker('pause', `${p}paused`);
  await docker('run', '-d', ...L, '--name', `${p}exited`, '--network', 'none', testImage, 'sh', '-c', 'exit 3');
  await docker('wait', `${p}exited`);
  await docker(
    'run',
    '-d',
    ...L,
    '--name',
    `${p}healthy`,
    '--network',
    net,
    '--health-cmd',
    'true',
    '--health-interval',
    '1s',
    testImage,
    'sleep',
    '300',
  );
  for (const svc of ['web', 'db']) {
    await docker(
      'run',
      '-d',
      ...L,
      '--name',
      `${p}proj-${svc}-1`,
      '--network',
      net,
      '--label',
      `com.docker.compose.project=${p}proj`,
      '--label',
      `com.docker.compose.service=${svc}`,
      '--label',
      `com.docker.compose.project.working_dir=${workDir()}`,
      '--label',
      `com.docker.compose.project.config_files=${workDir()}/compose.yaml`,
      '--label',
      'com.docker.compose.container-number=1',
      testImage,
      'sleep',
      '300',
    );
  }
  await docker('tag', testImage, `${p}repo:a`);
  await docker('tag', testImage, `${p}repo:b`);
  buildDir = mkdtempSync(join(tmpdir(), 'stv-explorer-build-'));
  writeFileSync(join(buildDir, 'Dockerfile'), 'FROM scratch\nCOPY f /f\n');
  process.env.DOCKER_BUILDKIT = '0';
  danglingId = await build(`first ${env.run}`);
  builtId = await build(`second ${env.run}`);
  anonVolume = await docker(
    'inspect',
    '-f',
    '{{range .Mounts}}{{if eq .Destination "/anon"}}{{.Name}}{{end}}{{end}}',
    `${p}running`,
  );
  // health checks run every second; wait until the engine reports healthy
  const deadline = Date.now() + 20_000;
  while (
    !(await docker('inspect', '-f', '{{.State.Health.Status}}', `${p}healthy`)).includes('healthy') &&
    Date.now() < deadline
  )
    await new Promise((r) => setTimeout(r, 300));
  live = await liveModel(env.engine);
});

afterAll(async () => {
  live?.dispose();
  await env?.cleanup();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

const tree = (view: 'containers' | 'images' | 'volumes' | 'networks') => live.model.getTree(view);
const byLabel = (nodes: TreeNode[], label: string) => find(nodes, (n) => n.label === label);

describe('explorer model on the real engine (integration)', () => {
  it('containers: compose project group, then loose containers; state, status and icons', async () => {
    await live.model.refresh('containers');
    const t = tree('containers');
    const project = byLabel(t, `${p}proj`)!;
    expect(project).toMatchObject({
      kind: 'composeProject',
      contextValue: 'composeProject:running',
      description: '2/2 running',
    });
    expect(project.children!.map((c) => c.label)).toEqual([`${p}proj-db-1`, `${p}proj-web-1`]);
    expect(project.tooltip).toContain(`${workDir()}/compose.yaml`);
    expect(t.indexOf(project)).toBeLessThan(t.findIndex((n) => n.kind === 'container'));

    const expectations: [string, string, RegExp, string | undefined][] = [
      ['created', 'container:created', /^stevedore-test\/busybox:latest · Created$/, undefined],
      ['running', 'container:running', /^stevedore-test\/busybox:latest · Up /, 'charts.green'],
      ['paused', 'container:paused', /· Up .*\(Paused\)$/, 'charts.yellow'],
      ['exited', 'container:exited', /· Exited \(3\) /, 'charts.red'],
      ['healthy', 'container:running', /\(healthy\)$/, 'charts.green'],
    ];
    for (const [name, contextValue, description, color] of expectations) {
      const node = byLabel(t, `${p}${name}`)!;
      expect(node, name).toBeDefined();
      expect(node.parentId, name).toBeUndefined();
      expect(node.contextValue, name).toBe(contextValue);
      expect(node.description, name).toMatch(description);
      expect(node.icon.color, name).toBe(color);
    }
  });

  it('container tooltip: id, command, published port link, mounts of each kind, networks with IP, labels; inspect adds exit code and restarts', async () => {
    const node = byLabel(tree('containers'), `${p}running`) as ContainerNode;
    const md = node.tooltip!;
    const port = await docker('port', `${p}running`, '8080/tcp');
    const hostPort = port.split('\n')[0]!.split(':').pop();
    expect(md).toContain(node.record.id);
    expect(md).toContain('`httpd -f -p 8080`');
    expect(md).toContain(`](http://127.0.0.1:${hostPort}) → 8080/tcp`);
    expect(md).toContain(`volume \`${p}data\` → \`/data\``);
    expect(md).toContain(`anonymous volume \`${anonVolume.slice(0, 12)}…\` → \`/anon\``);
    expect(md).toMatch(new RegExp(`\`${p}net\` \\d+\\.\\d+\\.\\d+\\.\\d+`));
    expect(md).toContain(`\`stevedore.test.run\` = \`${env.run}\``);

    const exited = byLabel(tree('containers'), `${p}exited`) as ContainerNode;
    const full = containerTooltip(exited.record, await env.engine.inspectContainer(exited.record.id));
    expect(full).toContain('**Exit code:** 3');
    expect(full).toContain('**Restart count:** 0');
  });

  it('images: grouped by repository with one item per tag; dangling hidden until toggled', async () => {
    const repo = byLabel(tree('images'), `${p}repo`)!;
    expect(repo).toMatchObject({ kind: 'imageRepo', contextValue: 'imageRepo' });
    expect(repo.children!.map((c) => [c.label, c.contextValue])).toEqual([
      ['a', 'image'],
      ['b', 'image'],
    ]);
    expect(repo.children![0]!.description).toMatch(/^\d[\d.]* [kM]B · .+ ago · in use by \d+$/);
    expect(repo.children![0]!.tooltip).toContain(`\`${p}repo:a\``);
    const built = byLabel(tree('images'), `${p}built`)!;
    expect(built.children!.map((c) => (c as { record: { id: string } }).record.id)).toEqual([builtId]);
    expect(find(tree('images'), (n) => n.kind === 'image' && n.record.id === danglingId)).toBeUndefined();

    live.model.setViewState('images', { showDangling: true });
    const dangling = find(tree('images'), (n) => n.kind === 'image' && n.record.id === danglingId)!;
    expect(dangling).toMatchObject({ contextValue: 'image:dangling', label: danglingId.slice(7, 19) });
    expect(dangling.description).toMatch(/^dangling · /);
    expect(find(tree('images'), (n) => n.id === dangling.parentId)?.label).toBe('<none>');
    live.model.setViewState('images', { showDangling: false });
  });

  it('volumes: named volume in use by its container; anonymous volume recognisable', () => {
    const named = byLabel(tree('volumes'), `${p}data`)!;
    expect(named).toMatchObject({ contextValue: 'volume', description: `in use by ${p}running` });
    expect(named.tooltip).toContain('**Mountpoint:**');
    const anon = find(tree('volumes'), (n) => n.kind === 'volume' && n.record.name === anonVolume)!;
    expect(anon).toMatchObject({
      contextValue: 'volume:anonymous',
      label: `${anonVolume.slice(0, 12)}…`,
      description: `anonymous · in use by ${p}running`,
    });
  });

  it('networks: user network with subnet and attached containers as children; built-ins marked and hideable', () => {
    const net = byLabel(tree('networks'), `${p}net`)!;
    expect(net.contextValue).toBe('network');
    expect(net.description).toMatch(/^bridge · local · \d+\.\d+\.\d+\.\d+\/\d+$/);
    expect(net.children!.map((c) => c.label).sort()).toEqual([
      `${p}healthy`,
      `${p}paused`,
      `${p}proj-db-1`,
      `${p}proj-web-1`,
      `${p}running`,
    ]);
    const child = net.children!.find((c) => c.label === `${p}running`)!;
    expect(child).toMatchObject({ kind: 'container', contextValue: 'container:running', parentId: net.id });
    expect(child.description).toMatch(/^\d+\.\d+\.\d+\.\d+ · Up /);
    expect(byLabel(tree('networks'), 'none')).toMatchObject({ contextValue: 'network:builtin' });
    live.model.setViewState('networks', { showBuiltin: false });
    expect(byLabel(tree('networks'), 'none')).toBeUndefined();
    live.model.setViewState('networks', { showBuiltin: true });
  });

  it('workspace toggle keeps only compose projects under the workspace folders; text filter', () => {
    live.model.viewTrees.setWorkspaceFolders([workDir()]);
    live.model.setViewState('containers', { onlyWorkspace: true });
    expect(tree('containers').map((n) => n.label)).toEqual([`${p}proj`]);
    live.model.setViewState('containers', { onlyWorkspace: false, filter: `${p}pau` });
    expect(tree('containers').map((n) => n.label)).toEqual([`${p}paused`]);
    live.model.setViewState('containers', { filter: `${p}nothing-like-this` });
    expect(tree('containers')).toMatchObject([
      { kind: 'message', label: `No containers match “${p}nothing-like-this”` },
    ]);
    live.model.setViewState('containers', { filter: '' });
    live.model.viewTrees.setWorkspaceFolders([]);
  });
});
