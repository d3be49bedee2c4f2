import { describe, expect, it } from 'vitest';
import { parseStepName, PlainProgress } from './plainProgress';

const output = `#1 [internal] load build definition from Dockerfile
#1 sha256:9a29a585fc94b4816d7094716e73cab68ce87d87c814c5e6566f70fe397dd8a5
#1 transferring dockerfile: 159B done
#1 DONE 0.1s

#4 [stage-0 1/3] FROM docker.io/library/busybox:latest
#4 CACHED

#5 [stage-0 2/3] RUN echo one
#5 0.531 one
#5 DONE 0.5s

#7 [stage-0 3/3] RUN echo three && exit 3
#7 0.448 three
#7 ERROR: executor failed running [/bin/sh -c echo three && exit 3]: exit code: 3
------
 > [stage-0 3/3] RUN echo three && exit 3:
------
executor failed running [/bin/sh -c echo three && exit 3]: exit code: 3
`;

describe('BuildKit plain progress (unit)', () => {
  it('reads steps, their state, time, output and the failure', () => {
    const p = new PlainProgress();
    const kinds = output.split('\n').map((l) => p.push(l)?.kind);
    expect(kinds.filter((k) => k === 'start')).toHaveLength(4);
    const [internal, from, one, three] = [...p.steps.values()];
    expect(internal).toMatchObject({ internal: true, state: 'done', seconds: 0.1 });
    expect(from).toMatchObject({ stage: 'stage-0', index: 1, total: 3, state: 'cached' });
    expect(one).toMatchObject({ instruction: 'RUN echo one', state: 'done', seconds: 0.5, logs: ['one'] });
    expect(three?.state).toBe('error');
    expect(three?.error).toMatch(/exit code: 3$/);
    expect(p.failedStep()).toBe(three);
    expect(p.instructionSteps()).toHaveLength(3);
    expect(p.trailer.at(-1)).toMatch(/^executor failed/);
  });

  it('splits platform, stage and count in the bracket', () => {
    expect(parseStepName('[linux/arm64 final  2/10] RUN x')).toEqual({
      internal: false,
      platform: 'linux/arm64',
      stage: 'final',
      index: 2,
      total: 10,
      instruction: 'RUN x',
    });
    expect(parseStepName('[ 3/12] COPY . .')).toEqual({
      internal: false,
      index: 3,
      total: 12,
      instruction: 'COPY . .',
    });
    expect(parseStepName('exporting to image')).toEqual({ internal: true, instruction: 'exporting to image' });
    expect(parseStepName('[internal] load .dockerignore').internal).toBe(true);
  });

  it('keeps no terminal escapes: a step that prints colours reads as plain text', () => {
    const p = new PlainProgress();
    const updates = [
      '#5 [2/3] RUN printf "\\033[31mred\\033[0m"',
      '#5 0.231 \u001b[31mred text\u001b[0m and \u001b[1;32mbold green\u001b[0m',
      '#5 ERROR: \u001b[31mprocess failed\u001b[0m',
      '\u001b[33mWARNING\u001b[0m: trailer',
    ].map((l) => p.push(l));
    const texts = updates.map((u) => (u?.kind === 'log' || u?.kind === 'text' ? u.text : ''));
    expect(texts[1]).toBe('red text and bold green');
    expect(texts[3]).toBe('WARNING: trailer');
    expect(p.failedStep()?.error).toBe('process failed');
    expect(JSON.stringify([...p.steps.values()])).not.toMatch(/\\u001b/);
  });

  it('never throws on noise, CR line ends or unknown vertices', () => {
    const p = new PlainProgress();
    for (const l of ['', '#', '#x y', '#12', '#3 DONE\r', '#3 CANCELED', '\u0000\u0001', '#9 [a b c d/e] ?'])
      expect(() => p.push(l)).not.toThrow();
    expect(p.steps.get(3)?.state).toBe('canceled');
  });
});
