import { describe, expect, it } from 'vitest';
import { dockerfileShape } from './dockerfileStages';
import { cacheOrderHints, historyKeyword, instructionKey, layersForInstructions, type HistoryEntry } from './layers';

const text = `ARG BASE=busybox
FROM \${BASE} AS base
ARG GREETING=hello
ENV A=1
WORKDIR /app
COPY f.txt .
RUN echo "$GREETING" > /app/g

FROM base AS final
LABEL org.example.x=y
RUN cat /run/secrets/tok | wc -c > /app/toklen
RUN echo done \\
  && true
CMD ["sh"]
`;

// `docker history` of the final stage built with BuildKit on top of an image built by the classic builder
const history: HistoryEntry[] = [
  ['CMD ["sh"]', 0],
  ['RUN /bin/sh -c echo done   && true # buildkit', 0],
  ['RUN /bin/sh -c cat /run/secrets/tok | wc -c > /app/toklen # buildkit', 2],
  ['LABEL org.example.x=y', 0],
  ['RUN |1 GREETING=hi /bin/sh -c echo "$GREETING" > /app/g # buildkit', 3],
  ['COPY f.txt . # buildkit', 5],
  ['WORKDIR /app', 0],
  ['ENV A=1', 0],
  ['ARG GREETING=hello', 0],
  ['/bin/sh -c #(nop)  LABEL stevedore.test=1', 0],
  ['/bin/sh -c #(nop)  CMD ["sh"]', 0],
  ['/bin/busybox --install -s /bin', 3220],
  ['/bin/sh -c #(nop) COPY file:73e2b2 in /bin/busybox ', 1980000],
].map(([createdBy, size], i) => ({
  id: i ? '<missing>' : 'sha256:top',
  createdBy: String(createdBy),
  size: Number(size),
}));
const diffIds = ['d-busybox', 'd-install', 'd-workdir', 'd-copy', 'd-run1', 'd-run2', 'd-run3'];

describe('image layers on Dockerfile lines (unit)', () => {
  it('reads the keyword from BuildKit and classic history', () => {
    expect(historyKeyword('RUN |1 X=y /bin/sh -c make # buildkit')).toEqual({
      keyword: 'RUN',
      text: '|1 X=y /bin/sh -c make',
      layer: true,
    });
    expect(historyKeyword('/bin/sh -c #(nop)  CMD ["sh"]')).toMatchObject({ keyword: 'CMD', layer: false });
    expect(historyKeyword('/bin/sh -c #(nop) ADD file:x in /')).toMatchObject({ keyword: 'ADD', layer: true });
    expect(historyKeyword('/bin/sh -c apt-get update')).toMatchObject({ keyword: 'RUN', layer: true });
    expect(historyKeyword('')).toMatchObject({ keyword: 'RUN' });
  });

  it('maps each instruction of the target chain to its entry and layer digest; base entries stay unmatched', () => {
    const layers = layersForInstructions(dockerfileShape(text), history, { target: 'final', diffIds });
    expect(layers.map((l) => [l.instruction.line, l.entry.size, l.diffId])).toEqual([
      [2, 0, undefined],
      [3, 0, undefined],
      [4, 0, 'd-workdir'],
      [5, 5, 'd-copy'],
      [6, 3, 'd-run1'],
      [9, 0, undefined],
      [10, 2, 'd-run2'],
      [11, 0, 'd-run3'],
      [13, 0, undefined],
    ]);
  });

  it('skips instructions with no entry and entries with no instruction (a classic --label)', () => {
    const shape = dockerfileShape('FROM busybox\nRUN a\nONBUILD RUN x\nCMD ["b"]\n');
    const h = [
      { id: 'x', createdBy: '/bin/sh -c #(nop)  LABEL l=1', size: 0 },
      { id: 'y', createdBy: '/bin/sh -c #(nop)  CMD ["b"]', size: 0 },
      { id: 'z', createdBy: '/bin/sh -c a', size: 7 },
      { id: 'base', createdBy: '/bin/sh -c #(nop) ADD file:1 in /', size: 9 },
    ];
    expect(layersForInstructions(shape, h).map((l) => [l.instruction.keyword, l.entry.id])).toEqual([
      ['RUN', 'z'],
      ['CMD', 'y'],
    ]);
  });

  it('hints when a big, often rebuilt COPY sits before a RUN that never changed', () => {
    const shape = dockerfileShape('FROM node\nCOPY . /app\nRUN npm ci\nCMD ["node","/app"]\n');
    const h = [
      { id: 'c', createdBy: 'CMD ["node","/app"]', size: 0 },
      { id: 'r', createdBy: 'RUN /bin/sh -c npm ci # buildkit', size: 90e6 },
      { id: 'p', createdBy: 'COPY . /app # buildkit', size: 30e6 },
    ];
    const layers = layersForInstructions(shape, h);
    const copy = instructionKey({ keyword: 'COPY', args: '. /app' });
    const run = instructionKey({ keyword: 'RUN', args: 'npm ci' });
    const rebuilt = [
      { key: copy, cached: false },
      { key: run, cached: false },
    ];
    const hints = cacheOrderHints(layers, [
      rebuilt,
      rebuilt,
      [
        { key: copy, cached: true },
        { key: run, cached: true },
      ],
    ]);
    expect(hints.map((x) => [x.early.line, x.later.line, x.ran, x.builds])).toEqual([[1, 2, 2, 3]]);
    expect(cacheOrderHints(layers, [rebuilt])).toEqual([]);
    expect(
      cacheOrderHints(layers, [
        rebuilt,
        [
          { key: copy, cached: false },
          { key: 'RUN npm ci --x', cached: false },
        ],
      ]),
    ).toEqual([]);
  });
});
