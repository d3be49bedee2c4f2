// Push, pull, tag, delete and log in against the real registries scripts/setup-registry.sh starts on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, runCli } from '../../src/core/commands/dockerCli';
import { resolveCredentials } from '../../src/core/commands/credentials';
import { loginArgv, logoutArgv } from '../../src/core/commands/registry';
import { actionsFor } from '../../src/core/engine/actions';
import { RegistryClient, RegistryError } from '../../src/core/registry/v2Client';
import { collect, setupEnv, testImage, type TestEnv } from './commandsHelpers';

const open = process.env.STEVEDORE_TEST_REGISTRY ?? '127.0.0.1:5055';
const auth = process.env.STEVEDORE_TEST_REGISTRY_AUTH ?? '127.0.0.1:5056';
const user = { username: 'stevedore', password: 'stevedore-test-pw' };

let t: TestEnv;
let config: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  t = await setupEnv();
  config = mkdtempSync(join(tmpdir(), 'sdreg-docker-config-'));
  env = { ...cliEnv(t.engine.endpoint), DOCKER_CONFIG: config };
});
afterAll(async () => {
  await t.cleanup();
  for (const img of await t.engine.listImages())
    for (const tag of img.repoTags ?? [])
      if (tag.includes(`/${t.prefix}`))
        await actionsFor(t.engine)
          .removeImage(tag)
          .catch(() => undefined);
  // what this run pushed goes from the registries too (the manifests; the registry's blobs stay until its GC)
  await new RegistryClient(auth, user).deleteTag(`${t.prefix}private`, '1').catch(() => undefined);
  rmSync(config, { recursive: true, force: true });
});

/** Pushes a fresh image (the test image plus a label unique to this run) as `ref`. */
async function tagFresh(ref: string): Promise<string> {
  const ctx = mkdtempSync(join(tmpdir(), 'sdreg-ctx-'));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nRUN echo ${ref} > /ref\n`);
  try {
    await collect(
      actionsFor(t.engine).buildImage({ contextDir: ctx, tags: [ref], labels: t.labels, networkMode: 'none' }),
    );
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
  return ref;
}

const repoDigest = async (ref: string) => (await t.engine.inspectImage(ref)).repoDigests[0]?.split('@')[1];

describe('a real registry, end to end (integration)', () => {
  it('pushes, lists, removes locally, pulls back the same digest, tags and deletes', async () => {
    const repo = `${t.prefix}app`;
    const ref = await tagFresh(`${open}/${repo}:1`);
    await collect(actionsFor(t.engine).pushImage(ref));
    const client = new RegistryClient(open);
    expect(await client.catalog()).toContain(repo);
    expect(await client.tags(repo)).toEqual(['1']);
    const details = await client.details(repo, '1');
    expect(details.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(details.size).toBeGreaterThan(1_000_000);
    expect(details.platforms).toEqual([`linux/${(await t.engine.version()).arch}`]);
    expect(details.created).toBeTruthy();

    await actionsFor(t.engine).removeImage(ref);
    await expect(t.engine.inspectImage(ref)).rejects.toThrow();
    await collect(actionsFor(t.engine).pullImage(ref));
    expect(await repoDigest(ref)).toBe(details.digest);

    const second = `${open}/${repo}:2`;
    await actionsFor(t.engine).tagImage(ref, second);
    await collect(actionsFor(t.engine).pushImage(second));
    expect((await client.tags(repo)).sort()).toEqual(['1', '2']);
    expect((await client.details(repo, '2')).digest).toBe(details.digest);

    expect(await client.deleteTag(repo, '2')).toBe(details.digest);
    // the manifest went, and with it every tag on that digest
    await expect(client.details(repo, '1')).rejects.toThrow(new RegExp(`${open}.*manifest unknown`));
  });

  it('refuses a push to the basic-auth registry without login, then logs in, pushes and pulls back', async () => {
    const repo = `${t.prefix}private`;
    const ref = await tagFresh(`${auth}/${repo}:1`);
    const refused = collect(actionsFor(t.engine).pushImage(ref, { auth: await resolveCredentials(ref, { env }) }));
    await expect(refused).rejects.toMatchObject({ kind: 'permission' });
    await expect(refused).rejects.toThrow(
      new RegExp(`Push ${auth}/.*(no basic auth credentials|unauthorized).*Log in`),
    );
    await expect(new RegistryClient(auth).catalog()).rejects.toMatchObject({ kind: 'unauthorized', registry: auth });

    const login = await runCli('docker', loginArgv(user.username, auth), { env, stdin: `${user.password}\n` });
    expect(login.code, login.output).toBe(0);
    const creds = await resolveCredentials(ref, { env });
    expect(creds).toMatchObject({ username: user.username, serveraddress: auth });
    await collect(actionsFor(t.engine).pushImage(ref, { auth: creds }));

    const client = new RegistryClient(auth, user);
    expect(await client.tags(repo)).toEqual(['1']);
    const digest = (await client.details(repo, '1')).digest;
    await actionsFor(t.engine).removeImage(ref);
    await collect(actionsFor(t.engine).pullImage(ref, { auth: creds }));
    expect(await repoDigest(ref)).toBe(digest);

    const logout = await runCli('docker', logoutArgv(auth), { env });
    expect(logout.code, logout.output).toBe(0);
    expect(await resolveCredentials(ref, { env })).toBeUndefined();
  });

  it('names the registry and the reason: wrong password, unreachable, not found', async () => {
    const bad = await runCli('docker', loginArgv('stevedore', auth), { env, stdin: 'wrong\n' });
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/unauthorized|401/i);
    await expect(new RegistryClient(auth, { username: 'stevedore', password: 'wrong' }).catalog()).rejects.toThrow(
      new RegExp(`${auth} refused access.*401.*log in`),
    );
    const down = new RegistryClient('127.0.0.1:5999');
    await expect(down.catalog()).rejects.toThrow(/127\.0\.0\.1:5999 is unreachable .*ECONNREFUSED/);
    await expect(down.catalog()).rejects.toBeInstanceOf(RegistryError);
    await expect(new RegistryClient(open).tags(`${t.prefix}none`)).rejects.toMatchObject({ kind: 'notFound' });
    await expect(collect(actionsFor(t.engine).pullImage(`${open}/${t.prefix}none:1`))).rejects.toThrow(
      new RegExp(`${open}/${t.prefix}none:1.*(not found|manifest unknown)`),
    );
    await expect(collect(actionsFor(t.engine).pullImage(`127.0.0.1:1/${t.prefix}x:1`))).rejects.toThrow(
      /127\.0\.0\.1:1.*refused/,
    );
    const anonymous = collect(actionsFor(t.engine).pullImage(`${auth}/${t.prefix}private:1`));
    await expect(anonymous).rejects.toMatchObject({ kind: 'permission' });
    await expect(anonymous).rejects.toThrow(new RegExp(`${auth}.*no basic auth credentials.*Log in`));
  });
});
