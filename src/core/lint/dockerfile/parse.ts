// One parse per text, shared by our rules and dockerfile-utils' validator.
import { DockerfileParser, Instruction, ModifiableInstruction, type Dockerfile } from './ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rawArguments } from './rawArguments';

// dockerfile-ast recomputes arguments and variables on every getter call (the validator's hottest
// path); the AST is immutable after parse, so a per-instance cache is safe. `copy` where a library
// caller mutates the result (ModifiableInstruction shifts flags off getRawArguments, Label splices
// getVariables).
const patches: { target: Record<string, unknown>; name: string; original: unknown; wrapped: unknown }[] = [];

/** Runs fn with dockerfile-ast's getters as shipped (the benchmark's baseline runs the bare validator this way). */
export function withOriginalAst<T>(fn: () => T): T {
  // a name patched twice (replaced, then memoized) is restored newest first, so the library's own ends up in place
  for (const p of [...patches].reverse()) p.target[p.name] = p.original;
  try {
    return fn();
  } finally {
    for (const p of patches) p.target[p.name] = p.wrapped;
  }
}

/**
 * Puts `make(original)` in place of proto[name], once: a module evaluated again (one per test file) finds its
 * `kind` already in the chain and leaves it. A name may be patched by several kinds (replaced, then memoized).
 */
type Patched = { stevedorePatches?: string[] };
function patch(
  proto: object,
  name: string,
  kind: string,
  make: (original: never) => (...args: never[]) => unknown,
): void {
  const target = proto as Record<string, unknown>;
  const original = target[name] as Patched;
  if (original.stevedorePatches?.includes(kind)) return;
  const wrapped = make(original as never) as Patched;
  wrapped.stevedorePatches = [...(original.stevedorePatches ?? []), kind];
  target[name] = wrapped;
  patches.push({ target, name, original, wrapped });
}
patch(Instruction.prototype, 'getRawArguments', 'runs', () => rawArguments);

function memoize(proto: object, name: string, copy: boolean): void {
  const key = Symbol(name);
  patch(
    proto,
    name,
    'memoize',
    (original: (this: object) => unknown[]) =>
      function (this: Record<symbol, unknown[] | undefined>): unknown[] {
        let v = this[key];
        if (v === undefined) {
          v = original.call(this);
          this[key] = v;
        }
        return copy ? v.slice() : v;
      },
  );
}
memoize(Instruction.prototype, 'getRawArguments', true);
memoize(ModifiableInstruction.prototype, 'getArguments', false);
memoize(Instruction.prototype, 'getVariables', true);
memoize(Instruction.prototype, 'getHeredocs', true);

// Variable resolution (called for every `$x` by getVariables) rescans all instructions and stages:
// quadratic on long files. Cache those scans per template, invalidated if instructions are added.
type Template = { instructions: unknown[] } & Record<symbol, { n: number; v: unknown } | undefined>;
function memoizeScan(proto: object, name: string): void {
  const key = Symbol(name);
  patch(
    proto,
    name,
    'memoizeScan',
    (original: (this: Template) => unknown[]) =>
      function (this: Template): unknown[] {
        const hit = this[key];
        if (hit && hit.n === this.instructions.length) return (hit.v as unknown[]).slice();
        const v = original.call(this);
        this[key] = { n: this.instructions.length, v };
        return v.slice();
      },
  );
}
const dockerfileProto = Object.getPrototypeOf(DockerfileParser.parse('')) as Record<string, unknown>;
const templateProto = Object.getPrototypeOf(dockerfileProto) as object;
for (const name of ['getFROMs', 'getARGs', 'getENVs']) memoizeScan(templateProto, name);
type Pos = { line: number; character: number };
type Rng = { start: Pos; end: Pos };
// dockerfile-ast's Util.isInsideRange
function inside(p: Pos, r: Rng): boolean {
  if (r.start.line === r.end.line)
    return r.start.line === p.line && r.start.character <= p.character && p.character <= r.end.character;
  if (r.start.line === p.line) return r.start.character <= p.character;
  if (r.end.line === p.line) return p.character <= r.end.character;
  return r.start.line < p.line && p.line < r.end.line;
}
{
  // same answer as the original, from stage ranges computed once per parse (it rebuilt every range per call)
  type Stages = { n: number; docEnd: Pos; initial?: { t: unknown; r: Rng }; stages: { t: unknown; r: Rng }[] };
  type Df = Template & {
    document: { getText(): string; positionAt(o: number): Pos };
    initialInstructions: { getComments(): unknown[]; getInstructions(): unknown[]; getRange(): Rng };
    buildStages: { getRange(): Rng }[];
  };
  const key = Symbol('getContainingImage');
  patch(
    dockerfileProto,
    'getContainingImage',
    'stageRanges',
    () =>
      function (this: Df, p: Pos): unknown {
        let c = this[key] as Stages | undefined;
        if (!c || c.n !== this.instructions.length) {
          const init = this.initialInstructions;
          c = {
            n: this.instructions.length,
            docEnd: this.document.positionAt(this.document.getText().length),
            ...(init.getComments().length > 0 || init.getInstructions().length > 0
              ? { initial: { t: init, r: init.getRange() } }
              : {}),
            stages: this.buildStages.map((t) => ({ t, r: t.getRange() })),
          };
          this[key] = c as never;
        }
        if (!inside(p, { start: { line: 0, character: 0 }, end: c.docEnd })) return null;
        if (c.initial && inside(p, c.initial.r)) return c.initial.t;
        // Stages follow one another in the text: only the last starting at or before p, or the one before it when
        // they share a boundary (the earlier wins, as in the original), can hold p.
        const stages = c.stages;
        let lo = 0;
        let hi = stages.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          const start = stages[mid]!.r.start;
          if (start.line < p.line || (start.line === p.line && start.character <= p.character)) lo = mid + 1;
          else hi = mid;
        }
        for (let k = Math.max(0, lo - 2); k < lo; k++) if (inside(p, stages[k]!.r)) return stages[k]!.t;
        return this;
      },
  );
}

{
  // Variable resolution first looked for a FROM on the variable's line by walking every FROM (and copying their
  // list) for each variable: quadratic on long multi-stage files. The FROM lines, computed once per parse, answer
  // that; a variable on a FROM line (rare) still goes to the original. The rest is the original's own steps.
  type Image = { resolveVariable(variable: string, line: number): unknown; addInstruction(i: unknown): void };
  type Df = Template & {
    getFROMs(): { getRange(): Rng }[];
    getContainingImage(p: Pos): Image | null;
    initialInstructions: { getARGs(): unknown[] };
  };
  const ImageTemplate = (templateProto as { constructor: new () => Image }).constructor;
  const key = Symbol('fromLines');
  patch(
    dockerfileProto,
    'resolveVariable',
    'fromLines',
    (original: (this: Df, variable: string, line: number) => unknown) =>
      function (this: Df, variable: string, line: number): unknown {
        let c = this[key] as { n: number; lines: Set<number> } | undefined;
        if (!c || c.n !== this.instructions.length) {
          const lines = new Set<number>();
          for (const from of this.getFROMs()) {
            const r = from.getRange();
            for (let l = r.start.line; l <= r.end.line; l++) lines.add(l);
          }
          c = { n: this.instructions.length, lines };
          this[key] = c as never;
        }
        if (c.lines.has(line)) return original.call(this, variable, line);
        const image = this.getContainingImage({ line, character: 0 });
        if (image === null) return undefined;
        const resolved = image.resolveVariable(variable, line);
        if (resolved !== null) return resolved;
        const initialARGs = new ImageTemplate();
        for (const arg of this.initialInstructions.getARGs()) initialARGs.addInstruction(arg);
        return initialARGs.resolveVariable(variable, line);
      },
  );
}

{
  // TextDocument.positionAt binary-searches the line offsets on every call, and dockerfile-ast calls it a few
  // times per argument while walking the text front to back: the last line found is nearly always the answer,
  // or the next one. Same answer, O(1) for those calls; any other offset goes to the original.
  type Doc = {
    _content: string;
    getLineOffsets(): number[];
    ensureBeforeEOL(offset: number, lineOffset: number): number;
  } & Record<symbol, number | undefined>;
  const hint = Symbol('lastLine');
  // the document class dockerfile-ast builds its own from, and ours (one class in a bundle, two under plain Node)
  const protos = new Set([
    Object.getPrototypeOf(TextDocument.create('', '', 0, '')),
    Object.getPrototypeOf((DockerfileParser.parse('') as unknown as { document: object }).document),
  ]);
  for (const proto of protos as Set<object>) {
    patch(
      proto,
      'positionAt',
      'lineHint',
      (original: (this: Doc, offset: number) => Pos) =>
        function (this: Doc, at: number): Pos {
          const offset = Math.max(Math.min(at, this._content.length), 0);
          const lines = this.getLineOffsets();
          const n = lines.length;
          let line = this[hint] ?? 0;
          if (!(line < n && lines[line]! <= offset && (line + 1 === n || lines[line + 1]! > offset))) {
            line++;
            if (!(line < n && lines[line]! <= offset && (line + 1 === n || lines[line + 1]! > offset))) {
              const p = original.call(this, at);
              this[hint] = p.line;
              return p;
            }
            this[hint] = line;
          }
          return { line, character: this.ensureBeforeEOL(offset, lines[line]!) - lines[line]! };
        },
    );
  }
}

let last: { text: string; dockerfile: Dockerfile } | undefined;

export function parseDockerfile(text: string): Dockerfile {
  if (last && last.text === text) return last.dockerfile;
  const dockerfile = originalParse(text);
  last = { text, dockerfile };
  return dockerfile;
}

/** Drops the cached parse: a retained AST survives young-generation GCs and makes the next lint slower. */
export function releaseParse(): void {
  last = undefined;
}

// DockerfileParser.parse answers from our parse of the same text while withSharedParse runs. One replacement for
// good, reading a variable, rather than a closure over each parse swapped in per call: V8 keeps a function last
// called from old code alive through young-generation GCs, and that closure kept its whole AST with it — every
// lint's AST survived into the old generation (five times the GC work of the lint itself).
const originalParse = DockerfileParser.parse.bind(DockerfileParser);
let shared: { text: string; dockerfile: Dockerfile } | undefined;
DockerfileParser.parse = (t: string) =>
  shared !== undefined && t === shared.text ? shared.dockerfile : originalParse(t);

/** Runs fn (synchronously) with DockerfileParser.parse answering from our parse of the same text. */
export function withSharedParse<T>(text: string, fn: () => T): T {
  shared = { text, dockerfile: parseDockerfile(text) };
  try {
    return fn();
  } finally {
    shared = undefined;
  }
}
