// ssh:// endpoints for real: our own sshd on loopback (own host key, authorized_keys, port), reached through the
// `ssh` command with an ssh_config, running `docker system dial-stdio` on the far side against the shared dockerd.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, resolveEndpoint, type EngineEvent } from '../../src/core/engine/index';
import { freePort, TEST_IMAGE, TEST_LABEL, TEST_LABEL_VALUE, tempDir, writeDockerConfig } from './engineFixtures';

const SSHD = '/usr/sbin/sshd';
const prefix = `stv-engine-ssh-${randomBytes(3).toString('hex')}`;
let dir: string;
let port: number;
let sshd: ChildProcess | undefined;
let sshConfig: string;
const sshCommand = (): string[] => ['ssh', '-F', sshConfig];

async function waitForPort(p: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(p, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sshd did not listen on 127.0.0.1:${p}`);
}

beforeAll(async () => {
  if (!existsSync(SSHD))
    throw new Error(`${SSHD} is missing: run scripts/setup-engine.sh (it installs openssh-server)`);
  // sshd refuses to start without its privilege separation directory
  if (!existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755 });
  dir = tempDir('stv-ssh-');
  port = await freePort();
  const keygen = (file: string): void => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, file)]);
  };
  keygen('host_key');
  keygen('client_key');
  keygen('stranger_key');
  writeFileSync(path.join(dir, 'authorized_keys'), readFileSync(path.join(dir, 'client_key.pub')), { mode: 0o600 });
  writeFileSync(
    path.join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${dir}/host_key`,
      `PidFile ${dir}/sshd.pid`,
      `AuthorizedKeysFile ${dir}/authorized_keys`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  const user = os.userInfo().username;
  sshConfig = path.join(dir, 'ssh_config');
  writeFileSync(
    sshConfig,
    [
      'Host stv-ssh-test stv-ssh-stranger',
      '  HostName 127.0.0.1',
      `  Port ${port}`,
      `  User ${user}`,
      '  IdentitiesOnly yes',
      `  UserKnownHostsFile ${dir}/known_hosts`,
      '  StrictHostKeyChecking accept-new',
      '  LogLevel ERROR',
      'Host stv-ssh-test',
      `  IdentityFile ${dir}/client_key`,
      'Host stv-ssh-stranger',
      `  IdentityFile ${dir}/stranger_key`,
      '',
    ].join('\n'),
  );
  sshd = spawn(SSHD, ['-D', '-e', '-f', path.join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  await waitForPort(port);
}, 60_000);

afterAll(() => {
  sshd?.kill('SIGTERM');
  const ids = execFileSync('docker', ['ps', '-aq', '--filter', `label=stv.run=${prefix}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  if (ids.length) execFileSync('docker', ['rm', '-f', ...ids]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ssh:// endpoints through ssh … docker system dial-stdio (integration)', () => {
  it('an ssh context (host alias from ssh_config) lists resources and streams events', async () => {
    const cfg = writeDockerConfig(path.join(dir, 'docker'), [{ name: 'over-ssh', host: 'ssh://stv-ssh-test' }]);
    const ep = await resolveEndpoint({ env: { DOCKER_CONTEXT: 'over-ssh' }, configDir: cfg });
    expect(ep).toMatchObject({ host: 'ssh://stv-ssh-test', context: 'over-ssh' });
    const engine = createEngine(ep, { sshCommand: sshCommand() });
    const ac = new AbortController();
    try {
      const v = await engine.version();
      expect(v.apiVersion).toMatch(/^1\./);
      const [images, networks] = await Promise.all([engine.listImages(), engine.listNetworks()]);
      expect(images.some((i) => i.repoTags.includes(TEST_IMAGE))).toBe(true);
      expect(networks.map((n) => n.name)).toContain('bridge');

      let opened!: () => void;
      const open = new Promise<void>((r) => {
        opened = r;
      });
      const got: EngineEvent[] = [];
      const reader = (async () => {
        for await (const e of engine.events({
          filters: { label: [`stv.run=${prefix}`] },
          signal: ac.signal,
          onOpen: opened,
        })) {
          got.push(e);
          if (e.action === 'create') ac.abort();
        }
      })();
      await open;
      const id = execFileSync(
        'docker',
        ['create', '--label', `${TEST_LABEL}=${TEST_LABEL_VALUE}`, '--label', `stv.run=${prefix}`, TEST_IMAGE, 'true'],
        { encoding: 'utf8' },
      ).trim();
      await reader;
      expect(got.find((e) => e.action === 'create')?.id).toBe(id);
      // the stream and the requests each went over their own ssh; the engine's listing sees the new container
      expect((await engine.listContainers({ filters: { id: [id] } })).map((c) => c.id)).toEqual([id]);
    } finally {
      ac.abort();
      engine.dispose();
    }
  });

  it('a socket path in the URL becomes the remote docker --host', async () => {
    const engine = createEngine(
      { host: 'ssh://stv-ssh-test/var/run/docker.sock', source: 'setting', reason: 'test' },
      { sshCommand: sshCommand() },
    );
    try {
      await expect(engine.ping()).resolves.toBeUndefined();
      const missing = createEngine(
        { host: 'ssh://stv-ssh-test/nonexistent/docker.sock', source: 'setting', reason: 'test' },
        { sshCommand: sshCommand() },
      );
      try {
        await expect(missing.version()).rejects.toMatchObject({
          kind: 'unreachable',
          message: expect.stringMatching(
            /^ssh to ssh:\/\/stv-ssh-test\/nonexistent\/docker\.sock failed: .*(nonexistent|Cannot connect)/i,
          ),
        });
      } finally {
        missing.dispose();
      }
    } finally {
      engine.dispose();
    }
  });

  it("a key the server does not accept is a permission error carrying ssh's own reason", async () => {
    const engine = createEngine(
      { host: 'ssh://stv-ssh-stranger', source: 'setting', reason: 'test' },
      { sshCommand: sshCommand() },
    );
    try {
      await expect(engine.version()).rejects.toMatchObject({
        kind: 'permission',
        message: expect.stringMatching(/^ssh to ssh:\/\/stv-ssh-stranger failed: .*Permission denied \(publickey\)/),
      });
    } finally {
      engine.dispose();
    }
  });

  it("nobody listening is unreachable with ssh's reason", async () => {
    const closed = await freePort();
    const engine = createEngine(
      { host: `ssh://127.0.0.1:${closed}`, source: 'setting', reason: 'test' },
      { sshCommand: sshCommand() },
    );
    try {
      await expect(engine.version()).rejects.toMatchObject({
        kind: 'unreachable',
        message: expect.stringMatching(/ssh to ssh:\/\/127\.0\.0\.1:\d+ failed: .*Connection refused/),
      });
    } finally {
      engine.dispose();
    }
  });
});
