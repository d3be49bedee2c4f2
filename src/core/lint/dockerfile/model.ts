// What the Dockerfile walker hands to rules: instruction nodes (our model, node.ts), stages, and the shell view of RUN.
import type { Dockerfile } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { EngineFacts, Finding, LintSettings } from '../types';
import { ruleFamily, type Rule } from '../rule';
import type { Command } from './shell';
import type { Node, Stage } from './node';

export type { Node, Stage } from './node';
export { isJsonForm } from './node';

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
  /** the global scope FROM is expanded in (expand.ts globalArgs), computed once per document */
  globalArgs(): ReadonlyMap<string, string>;
  /** simple commands of a RUN (shell form, exec form, heredocs); [] for non-POSIX shells */
  commands(node: Node): Command[];
  /** range of a command's name in the text, else the instruction's arguments */
  commandRange(node: Node, cmd: Command): Range;
  /** range of the command's first argument equal to `word`, for a fix inserting after it (none in exec form) */
  argRange(node: Node, cmd: Command, word: string): Range | undefined;
  /** register engine-aware work; it runs after the synchronous rules and never delays them */
  defer(work: () => Promise<void>): void;
  /** the Dockerfile on disk and its build context: the build form's, else its directory (unknown for unsaved documents) */
  filePath?: string;
  contextDir?: string;
}

export type DockerfileRule = Rule<RuleContext, Listeners>;

export const defineRule = ruleFamily<RuleContext, Listeners>();
