// The lint reads dockerfile-ast and dockerfile-utils as shipped: loading and running it changes nothing in them.
import { describe, expect, it } from 'vitest';
import * as ast from 'dockerfile-ast';
import * as utils from 'dockerfile-utils';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_LINT_SETTINGS } from '../types';

/** Every function reachable from the libraries' exports, their prototypes and their prototype chains. */
function snapshot(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const seen = new Set<object>();
  const visit = (path: string, o: object) => {
    if (seen.has(o) || o === Object.prototype || o === Function.prototype) return;
    seen.add(o);
    for (const k of Object.getOwnPropertyNames(o)) {
      const d = Object.getOwnPropertyDescriptor(o, k);
      const v: unknown = d?.value ?? d?.get;
      out.set(`${path}.${k}`, v);
      if (typeof v === 'function' && k !== 'constructor') visit(`${path}.${k}`, v);
    }
    const proto: unknown = (o as { prototype?: unknown }).prototype;
    if (typeof proto === 'object' && proto !== null) visit(`${path}#`, proto);
    const parent = Object.getPrototypeOf(o) as object | null;
    if (parent) visit(`${path}^`, parent);
  };
  visit('dockerfile-ast', ast);
  visit('dockerfile-utils', utils);
  const doc = TextDocument.create('file:///x', 'dockerfile', 1, 'FROM a\n');
  visit('TextDocument', Object.getPrototypeOf(doc) as object);
  visit('Dockerfile', Object.getPrototypeOf(ast.DockerfileParser.parse('FROM a\n')) as object);
  return out;
}

describe('Dockerfile parse (unit)', () => {
  it('patches nothing: every library function is the same before and after a lint', async () => {
    const before = snapshot();
    const { validateStaged } = await import('./index.js');
    const text = 'ARG V=1\nFROM alpine:${V} AS a\nRUN apk add curl \\\n  && echo $V\nFROM a\nCOPY --from=a /x /y\n';
    const doc = TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, text);
    expect(validateStaged(doc, DEFAULT_LINT_SETTINGS).diagnostics.length).toBeGreaterThan(0);
    const after = snapshot();
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(changed).toEqual([]);
    expect(before.size).toBeGreaterThan(200);
  });

  it("our model lists the library's instructions in order and its escape character", async () => {
    const { parseDockerfile } = await import('./parse.js');
    const text = '# escape=`\nFROM a\nONBUILD RUN x\nRUN y `\n  z\n';
    const p = parseDockerfile(text);
    expect(p.text).toBe(text);
    expect(p.escapeChar).toBe('`');
    expect(p.instructions.map((i) => i.getKeyword())).toEqual(['FROM', 'ONBUILD', 'RUN']);
    expect(p.instructions.map((i) => i.getRange())).toEqual(p.dockerfile.getInstructions().map((i) => i.getRange()));
  });

  it('builds a node per instruction and ONBUILD trigger, with stages and what the rules read taken from the library', async () => {
    const { parseDockerfile } = await import('./parse.js');
    const text =
      'ARG V=1\nFROM --platform=linux/amd64 node:20@sha256:abc AS Build\nONBUILD RUN make\nFROM build\nCOPY --from=build /a /b\nENV A=1 B=$A\n';
    const p = parseDockerfile(text);
    expect(p.nodes.map((n) => [n.keyword, n.stage?.index, n.onbuild !== undefined])).toEqual([
      ['ARG', undefined, false],
      ['FROM', 0, false],
      ['ONBUILD', 0, false],
      ['RUN', 0, true],
      ['FROM', 1, false],
      ['COPY', 1, false],
      ['ENV', 1, false],
    ]);
    expect(p.stages.map((s) => [s.name, s.image, s.fromStage?.index])).toEqual([
      ['build', 'node:20@sha256:abc', undefined],
      [undefined, 'build', 0],
    ]);
    for (const n of p.nodes) {
      expect(n.args.map((a) => a.getRange())).toEqual(n.inst.getArguments().map((a) => a.getRange()));
      expect(n.argsRange).toEqual(n.inst.getArgumentsRange() ?? n.inst.getRange());
      expect(n.argsContent).toBe(n.inst.getArgumentsContent());
      expect(n.variables.map((v) => v.getName())).toEqual(n.inst.getVariables().map((v) => v.getName()));
    }
    const from = p.nodes[1]!;
    const lib = from.inst as import('dockerfile-ast').From;
    expect(from.from).toEqual({
      image: lib.getImage(),
      imageRange: lib.getImageRange(),
      tag: lib.getImageTag(),
      tagRange: lib.getImageTagRange(),
      digest: lib.getImageDigest(),
      buildStage: lib.getBuildStage(),
      buildStageRange: lib.getBuildStageRange(),
      platformFlag: lib.getPlatformFlag(),
    });
    expect(from.flags.map((f) => f.getName())).toEqual(['platform']);
    expect(p.nodes[5]!.fromFlag?.getValue()).toBe('build');
    expect(p.nodes[6]!.properties.map((q) => q.getName())).toEqual(['A', 'B']);
    expect(p.nodes[3]!.commands.map((c) => c.name)).toEqual(['make']);
  });
});

describe('parsedDocument (unit)', () => {
  it('parses a document version once, for the lint and the requests after it', async () => {
    // loaded here, as above: the snapshot test must see the libraries before the lint is loaded
    const { parsedDocument } = await import('./parse.js');
    const doc = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, 'FROM alpine AS a\nRUN make\n');
    const first = parsedDocument(doc);
    expect(parsedDocument(doc)).toBe(first);
    expect(first.stages.map((s) => s.name)).toEqual(['a']);
    TextDocument.update(doc, [{ text: 'FROM alpine AS b\n' }], 2);
    expect(parsedDocument(doc).stages.map((s) => s.name)).toEqual(['b']);
    // another document of the same version number with other text is parsed for its own text
    const other = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 2, 'FROM x AS c\n');
    expect(parsedDocument(other).stages.map((s) => s.name)).toEqual(['c']);
  });

  it('the engine stage hands back the offline list itself when the engine found nothing (nothing to send again)', async () => {
    const { validateStaged } = await import('./index.js');
    const doc = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, 'FROM alpine:3.19\nRUN make\n');
    const facts = { imagePresent: () => Promise.resolve(true) };
    const staged = validateStaged(doc, { ...DEFAULT_LINT_SETTINGS, engineChecks: true }, facts);
    expect(staged.later).toBeDefined();
    expect(await staged.later).toBe(staged.diagnostics);
    const missing = validateStaged(
      doc,
      { ...DEFAULT_LINT_SETTINGS, engineChecks: true },
      {
        imagePresent: () => Promise.resolve(false),
      },
    );
    const all = await missing.later;
    expect(all).not.toBe(missing.diagnostics);
    expect(all?.length ?? 0).toBeGreaterThan(missing.diagnostics.length);
  });
});
