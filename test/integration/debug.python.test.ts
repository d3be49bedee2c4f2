// Python in a container, debugged the way the `stevedore` debug type sets it up: the scaffolded Dockerfile on a
// FROM-scratch base holding this machine's python3 and debugpy (Debian's python3-debugpy, installed by
// scripts/setup-engine.sh), run with the command debugRunChanges gives, attached with the configuration
// sessionConfiguration gives. VS Code's Python debugger extension is not available offline, so a small DAP client
// speaks to debugpy in its place: a request to the app's published port stops at the breakpoint set on the workspace file.
import { execFile, execFileSync } from 'node:child_process';
import * as http from 'node:http';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debugRunChanges, DEFAULT_DEBUG_PORT, sessionConfiguration } from '../../src/core/debug/launch';
import { pathMapping } from '../../src/core/debug/pathMapping';
import { actionsFor } from '../../src/core/engine/actions';
import type { ProjectFacts } from '../../src/core/scaffold/detect';
import { scaffoldFiles } from '../../src/core/scaffold/files';
import { DapClient } from './dapClient';
import { setupEnv, type TestEnv } from './commandsHelpers';

const execFileP = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const hasDebugpy = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import debugpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let t: TestEnv;
let dir: string;
const images: string[] = [];

/** GET / on 127.0.0.1:`port`, retried while the app is not listening yet; the body. */
async function getText(port: number): Promise<string> {
  for (const until = Date.now() + 30_000; ; await new Promise((r) => setTimeout(r, 300))) {
    const body = await new Promise<string | undefined>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve(text));
      });
      req.on('error', () => resolve(undefined));
    });
    if (body !== undefined && body !== '') return body;
    if (Date.now() > until) throw new Error(`nothing answered on 127.0.0.1:${port}`);
  }
}

/** python3, its standard library, debugpy and every shared library they load, on FROM scratch. */
async function buildPythonImage(tag: string): Promise<void> {
  const ctx = mkdtempSync(join(dir, 'pybase-'));
  const root = join(ctx, 'root');
  const copy = (from: string, to = from) => {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    cpSync(realpathSync(from), join(root, to), { recursive: true });
  };
  const python = realpathSync(PYTHON);
  const version = execFileSync(python, ['-c', 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'], {
    encoding: 'utf8',
  }).trim();
  const stdlib = `/usr/lib/python${version}`;
  const debugpy = dirname(
    execFileSync(python, ['-c', 'import debugpy; print(debugpy.__file__)'], { encoding: 'utf8' }).trim(),
  );
  copy(python, '/usr/bin/python');
  copy(stdlib);
  // debugpy, pydevd where a distribution unbundled it (Debian's python3-pydevd), and what they import from beside them
  const site = dirname(debugpy);
  const imported = JSON.parse(
    execFileSync(
      python,
      [
        '-Xfrozen_modules=off',
        '-c',
        'import json, os, sys, debugpy.server.cli, pydevd\n' +
          `d = ${JSON.stringify(site)}\n` +
          'print(json.dumps(sorted({os.path.relpath(m.__file__, d).split(os.sep)[0] for m in list(sys.modules.values())' +
          ' if (getattr(m, "__file__", None) or "").startswith(d + os.sep)})))',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ),
  ) as string[];
  for (const entry of readdirSync(site))
    if (/^(debugpy|_?pydev)/.test(entry) || imported.includes(entry)) copy(join(site, entry));
  const objects = [
    python,
    ...execFileSync('find', [`${stdlib}/lib-dynload`, '-name', '*.so'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean),
  ];
  const libs = new Set<string>();
  for (const o of objects)
    for (const line of execFileSync('ldd', [o], { encoding: 'utf8' }).split('\n')) {
      const lib = /(\/\S+) \(0x/.exec(line)?.[1];
      if (lib) libs.add(lib);
    }
  for (const lib of libs) copy(lib);
  mkdirSync(join(root, 'tmp'));
  chmodSync(join(root, 'tmp'), 0o1777);
  const labels = Object.entries(t.labels).map(([k, v]) => `${k}=${v}`);
  writeFileSync(
    join(ctx, 'Dockerfile'),
    `FROM scratch\nCOPY root/ /\nENV PATH=/usr/bin PYTHONPATH=${dirname(debugpy)}\nLABEL ${labels.join(' ')}\n`,
  );
  await execFileP('/usr/bin/docker', ['build', '-q', '-t', tag, ctx], {
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
  });
  images.push(tag);
}

beforeAll(async () => {
  t = await setupEnv();
  dir = mkdtempSync(join(tmpdir(), 'sddebugpy-'));
});
afterAll(async () => {
  await t.cleanup();
  for (const tag of images.reverse())
    await t.docker
      .getImage(tag)
      .remove({ force: true })
      .catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasDebugpy)('Python debugging in a container through debugpy (integration)', () => {
  it('a request to the app stops at a breakpoint on the workspace file, the frame maps back; continued, it answers', async () => {
    const base = `${t.prefix}python:1`;
    await buildPythonImage(base);
    // the app, and the Dockerfile Add Docker Files writes for it
    const app = mkdtempSync(join(dir, 'app-'));
    writeFileSync(
      join(app, 'app.py'),
      [
        'from http.server import BaseHTTPRequestHandler, HTTPServer',
        '',
        '',
        'class Hello(BaseHTTPRequestHandler):',
        '    def do_GET(self):',
        '        body = b"hello from pyapp"',
        '        self.send_response(200)',
        '        self.end_headers()',
        '        self.wfile.write(body)',
        '',
        '',
        'HTTPServer(("0.0.0.0", 8000), Hello).serve_forever()',
        '',
      ].join('\n'),
    );
    const facts: ProjectFacts = { kind: 'python', name: 'pyapp', manifests: [] };
    for (const f of scaffoldFiles(facts, { port: 8000, entry: 'app.py', baseImage: base }))
      writeFileSync(join(app, f.path), f.text);
    const tag = `${t.prefix}pyapp:1`;
    const built = await execFileP('/usr/bin/docker', [
      'build',
      '-q',
      '-t',
      tag,
      ...Object.entries(t.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
      app,
    ]);
    expect(built.stdout).toMatch(/sha256:/);
    images.push(tag);

    const actions = actionsFor(t.engine);
    const image = (await actions.inspectRaw('image', tag)) as { Config?: { Cmd?: string[] } };
    const port = DEFAULT_DEBUG_PORT.python;
    const changes = debugRunChanges('python', port, image.Config?.Cmd ?? []);
    expect(changes.cmd).toEqual(['python', '-m', 'debugpy', '--listen', `0.0.0.0:${port}`, 'app.py']);
    const id = await actions.runContainer(
      t.spec({
        image: tag,
        cmd: changes.cmd,
        ports: [
          { containerPort: port, protocol: 'tcp', hostIp: '127.0.0.1' },
          { containerPort: 8000, protocol: 'tcp', hostIp: '127.0.0.1' },
        ],
      }),
    );
    const [summary] = await t.engine.listContainers({ all: true, filters: { id: [id] } });
    const hostPort = summary?.ports.find((p) => p.privatePort === port && p.publicPort)?.publicPort;
    expect(hostPort, JSON.stringify(summary?.ports)).toBeDefined();
    const appPort = summary?.ports.find((p) => p.privatePort === 8000 && p.publicPort)?.publicPort;
    expect(appPort, JSON.stringify(summary?.ports)).toBeDefined();

    const attach = sessionConfiguration(
      { type: 'stevedore', request: 'launch', name: 'py', platform: 'python' },
      hostPort!,
      app,
      pathMapping(readFileSync(join(app, 'Dockerfile'), 'utf8')),
      id,
      { command: 'docker', env: {} },
    ) as { connect: { host: string; port: number }; pathMappings: { localRoot: string; remoteRoot: string }[] };
    expect(attach.pathMappings).toEqual([{ localRoot: app, remoteRoot: '/app' }]);

    // debugpy needs a moment to listen: until then the engine's port proxy accepts and drops the connection
    let dap: DapClient | undefined;
    for (const until = Date.now() + 30_000; !dap;) {
      const c = await DapClient.connect(attach.connect.host, attach.connect.port).catch(() => undefined);
      const ok = await c
        ?.request('initialize', { adapterID: 'debugpy', pathFormat: 'path', linesStartAt1: true }, 2_000)
        .then(() => true)
        .catch(() => false);
      if (ok) dap = c;
      else {
        c?.close();
        if (Date.now() > until) {
          const logs = await execFileP('/usr/bin/docker', ['logs', '--tail', '30', id]).catch(() => undefined);
          throw new Error(`debugpy did not answer on ${hostPort}: ${logs?.stdout ?? ''}${logs?.stderr ?? ''}`);
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    try {
      const attached = dap.request('attach', { ...attach, type: 'debugpy', request: 'attach' }, 60_000);
      attached.catch(() => undefined);
      await dap.waitFor('the initialized event', (m) => m.event === 'initialized');
      const source = join(app, 'app.py');
      const set = await dap.request('setBreakpoints', { source: { path: source }, breakpoints: [{ line: 6 }] });
      expect(set.body?.breakpoints).toMatchObject([{ line: 6 }]);
      await dap.request('configurationDone');
      await attached;
      // a request to the app's published port runs the handler, which stops at the breakpoint until continued
      const answered = getText(appPort!);
      const stopped = await dap.waitFor('the breakpoint to be hit', (m) => m.event === 'stopped', 30_000);
      expect(stopped.body?.reason).toBe('breakpoint');
      const trace = await dap.request('stackTrace', { threadId: stopped.body?.threadId, levels: 1 });
      const top = (trace.body?.stackFrames as { line: number; source?: { path?: string } }[])[0];
      expect(top?.line).toBe(6);
      expect(top?.source?.path).toBe(source);
      expect(existsSync(top!.source!.path!)).toBe(true);
      await dap.request('continue', { threadId: stopped.body?.threadId });
      expect(await answered).toBe('hello from pyapp');
      await dap.request('disconnect', { terminateDebuggee: false }).catch(() => undefined);
    } finally {
      dap.close();
      await actions.removeContainer(id, { force: true });
    }
  }, 180_000);
});
