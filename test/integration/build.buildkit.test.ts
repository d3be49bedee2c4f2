import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyForm, type BuildForm } from '../../src/core/build/buildForm';
import { BuildRefused, builderKind, chooseBuilder, runBuild } from '../../src/core/build/runBuild';
import { dockerfileShape } from '../../src/core/build/dockerfileStages';
import { layersForInstructions } from '../../src/core/build/layers';
import { actionsFor } from '../../src/core/engine/actions';
import { probeBuildCli } from '../../src/core/engine/buildCli';
import { setupEnv, testImage, type TestEnv } from './commandsHelpers';

let t: TestEnv;
let dir: string;
beforeAll(async () => {
  t = await setupEnv();
  dir = mkdtempSync(join(tmpdir(), 'sdbuild-'));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function context(files: Record<string, string>): string {
  const ctx = mkdtempSync(join(dir, 'ctx-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(ctx, p, '..'), { recursive: true });
    writeFileSync(join(ctx, p), text);
  }
  return ctx;
}

const modern = (run: string) => `ARG BASE=${testImage}
FROM \${BASE} AS base
ARG GREETING=hello
WORKDIR /app
COPY data.txt .
RUN --mount=type=cache,target=/cache echo "$GREETING-${run}" > /cache/g && cp /cache/g /app/greeting

FROM base AS final
RUN --mount=type=secret,id=token wc -c < /run/secrets/token > /app/token-length
RUN echo done

FROM base AS unused
RUN exit 9
`;

function form(ctx: string, over: Partial<BuildForm>): BuildForm {
  return { ...emptyForm(ctx, join(ctx, 'Dockerfile')), labels: t.labels, network: 'none', ...over };
}

describe('BuildKit builds through the docker CLI (integration)', () => {
  it('picks a CLI that builds with BuildKit, not a newer client without buildx', async () => {
    const probe = await probeBuildCli();
    expect(probe.cli, probe.notes.join('\n')).toBeDefined();
    expect(probe.notes.join('\n')).toMatch(/BuildKit built into docker build|buildx/);
    expect((await chooseBuilder(t.engine)).classicReason).toBeUndefined();
  });

  it('builds cache and secret mounts, a target stage, a build arg and the engine platform; a rebuild is cached', async () => {
    const run = t.prefix;
    const ctx = context({ Dockerfile: modern(run), 'data.txt': 'data', 'token.txt': 'abcdef' });
    const platform = `linux/${(await t.engine.version()).arch}`;
    const tag = `${t.prefix}modern:1`;
    const f = form(ctx, {
      tags: [tag],
      target: 'final',
      buildArgs: { GREETING: 'hi' },
      platforms: [platform],
      secrets: [`id=token,src=${join(ctx, 'token.txt')}`],
      labels: { ...t.labels, 'org.example.kind': 'modern' },
    });
    const updates: string[] = [];
    const first = await runBuild(t.engine, f, { onUpdate: (u) => u.kind === 'start' && updates.push(u.step.name) });
    expect(first.error, first.log.join('\n')).toBeUndefined();
    expect(first.builder).not.toBe('classic');
    expect(updates.some((n) => n.includes('[final'))).toBe(true);
    expect(updates.some((n) => n.includes('[unused'))).toBe(false);
    const img = await t.docker.getImage(tag).inspect();
    expect(img.Id).toBe(first.imageId);
    expect(img.Config.Labels).toMatchObject({
      'org.example.kind': 'modern',
      'stevedore.test.run': t.labels['stevedore.test.run'],
    });
    expect(`${img.Os}/${img.Architecture}`).toBe(platform);
    const out = await runIn(tag, 'cat /app/greeting /app/token-length');
    expect(out).toBe(`hi-${run}\n6\n`);
    // the step → line mapping: RUN echo done is line 10 (0-based 9)
    expect(first.stepLines.find((s) => s.instruction.args === 'echo done')?.instruction.line).toBe(9);
    // the RUN whose text is new to this engine ran; WORKDIR/COPY may come from another build's cache
    expect(first.stepLines.find((s) => s.instruction.args.includes('/cache/g'))?.cached).toBe(false);

    // the image's layers back on the Dockerfile's lines, from the engine's history of the real image
    const history = await actionsFor(t.engine).imageHistory(tag);
    const diffIds = (await t.engine.inspectImage(tag)).raw as { RootFS?: { Layers?: string[] } };
    const layers = layersForInstructions(dockerfileShape(modern(run)), history, {
      target: 'final',
      diffIds: diffIds.RootFS?.Layers,
    });
    expect(layers.map((l) => l.instruction.line)).toEqual([2, 3, 4, 5, 8, 9]);
    const copy = layers.find((l) => l.instruction.keyword === 'COPY')!;
    expect(copy.entry.size).toBe(4);
    expect(copy.diffId).toMatch(/^sha256:/);
    expect(layers.find((l) => l.instruction.line === 5)?.entry.createdBy).toContain('/cache/g');

    const second = await runBuild(t.engine, f);
    expect(second.imageId).toBe(first.imageId);
    const runs = second.stepLines.filter((s) => s.instruction.keyword !== 'FROM');
    expect(runs.length).toBe(5);
    expect(runs.every((s) => s.cached)).toBe(true);
  });

  it('falls back to the classic builder only without a BuildKit CLI, says why, and still locates steps', async () => {
    const ctx = context({ Dockerfile: `FROM ${testImage}\nRUN echo classic-${t.prefix}\n\nRUN exit 4\n` });
    const res = await runBuild(t.engine, form(ctx, { tags: [`${t.prefix}classic:1`] }), { cli: null });
    expect(res.builder).toBe('classic');
    expect(res.classicReason).toMatch(/no docker CLI that builds with BuildKit/);
    expect(res.stepLines.map((s) => s.instruction.line)).toEqual([0, 1, 3]);
    expect(res.failure?.instruction?.line).toBe(3);
    expect(res.failure?.message).toMatch(/returned a non-zero code: 4/);
  });

  it('puts a failing RUN at its Dockerfile line, with the error text', async () => {
    const ctx = context({
      Dockerfile: `FROM ${testImage}\nRUN echo one\n\nRUN echo two \\\n  && exit 3\nRUN echo never\n`,
    });
    const res = await runBuild(t.engine, form(ctx, { tags: [`${t.prefix}fails:1`] }));
    expect(res.exitCode).not.toBe(0);
    expect(res.failure?.instruction?.line).toBe(3);
    expect(res.failure?.instruction?.endLine).toBe(4);
    expect(res.failure?.message).toMatch(/exit code: 3/);
    expect(res.log.join('\n')).toContain('two');
  });

  it('explains a # syntax= line whose frontend image the engine cannot fetch', async () => {
    const ctx = context({ Dockerfile: `# syntax=stevedore-test/no-such-frontend:1\nFROM ${testImage}\nRUN true\n` });
    const res = await runBuild(t.engine, form(ctx, {}));
    expect(res.exitCode).not.toBe(0);
    expect(res.failure?.instruction?.line).toBe(0);
    expect(res.failure?.message).toMatch(/# syntax=stevedore-test\/no-such-frontend:1.*Remove the line/s);
  });

  it('refuses several platforms in one build where the builder makes one, as the engine itself does', async () => {
    const ctx = context({ Dockerfile: `FROM ${testImage}\nRUN echo ${t.prefix}\n` });
    const kind = builderKind(await chooseBuilder(t.engine));
    const both = ['linux/amd64', 'linux/arm64'];
    if (kind === 'buildx') return void expect(kind).toBe('buildx'); // a machine with buildx: its builder decides
    await expect(runBuild(t.engine, form(ctx, { platforms: both }))).rejects.toThrow(BuildRefused);
    await expect(runBuild(t.engine, form(ctx, { platforms: both }))).rejects.toThrow(/need buildx/);
    // the evidence: the engine's own BuildKit takes one platform (the CLI passes the list through, the daemon refuses it)
    const probe = await probeBuildCli();
    const direct = await new Promise<{ code: number | null; out: string }>((resolve) => {
      execFile(
        probe.cli!.command,
        [...probe.cli!.prefix, '--platform', both.join(','), '--label', `stevedore.test=${t.prefix}`, ctx],
        { env: { ...process.env, ...probe.cli!.env, DOCKER_HOST: t.engine.endpoint.host } },
        (err, stdout, stderr) => resolve({ code: err ? (err.code as number) : 0, out: `${stdout}${stderr}` }),
      );
    });
    expect(direct.code, direct.out).not.toBe(0);
    expect(direct.out).toMatch(/invalid component|multiple platforms/i);
  });

  it('cancels a running build', async () => {
    const ctx = context({ Dockerfile: `FROM ${testImage}\nRUN echo ${t.prefix} && sleep 60\n` });
    const ac = new AbortController();
    const res = await runBuild(t.engine, form(ctx, {}), {
      signal: ac.signal,
      onUpdate: (u) => u.kind === 'start' && u.step.name.includes('sleep') && setTimeout(() => ac.abort(), 300),
    });
    expect(res.cancelled).toBe(true);
    expect(res.durationMs).toBeLessThan(30_000);
  });
});

async function runIn(image: string, cmd: string): Promise<string> {
  const c = await t.docker.createContainer({ Image: image, Cmd: ['sh', '-c', cmd], Labels: t.labels });
  try {
    await c.start();
    await c.wait();
    const buf = (await c.logs({ stdout: true, stderr: true })) as Buffer;
    // multiplexed frames: 8-byte headers before each chunk
    let out = '';
    for (let i = 0; i + 8 <= buf.length;) {
      const n = buf.readUInt32BE(i + 4);
      out += buf.subarray(i + 8, i + 8 + n).toString();
      i += 8 + n;
    }
    return out;
  } finally {
    await c.remove({ force: true });
  }
}
