import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registryAuthHeader } from '../engine/actions';
import { credentialServer, resolveCredentials } from './credentials';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A DOCKER_CONFIG dir with `config`, and a bin dir holding a real `docker-credential-fake` script. */
function setup(config: object): { env: NodeJS.ProcessEnv; asked: string } {
  const root = mkdtempSync(join(tmpdir(), 'sd-creds-'));
  dirs.push(root);
  writeFileSync(join(root, 'config.json'), JSON.stringify(config));
  const asked = join(root, 'asked.txt');
  const helper = join(root, 'docker-credential-fake');
  writeFileSync(
    helper,
    `#!/bin/sh
[ "$1" = get ] || exit 2
server=$(cat)
printf '%s' "$server" > '${asked}'
case "$server" in
  https://index.docker.io/v1/) printf '{"ServerURL":"%s","Username":"hubuser","Secret":"hub;$(pass)"}' "$server" ;;
  tok.example.com) printf '{"ServerURL":"%s","Username":"<token>","Secret":"idtoken"}' "$server" ;;
  *) echo 'credentials not found in native keychain'; exit 1 ;;
esac
`,
  );
  chmodSync(helper, 0o755);
  const slow = join(root, 'docker-credential-slow');
  writeFileSync(slow, '#!/bin/sh\nsleep 5\n');
  chmodSync(slow, 0o755);
  return { env: { DOCKER_CONFIG: root, PATH: `${root}${delimiter}${process.env.PATH ?? ''}`, HOME: root }, asked };
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('registry credentials like the docker CLI (unit)', () => {
  it('derives the server from the reference; Docker Hub is https://index.docker.io/v1/', () => {
    expect(credentialServer('nginx')).toBe('https://index.docker.io/v1/');
    expect(credentialServer('me/app:1')).toBe('https://index.docker.io/v1/');
    expect(credentialServer('docker.io/me/app')).toBe('https://index.docker.io/v1/');
    expect(credentialServer('ghcr.io/org/app:main')).toBe('ghcr.io');
    expect(credentialServer('localhost:5000/app')).toBe('localhost:5000');
  });

  it('reads auths: base64 user:pass (password may contain ":"), identitytoken, keys written as URLs', async () => {
    const { env } = setup({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hub:pa:ss') },
        'https://ghcr.io/v2/': { auth: b64('gh:tok') },
        'reg.example.com': { identitytoken: 'refresh-token' },
      },
    });
    expect(await resolveCredentials('nginx:latest', { env })).toEqual({
      username: 'hub',
      password: 'pa:ss',
      serveraddress: 'https://index.docker.io/v1/',
    });
    expect(await resolveCredentials('ghcr.io/org/app', { env })).toEqual({
      username: 'gh',
      password: 'tok',
      serveraddress: 'ghcr.io',
    });
    expect(await resolveCredentials('reg.example.com/a/b:1', { env })).toEqual({
      identitytoken: 'refresh-token',
      serveraddress: 'reg.example.com',
    });
    expect(await resolveCredentials('quay.io/x/y', { env })).toBeUndefined();
  });

  it('no config file means no credentials', async () => {
    const env = { DOCKER_CONFIG: join(tmpdir(), 'sd-creds-does-not-exist') };
    expect(await resolveCredentials('nginx', { env })).toBeUndefined();
  });

  it('credsStore runs docker-credential-<name> get with the server URL on stdin', async () => {
    const { env, asked } = setup({ credsStore: 'fake', auths: { 'https://index.docker.io/v1/': {} } });
    expect(await resolveCredentials('me/app', { env })).toEqual({
      username: 'hubuser',
      password: 'hub;$(pass)',
      serveraddress: 'https://index.docker.io/v1/',
    });
    expect(readFileSync(asked, 'utf8')).toBe('https://index.docker.io/v1/');
    expect(await resolveCredentials('tok.example.com/a', { env })).toEqual({
      identitytoken: 'idtoken',
      serveraddress: 'tok.example.com',
    });
    expect(await resolveCredentials('other.example.com/a', { env })).toBeUndefined();
  });

  it('credHelpers for one registry win over credsStore and auths', async () => {
    const { env, asked } = setup({
      credsStore: 'missing',
      credHelpers: { 'tok.example.com': 'fake' },
      auths: { 'tok.example.com': { auth: b64('no:no') } },
    });
    expect(await resolveCredentials('tok.example.com/a:1', { env })).toEqual({
      identitytoken: 'idtoken',
      serveraddress: 'tok.example.com',
    });
    expect(readFileSync(asked, 'utf8')).toBe('tok.example.com');
    await expect(resolveCredentials('nginx', { env })).rejects.toThrow(
      /docker-credential-missing was not found on PATH/,
    );
  });

  it('a helper that hangs is stopped; a hostile helper name is refused', async () => {
    const slow = setup({ credsStore: 'slow' });
    await expect(resolveCredentials('nginx', { env: slow.env, helperTimeoutMs: 300 })).rejects.toThrow(
      /did not answer in time/,
    );
    const bad = setup({ credsStore: 'x;rm -rf /' });
    await expect(resolveCredentials('nginx', { env: bad.env })).rejects.toThrow(/not a valid credential helper name/);
  });

  it('X-Registry-Auth is base64url JSON of the AuthConfig, {} when anonymous', () => {
    const auth = { username: 'u', password: 'p?>>~', serveraddress: 'ghcr.io' };
    const header = registryAuthHeader(auth);
    expect(header).not.toMatch(/[+/]/);
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toEqual(auth);
    expect(Buffer.from(registryAuthHeader(undefined), 'base64url').toString()).toBe('{}');
  });
});
