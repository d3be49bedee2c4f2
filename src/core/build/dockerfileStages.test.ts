import { describe, expect, it } from 'vitest';
import { dockerfileShape, instructionForStep, stageChain } from './dockerfileStages';

const text = `ARG BASE=busybox
FROM \${BASE} AS base
ARG GREETING=hello
ENV A=1
WORKDIR /app
COPY f.txt .
RUN echo "$GREETING" \\
  > /app/g

FROM base AS final
LABEL x=y
RUN one
CMD ["sh"]

FROM scratch
COPY --from=0 /app/g /g
`;

describe('Dockerfile stages for builds (unit)', () => {
  const shape = dockerfileShape(text);
  it('lists stages, their bases and the ARGs with defaults', () => {
    expect(shape.stages.map((s) => [s.name, s.base])).toEqual([
      ['base', '${BASE}'],
      ['final', 'base'],
      [undefined, 'scratch'],
    ]);
    expect(shape.args).toEqual([
      { name: 'BASE', default: 'busybox', line: 0 },
      { name: 'GREETING', default: 'hello', line: 2 },
    ]);
    expect(stageChain(shape, 'final').map((s) => s.index)).toEqual([0, 1]);
    expect(stageChain(shape).map((s) => s.index)).toEqual([2]);
  });

  it('maps BuildKit steps to instructions: FROM counts only when it pulls an image', () => {
    const at = (stage: string | undefined, index: number, total: number, target?: string) =>
      instructionForStep(shape, { stage, index, total }, target);
    expect(at('base', 1, 4)?.keyword).toBe('FROM');
    expect(at('base', 2, 4)?.line).toBe(4);
    expect(at('base', 4, 4)).toMatchObject({ keyword: 'RUN', line: 6, endLine: 7 });
    expect(at('final', 1, 1)?.line).toBe(11);
    expect(at('stage-2', 1, 1)?.keyword).toBe('COPY');
    expect(at(undefined, 1, 1)?.line).toBe(15);
    expect(at(undefined, 1, 1, 'final')?.line).toBe(11);
    expect(at('base', 1, 9)).toBeUndefined();
    expect(at('nope', 1, 1)).toBeUndefined();
  });

  it('takes half-typed files without throwing', () => {
    for (const t of ['', 'FROM', 'RUN x', 'FROM a AS', 'ARG =x\nFROM a\nARG'])
      expect(() => dockerfileShape(t)).not.toThrow();
  });
});
