// Engine-aware lint against the real engine: EngineFacts over the Engine interface, the rules that use
// them, and `stevedore lint` with engine checks. Creates nothing on the engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';
import { createEngineFacts, type CachedEngineFacts } from '../../src/core/lint/engine-facts';
import { validate, validateStaged } from '../../src/core/lint/dockerfile/index';
import { DEFAULT_LINT_SETTINGS } from '../../src/core/lint/types';
import { runLintCommand } from '../../src/cli/lint';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRESENT = 'stevedore-test/busybox:latest';
const ABSENT = 'stevedore-lint-test/never-pulled:1.0';
let engine: Engine;
let facts: CachedEngineFacts;

beforeAll(async () => {
  engine = createEngine(await resolveEndpoint());
  facts = createEngineFacts(engine);
});
afterAll(() => engine?.dispose());

describe('lint engine facts (integration)', () => {
  it('knows which images are present locally, in any spelling', async () => {
    expect(await facts.imagePresent!(PRESENT)).toBe(true);
    expect(await facts.imagePresent!('docker.io/stevedore-test/busybox')).toBe(true);
    expect(await facts.imagePresent!(ABSENT)).toBe(false);
  });

  it('reports the engine and image platforms', async () => {
    const arch = await facts.engineArchitecture!();
    expect(arch?.os).toBe('linux');
    expect(arch?.architecture).toMatch(/amd64|x86_64|arm64|aarch64/);
    const platforms = await facts.imagePlatforms!(PRESENT);
    expect(platforms?.[0]?.os).toBe('linux');
    expect(await facts.imagePlatforms!(ABSENT)).toBeUndefined();
  });

  it('prefetch starts the lists at once; the questions after it reuse them', async () => {
    const calls: string[] = [];
    const counting = new Proxy(engine, {
      get: (target, key, receiver) => {
        const v = Reflect.get(target, key, receiver) as unknown;
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          calls.push(String(key));
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const f = createEngineFacts(counting);
    f.prefetch(['images', 'networks', 'images']);
    expect(calls.sort()).toEqual(['listImages', 'listNetworks']); // asked before anything is awaited, once each
    expect(await f.imagePresent!(PRESENT)).toBe(true);
    expect(await f.imagePresent!(ABSENT)).toBe(false);
    expect(await f.networkExists!('bridge')).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('answers undefined quickly when the engine is unreachable', async () => {
    const dead = createEngine(await resolveEndpoint({ setting: 'unix:///tmp/stevedore-lint-no-such.sock' }));
    const f = createEngineFacts(dead, { timeoutMs: 500 });
    const t0 = Date.now();
    expect(await f.imagePresent!(PRESENT)).toBeUndefined();
    expect(await f.engineArchitecture!()).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(1500);
    dead.dispose();
  });

  it('image-not-present fires for the missing image only, after the offline findings', async () => {
    const doc = TextDocument.create(
      'untitled:Dockerfile',
      'dockerfile',
      1,
      `FROM ${PRESENT} AS a\nFROM ${ABSENT}\nCOPY --from=${ABSENT} /x /x\n`,
    );
    const staged = validateStaged(doc, DEFAULT_LINT_SETTINGS, facts);
    expect(staged.diagnostics.map((d) => d.code)).not.toContain('image-not-present');
    const all = await staged.later!;
    const engineFindings = all.filter(
      (d) => d.code === 'image-not-present' || d.code === 'copy-from-image-unresolvable',
    );
    expect(engineFindings.map((d) => [d.code, d.range.start.line])).toEqual([
      ['image-not-present', 1],
      ['copy-from-image-unresolvable', 2],
    ]);
    expect(engineFindings[0]!.data).toMatchObject({
      commands: [{ command: 'stevedore.lint.pullImage', arguments: [ABSENT] }],
    });
    const offline = await validate(doc, { ...DEFAULT_LINT_SETTINGS, engineChecks: false }, facts);
    expect(offline.map((d) => d.code)).not.toContain('image-not-present');
  });

  it('stevedore lint runs the engine checks unless --offline', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stevedore-lint-int-')), 'Dockerfile');
    writeFileSync(file, `FROM ${ABSENT}\nUSER 65534\nCMD ["true"]\n`);
    const run = async (args: string[]) => {
      let out = '';
      const code = await runLintCommand([...args, '--format', 'json', file], {
        out: (s) => {
          out += s;
        },
        err: () => undefined,
        isTTY: false,
      });
      return { code, rules: (JSON.parse(out) as { rule: string }[]).map((f) => f.rule) };
    };
    expect((await run([])).rules).toContain('image-not-present');
    expect((await run(['--offline'])).rules).not.toContain('image-not-present');
  });

  it('stevedore lint runs the engine-aware compose checks too (not with --offline)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stv-lint-compose-'));
    const file = join(dir, 'compose.yaml');
    writeFileSync(
      file,
      `services:\n  web:\n    image: ${PRESENT}\n    networks: [edge]\nnetworks:\n  edge:\n    external:\n      name: stevedore-lint-test-no-such-network\n`,
    );
    const run = async (args: string[]) => {
      let out = '';
      await runLintCommand([...args, '--format', 'json', file], {
        out: (s) => {
          out += s;
        },
        err: () => undefined,
        isTTY: false,
      });
      return (JSON.parse(out) as { rule: string; line: number; column: number }[]).map(
        (f) => `${f.line}:${f.column} ${f.rule}`,
      );
    };
    expect(await run([])).toContain('7:5 external-resource-missing');
    expect(await run(['--offline'])).not.toContain('7:5 external-resource-missing');
  });
});
