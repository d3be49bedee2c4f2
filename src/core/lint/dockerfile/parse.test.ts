// Our speed-ups of dockerfile-ast (memoized getters, stage ranges and FROM lines computed once per parse, the
// parse shared with the validator) must give the library's own answers: the validator's diagnostics and every
// variable's resolution, with and without them, on the fixtures and on mutations of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import { DockerfileParser, Instruction, type Argument } from 'dockerfile-ast';
import { parseDockerfile, releaseParse, withOriginalAst, withSharedParse } from './parse';

const fixtures = join(__dirname, '../../../../test/fixtures/lint');
const SEEDS = [
  ...readdirSync(fixtures)
    .filter((f) => /dockerfile/i.test(f))
    .map((f) => readFileSync(join(fixtures, f), 'utf8')),
  'ARG BASE=alpine\nARG TAG=3.19\nFROM ${BASE}:${TAG} AS a\nARG TAG\nENV X=$TAG Y=${BASE:-none}\nRUN echo $X $Y $TAG\nFROM \\\n  a AS b\nCOPY --from=a /$TAG /${X}\nONBUILD ENV Z=$X\nFROM $BASE\nWORKDIR /w/$TAG\n',
  '# escape=`\nARG V=1\nFROM busybox AS s1\nENV A=$V `\n  B=${A}\nLABEL x=$A y=${B}\nFROM s1\nARG V\nEXPOSE ${V}0\n',
  'ENV PRE=1\nFROM scratch\nENV A=${PRE}\nUSER ${A}:${MISSING}\n',
  // escapes and continuations, for the arguments: escaped space, escaped `$`, escape before a letter, a comment
  // inside a continuation, CRLF, escaped whitespace then newline, an escape as the very last character
  'FROM a\\ b AS c\\\\d\nRUN echo \\$HOME a\\bc \\\n  # note\\\n  d\\  \\\n e \\ \t\n f\r\nLABEL "k\\"q"=v\\\r\n  x=y\nCMD \\',
  '# escape=`\nFROM a` b\nRUN echo `$X a``b `\n  # c\n  d` ` \ne\nWORKDIR C:\\x`\r\n\\y\nEXPOSE `',
];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
/** Lines dropped, duplicated or moved: variables end up before, inside and after other stages and FROM lines. */
function shuffleLines(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  for (let k = 0; k < 4; k++) {
    const i = Math.floor(rnd() * lines.length);
    const op = Math.floor(rnd() * 3);
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(Math.floor(rnd() * lines.length), 0, lines[i] ?? '');
    else {
      const [l] = lines.splice(i, 1);
      lines.splice(Math.floor(rnd() * lines.length), 0, l ?? '');
    }
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
    const insts = [
      inst,
      ...('getTriggerInstruction' in inst
        ? [(inst as { getTriggerInstruction(): typeof inst | null }).getTriggerInstruction()].filter((x) => x !== null)
        : []),
    ];
    for (const i of insts) {
      for (const v of i.getVariables()) {
        const line = v.getRange().start.line;
        out.push([
          v.getName(),
          line,
          df.resolveVariable(v.getName(), line),
          df.getContainingImage({ line, character: 0 })?.getRange() ?? null,
        ]);
      }
    }
  }
  return out;
}

describe("dockerfile-ast speed-ups give the library's answers (unit)", () => {
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

  it("arguments of every instruction (ONBUILD triggers too) match the library's, values and ranges", () => {
    const args = (text: string) =>
      DockerfileParser.parse(text)
        .getInstructions()
        .flatMap((inst) => [
          inst,
          ...('getTriggerInstruction' in inst
            ? [(inst as { getTriggerInstruction(): typeof inst | null }).getTriggerInstruction()].filter(
                (x) => x !== null,
              )
            : []),
        ])
        .map((i) =>
          (i as unknown as { getRawArguments(): Argument[] })
            .getRawArguments()
            .map((a) => [a.getValue(), a.getRange()]),
        );
    // characters that steer the argument scanner, dropped in at random places
    const rnd = prng(7);
    const pieces = ['\\', '`', ' ', '\t', '\n', '\r\n', '\r', '#', '$', '\\\n', '\\ ', '"', "'"];
    const mutated = SEEDS.flatMap((seed) =>
      Array.from({ length: 60 }, () => {
        let t = seed;
        for (let k = 0; k < 6; k++) {
          const at = Math.floor(rnd() * (t.length + 1));
          t = t.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)]! + t.slice(at);
        }
        return t;
      }),
    );
    let n = 0;
    for (const text of [...corpus, ...mutated]) {
      const want = withOriginalAst(() => args(text));
      expect(args(text), text).toEqual(want);
      n += want.flat().length;
    }
    expect(n).toBeGreaterThan(5000);
  });

  it("positions from offsets match the library's, in order, backwards, at random and out of range, after edits too", () => {
    const rnd = prng(11);
    const eols = ['\n', '\r\n', '\r', ''];
    for (let k = 0; k < 200; k++) {
      const text = Array.from(
        { length: Math.floor(rnd() * 30) },
        () => 'x'.repeat(Math.floor(rnd() * 5)) + eols[Math.floor(rnd() * 4)]!,
      ).join('');
      const offsets = [
        ...Array.from({ length: text.length + 3 }, (_, i) => i - 1),
        ...Array.from({ length: text.length + 3 }, (_, i) => text.length + 1 - i),
        ...Array.from({ length: 40 }, () => Math.floor(rnd() * (text.length + 4)) - 2),
      ];
      const ours = TextDocument.create('file:///x', 'dockerfile', 1, text);
      const theirs = TextDocument.create('file:///x', 'dockerfile', 1, text);
      const positions = (d: TextDocument) => offsets.map((o) => d.positionAt(o));
      expect(positions(ours), JSON.stringify(text)).toEqual(withOriginalAst(() => positions(theirs)));
      const edit = {
        range: { start: ours.positionAt(Math.floor(rnd() * text.length)), end: ours.positionAt(text.length) },
        text: 'y\r\nz\n',
      };
      TextDocument.update(ours, [edit], 2);
      TextDocument.update(theirs, [edit], 2);
      expect(positions(ours)).toEqual(withOriginalAst(() => positions(theirs)));
    }
    // dockerfile-ast's own documents (another copy of the class when not bundled) get it too
    const doc = (DockerfileParser.parse('FROM a\n') as unknown as { document: object }).document;
    expect(
      (Object.getPrototypeOf(doc) as { positionAt: { stevedorePatches?: string[] } }).positionAt.stevedorePatches,
    ).toEqual(['lineHint']);
  });

  it('every speed-up is in place once, the argument scanner under its cache', () => {
    const chain = (proto: object, name: string) =>
      (proto as Record<string, { stevedorePatches?: string[] }>)[name]!.stevedorePatches;
    expect(chain(Instruction.prototype, 'getRawArguments')).toEqual(['runs', 'memoize']);
    expect(chain(Instruction.prototype, 'getVariables')).toEqual(['memoize']);
    expect(chain(Instruction.prototype, 'getHeredocs')).toEqual(['memoize']);
    const df = Object.getPrototypeOf(DockerfileParser.parse('')) as object;
    expect(chain(df, 'getContainingImage')).toEqual(['stageRanges']);
    expect(chain(df, 'resolveVariable')).toEqual(['fromLines']);
  });

  it('shares one parse: the validator gets the very AST our rules walk', () => {
    const text = 'FROM alpine\nRUN true\n';
    const mine = parseDockerfile(text);
    expect(withSharedParse(text, () => DockerfileParser.parse(text))).toBe(mine);
    releaseParse();
    expect(DockerfileParser.parse(text)).not.toBe(mine); // outside, the library parses as usual
  });
});
