// What the Dockerfile walker hands to rules: instruction nodes, stages, and the shell view of RUN.
import { JSONInstruction, type Dockerfile, type From, type Instruction, type Onbuild } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { EngineFacts, Finding, LintSettings } from '../types';
import { ruleFamily, type Rule } from '../rule';
import type { Command } from './shell';

export const KEYWORDS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

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

export interface Node {
  inst: Instruction;
  /** upper-cased keyword; for an ONBUILD trigger, the trigger's keyword */
  keyword: string;
  /** undefined for instructions before the first FROM (global ARGs) */
  stage: Stage | undefined;
  /** set when this node is the trigger of an ONBUILD instruction */
  onbuild?: Onbuild;
}

export type Listener = (node: Node) => void;
export type Listeners = { [K in Keyword]?: Listener } & {
  /** every instruction (and ONBUILD trigger) */
  any?: Listener;
  /** after the last instruction: whole-file decisions */
  end?: () => void;
};

export interface RuleContext {
  doc: TextDocument;
  dockerfile: Dockerfile;
  settings: LintSettings;
  facts?: EngineFacts;
  /** all stages in order (FROMs are cheap to list; rules still decide in walk order) */
  stages: Stage[];
  escapeChar: string;
  report(f: Finding): void;
  /** simple commands of a RUN (shell form, exec form, heredocs); [] for non-POSIX shells */
  commands(node: Node): Command[];
  /** range of a command's name in the text, else the instruction's arguments */
  commandRange(node: Node, cmd: Command): Range;
  /** register engine-aware work; it runs after the synchronous rules and never delays them */
  defer(work: () => Promise<void>): void;
  /** the Dockerfile on disk and its directory, taken as the build context (unknown for unsaved documents) */
  filePath?: string;
  contextDir?: string;
}

export type DockerfileRule = Rule<RuleContext, Listeners>;

export const defineRule = ruleFamily<RuleContext, Listeners>();

export function isJsonForm(inst: Instruction): boolean {
  return inst instanceof JSONInstruction && inst.getOpeningBracket() !== null && inst.getClosingBracket() !== null;
}

/** Strings of an exec-form instruction, or undefined for shell form / invalid JSON. */
export function jsonStrings(inst: Instruction): string[] | undefined {
  if (!isJsonForm(inst)) return undefined;
  try {
    const v: unknown = JSON.parse(inst.getArgumentsContent() ?? '');
    return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

export function argsRange(inst: Instruction): Range {
  return inst.getArgumentsRange() ?? inst.getRange();
}
