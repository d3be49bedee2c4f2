import { describe, expect, it } from 'vitest';
import {
  answersFor,
  freeContainerName,
  rememberAnswers,
  runAnswersKey,
  trustProblem,
  type AnswerStore,
} from './runMemory';
import { defaultAnswers, runSpecFromAnswers } from './runSpec';

function memory(): AnswerStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: (k) => data.get(k), update: async (k, v) => void data.set(k, v) };
}

describe('run flow memory (unit)', () => {
  it('remembers the answers of Run… per image; another image keeps its own defaults', async () => {
    const store = memory();
    const mine = { ...defaultAnswers(['80']), name: 'web', ports: '8080:80', env: ['A=1'] };
    await rememberAnswers(store, 'nginx:latest', 'runWith', mine);
    expect(answersFor(store, 'nginx:latest', ['80'], 'runWith')).toEqual(mine);
    expect(answersFor(store, 'nginx:latest', ['80'], 'run')).toEqual(mine);
    expect(answersFor(store, 'nginx:1.27', ['80'], 'run')).toEqual(defaultAnswers(['80']));
    expect(answersFor(store, 'redis:7', ['6379'], 'run').ports).toBe('6379:6379');
    expect(answersFor(store, 'redis:7', ['6379'], 'run', '127.0.0.1').ports).toBe('127.0.0.1:6379:6379');
    // remembered answers stay as given
    expect(answersFor(store, 'nginx:latest', ['80'], 'run', '127.0.0.1').ports).toBe('8080:80');
    expect([...store.data.keys()]).toEqual([runAnswersKey('nginx:latest')]);
  });

  it('Run Interactive overrides the mode without changing what is remembered', async () => {
    const store = memory();
    await rememberAnswers(store, 'img', 'create', { ...defaultAnswers([]), restart: 'always' });
    const interactive = answersFor(store, 'img', [], 'runInteractive');
    expect(interactive).toMatchObject({ interactive: true, restart: 'no' });
    await rememberAnswers(store, 'img', 'runInteractive', interactive);
    await rememberAnswers(store, 'img', 'run', { ...interactive, name: 'x' });
    expect(answersFor(store, 'img', [], 'runWith')).toMatchObject({ interactive: false, restart: 'always', name: '' });
  });

  it('remembered bind mounts are refused in an untrusted workspace, for every mode', async () => {
    const store = memory();
    await rememberAnswers(store, 'img', 'runWith', { ...defaultAnswers([]), volumes: ['./src:/app', 'data:/data'] });
    for (const mode of ['run', 'runInteractive', 'runWith', 'create'] as const) {
      const spec = runSpecFromAnswers('img', answersFor(store, 'img', [], mode), { workspaceFolder: '/ws' });
      expect(trustProblem(spec, false), mode).toMatch(/trusted workspace/);
      expect(trustProblem(spec, true), mode).toBeUndefined();
    }
    expect(
      trustProblem(runSpecFromAnswers('img', { ...defaultAnswers([]), volumes: ['data:/data', '/anon'] }), false),
    ).toBeUndefined();
  });

  it('a remembered name that is taken gets the first free numeric suffix', () => {
    expect(freeContainerName('web', ['/db'])).toBe('web');
    expect(freeContainerName('web', ['/web', 'web-2', 'web-3x'])).toBe('web-3');
    expect(freeContainerName('web', ['web', 'web-2', 'web-3'])).toBe('web-4');
  });
});
