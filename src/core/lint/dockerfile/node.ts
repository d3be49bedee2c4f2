// Our model of one instruction, built once per parse: what the rules read of it (arguments, flags, properties,
// variables, the image of a FROM, the commands of a RUN) taken from dockerfile-ast's public methods on first use
// and kept. The library computes these anew on every call (each getArguments() tokenizes the instruction again),
// and ninety rules read the same instruction.
import {
  Copy,
  From,
  JSONInstruction,
  ModifiableInstruction,
  PropertyInstruction,
  Run,
  type Argument,
  type Flag,
  type Heredoc,
  type Instruction,
  type Onbuild,
  type Property,
  type Variable,
} from 'dockerfile-ast';
import type { Position, Range } from 'vscode-languageserver-types';
import { parseCommands, type Command } from './shell';
import { scriptSource, type Source } from './shellWords';

export interface Stage {
  index: number;
  from: From;
  /** `AS name`, lowercased as BuildKit does; undefined when unnamed */
  name?: string;
  /** image as written (`node:20`), or the stage it builds on */
  image?: string;
  /** image reference of this stage is a previous stage's name */
  fromStage?: Stage;
}

/** The parts of a FROM's image reference and stage name, as dockerfile-ast reads them. */
export interface FromParts {
  image: string | null;
  imageRange: Range | null;
  tag: string | null;
  tagRange: Range | null;
  digest: string | null;
  buildStage: string | null;
  buildStageRange: Range | null;
  platformFlag: Flag | null;
}

/** The text of the document, for the RUN script (instructions do not hand out their text through public methods). */
export interface SourceText {
  getText(range?: Range): string;
  offsetAt(position: Position): number;
}

export class Node {
  #args?: Argument[];
  #argsContent?: string | null;
  #flags?: Flag[];
  #properties?: Property[];
  #variables?: Variable[];
  #heredocs?: Heredoc[];
  #json?: string[] | null;
  #fromFlag?: Flag | null;
  #fromParts?: FromParts | null;
  #commands?: Command[];
  #shellScript?: Source;

  constructor(
    readonly inst: Instruction,
    /** upper-cased keyword; for an ONBUILD trigger, the trigger's keyword */
    readonly keyword: string,
    /** undefined for instructions before the first FROM (global ARGs) */
    readonly stage: Stage | undefined,
    private readonly source: SourceText,
    private readonly escapeChar: string,
    /** set when this node is the trigger of an ONBUILD instruction */
    readonly onbuild?: Onbuild,
    /** a FROM's parts, when the parse has read them already */
    from?: FromParts,
  ) {
    if (from) this.#fromParts = from;
  }

  /** arguments after the flags (`getArguments()`) */
  get args(): Argument[] {
    return (this.#args ??= this.inst.getArguments());
  }

  /** from the first argument to the last, else the whole instruction (a new object each time: findings own theirs) */
  get argsRange(): Range {
    const args = this.args;
    const first = args[0];
    const last = args[args.length - 1];
    return first && last ? { start: first.getRange().start, end: last.getRange().end } : this.inst.getRange();
  }

  get argsContent(): string | null {
    if (this.#argsContent === undefined) this.#argsContent = this.inst.getArgumentsContent();
    return this.#argsContent;
  }

  /** `--name=value` flags (none for instructions that take no flags) */
  get flags(): Flag[] {
    return (this.#flags ??= this.inst instanceof ModifiableInstruction ? this.inst.getFlags() : []);
  }

  /** ARG, ENV and LABEL properties ([] for other instructions) */
  get properties(): Property[] {
    return (this.#properties ??= this.inst instanceof PropertyInstruction ? this.inst.getProperties() : []);
  }

  get variables(): Variable[] {
    return (this.#variables ??= this.inst.getVariables());
  }

  /** heredocs of RUN and COPY ([] for others) */
  get heredocs(): Heredoc[] {
    if (this.#heredocs) return this.#heredocs;
    const inst = this.inst;
    // the library takes a heredoc's start from an argument that begins with `<<`; without one, it finds none
    const some = (inst instanceof Run || inst instanceof Copy) && this.args.some((a) => a.getValue().startsWith('<<'));
    return (this.#heredocs = some ? inst.getHeredocs() : []);
  }

  /** the strings of an exec-form (JSON) instruction; undefined for shell form or invalid JSON */
  get json(): string[] | undefined {
    if (this.#json === undefined) this.#json = execStrings(this.inst) ?? null;
    return this.#json ?? undefined;
  }

  /** `COPY --from=…` */
  get fromFlag(): Flag | null {
    if (this.#fromFlag === undefined) this.#fromFlag = this.inst instanceof Copy ? this.inst.getFromFlag() : null;
    return this.#fromFlag;
  }

  /** image and stage name of a FROM; undefined for other instructions */
  get from(): FromParts | undefined {
    if (this.#fromParts === undefined)
      this.#fromParts = this.inst instanceof From ? fromParts(this.inst, this.source) : null;
    return this.#fromParts ?? undefined;
  }

  /** simple commands of a RUN (shell form, exec form, heredocs) read as a POSIX shell script; [] for others */
  get commands(): Command[] {
    return (this.#commands ??= this.keyword === 'RUN' ? this.readCommands() : []);
  }

  /** Shell text of a RUN (flags excluded) as Docker hands it to the shell: continuations joined, comment lines dropped. */
  get script(): string {
    return this.shellScript.text;
  }

  /** `script` with the document offset of each of its characters, for the ranges of its words (commandRanges.ts) */
  get shellScript(): Source {
    if (this.#shellScript) return this.#shellScript;
    const args = this.args;
    const first = args[0];
    const last = args[args.length - 1];
    if (!first || !last) return (this.#shellScript = { text: '', at: [] });
    const range = { start: first.getRange().start, end: last.getRange().end };
    const text = this.source.getText(range);
    return (this.#shellScript = scriptSource(text, this.source.offsetAt(range.start), this.escapeChar));
  }

  private readCommands(): Command[] {
    const exec = this.json;
    if (exec && exec.length > 0) return parseCommands(exec.map((s) => `'${s.replace(/'/g, `'\\''`)}'`).join(' '));
    const heredocs = this.heredocs;
    if (heredocs.length === 0) return parseCommands(this.script);
    // `RUN <<EOF` runs the heredoc as the script; `RUN python3 <<EOF` feeds it to a program
    if (!(this.args[0]?.getValue() ?? '').startsWith('<<')) return parseCommands(this.script.split('<<')[0] ?? '');
    return heredocs.flatMap((h, heredoc) => {
      const r = h.getContentRange();
      return parseCommands(r ? this.source.getText(r) : '').map((c) => Object.assign(c, { heredoc }));
    });
  }
}

export function isJsonForm(inst: Instruction): boolean {
  return inst instanceof JSONInstruction && inst.getOpeningBracket() !== null && inst.getClosingBracket() !== null;
}

function execStrings(inst: Instruction): string[] | undefined {
  if (!isJsonForm(inst)) return undefined;
  try {
    const v: unknown = JSON.parse(inst.getArgumentsContent() ?? '');
    return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** A FROM's parts: each range asked of the library once, its text read from the document (as getImageTag() does). */
export function fromParts(from: From, source: SourceText): FromParts {
  const text = (r: Range | null) => (r ? source.getText(r) : null);
  const tagRange = from.getImageTagRange();
  const digestRange = from.getImageDigestRange();
  const buildStageRange = from.getBuildStageRange();
  return {
    image: from.getImage(),
    imageRange: from.getImageRange(),
    tag: text(tagRange),
    tagRange,
    digest: text(digestRange),
    buildStage: text(buildStageRange),
    buildStageRange,
    platformFlag: from.getPlatformFlag(),
  };
}
