// Our speed-ups of dockerfile-ast (memoized getters, stage ranges and FROM lines computed once per parse, the
// parse shared with the validator) must give the library's own answers: the validator's diagnostics and every
// variable's resolution, with and without them, on the fixtures and on mutations of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import { DockerfileParser } from 'dockerfile-ast';
import { parseDockerfile, releaseParse, withOriginalAst, withSharedParse } from './parse';

const fixtures = join(__dirname, '../../../../test/fixtures/lint');
const SEEDS = [
  ...readdirSync(fixtures).filter((f) => /dockerfile/i.test(f)).map((f) => readFileSync(join(fixtures, f), 'utf8')),
  'ARG BASE=alpine\nARG TAG=3.19\nFROM ${BASE}:${TAG} AS a\nARG TAG\nENV X=$TAG Y=${BASE:-none}\nRUN echo $X $Y $TAG\nFROM \\\n  a AS b\nCOPY --from=a /$TAG /${X}\nONBUILD ENV Z=$X\nFROM $BASE\nWORKDIR /w/$TAG\n',
  '# escape=`\nARG V=1\nFROM busybox AS s1\nENV A=$V `\n  B=${A}\nLABEL x=$A y=${B}\nFROM s1\nARG V\nEXPOSE ${V}0\n',
  'ENV PRE=1\nFROM scratch\nENV A=${PRE}\nUSER ${A}:${MISSING}\n',
];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}
/** Lines dropped, duplicated or moved: variables end up before, inside and after other stages and FROM lines. */
function shuffleLines(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  for (let k = 0; k < 4; k++) {
    const i = Math.floor(rnd() * lines.length);
    const op = Math.floor(rnd() * 3);
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(Math.floor(rnd() * lines.length), 0, lines[i] ?? '');
    else { const [l] = lines.splice(i, 1); lines.splice(Math.floor(rnd() * lines.length), 0, l ?? ''); }
  }
  return lines.join('\n');
}

const corpus: string[] = [];
for (const seed of SEEDS) {
  corpus.push(seed);
  const rnd = prng(seed.length);
  for (let i = 0; i < 40; i++) corpus.push(shuffleLines(seed, rnd));
}

/** Every variable of every instruction (ONBUILD triggers too), resolved where it stands. */
function resolutions(text: string): unknown[] {
  const df = DockerfileParser.parse(text);
  const out: unknown[] = [];
  for (const inst of df.getInstructions()) {
    const insts = [inst, ...('getTriggerInstruction' in inst ? [(inst as { getTriggerInstruction(): typeof inst | null }).getTriggerInstruction()].filter((x) => x !== null) : [])];
    for (const i of insts) {
      for (const v of i.getVariables()) {
        const line = v.getRange().start.line;
        out.push([v.getName(), line, df.resolveVariable(v.getName(), line), df.getContainingImage({ line, character: 0 })?.getRange() ?? null]);
      }
    }
  }
  return out;
}

describe('dockerfile-ast speed-ups give the library\'s answers (unit)', () => {
  it(`validator diagnostics and variable resolution match on ${SEEDS.length} files and ${corpus.length - SEEDS.length} mutations`, () => {
    let variables = 0;
    for (const text of corpus) {
      const doc = TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, text);
      const library = withOriginalAst(() => new Validator({}).validate(doc));
      const ours = withSharedParse(text, () => new Validator({}).validate(doc));
      releaseParse();
      expect(ours, text).toEqual(library);
      const want = withOriginalAst(() => resolutions(text));
      const got = resolutions(text);
      expect(got, text).toEqual(want);
      variables += got.length;
    }
    expect(variables).toBeGreaterThan(500);
  });

  it('shares one parse: the validator gets the very AST our rules walk', () => {
    const text = 'FROM alpine\nRUN true\n';
    const mine = parseDockerfile(text);
    expect(withSharedParse(text, () => DockerfileParser.parse(text))).toBe(mine);
    releaseParse();
    expect(DockerfileParser.parse(text)).not.toBe(mine); // outside, the library parses as usual
  });
});
