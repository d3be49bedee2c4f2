// Runs the Dockerfile rules over one parse: a single walk dispatching instructions to rule listeners.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { EngineFacts, Finding, LintSettings } from '../types';
import type { Command } from './shell';
import { CommandRanges } from './commandRanges';
import { globalArgs } from './expand';
import type { DockerfileRule, Listener, Listeners, Node } from './model';
import { isPosixShell, type Pragmas } from './pragmas';
import type { ParsedDockerfile } from './parse';

export interface RawFinding extends Finding {
  rule: DockerfileRule;
}

export function filePathOf(doc: TextDocument): string | undefined {
  if (!doc.uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(doc.uri);
  } catch {
    return undefined;
  }
}

export interface WalkInput {
  doc: TextDocument;
  parsed: ParsedDockerfile;
  settings: LintSettings;
  facts?: EngineFacts;
  pragmas: Pragmas;
  rules: DockerfileRule[];
}

export function walk(input: WalkInput): { findings: RawFinding[]; deferred: (() => Promise<void>)[] } {
  const { doc, pragmas } = input;
  const { dockerfile, escapeChar } = input.parsed;
  const findings: RawFinding[] = [];
  const deferred: (() => Promise<void>)[] = [];
  /** RUNs under a SHELL that is not POSIX (pwsh, cmd): no command rules, as hadolint does */
  const nonPosix = new Set<Node>();
  const filePath = filePathOf(doc);
  const contextDir = filePath ? (input.settings.buildContext ?? dirname(filePath)) : undefined;

  const commands = (node: Node): Command[] => {
    if (node.keyword !== 'RUN' || nonPosix.has(node)) return [];
    if (pragmas.nonPosixFromLine !== undefined && node.inst.getRange().start.line > pragmas.nonPosixFromLine) return [];
    return node.commands;
  };

  const ranges = new CommandRanges(doc);
  const commandRange = (node: Node, cmd: Command): Range => ranges.range(node, cmd) ?? node.argsRange;
  const argRange = (node: Node, cmd: Command, word: string) => ranges.argRange(node, cmd, word);

  let globals: ReadonlyMap<string, string> | undefined;
  const globalScope = () => (globals ??= globalArgs(input.parsed.nodes, doc, escapeChar));

  const stages = input.parsed.stages;
  const defer = (w: () => Promise<void>) => {
    deferred.push(w);
  };
  const settings = input.settings;
  const facts = input.facts;
  const withFile = contextDir !== undefined && filePath !== undefined;
  // one literal shape for every rule's context (spreads or Object.create here cost more than the rules)
  const active: Listeners[] = input.rules.map((rule) =>
    rule.create({
      doc,
      dockerfile,
      settings,
      stages,
      escapeChar,
      globalArgs: globalScope,
      commands,
      commandRange,
      argRange,
      defer,
      facts,
      filePath: withFile ? filePath : undefined,
      contextDir: withFile ? contextDir : undefined,
      report: (f: Finding) => {
        findings.push(Object.assign(f, { rule }));
      },
    }),
  );

  // listeners grouped by keyword once, so each instruction only visits the rules that asked for it
  const anyListeners: Listener[] = [];
  const byKeyword = new Map<string, Listener[]>();
  for (const l of active) {
    // Object.keys, not Object.entries: entries builds a pair per listener at every lint (half of the walk's own time)
    for (const k of Object.keys(l) as (keyof Listeners)[]) {
      const fn = l[k];
      if (k === 'end' || typeof fn !== 'function') continue;
      if (k === 'any') {
        anyListeners.push(fn as Listener);
        continue;
      }
      let list = byKeyword.get(k);
      if (!list) {
        list = [];
        byKeyword.set(k, list);
      }
      list.push(fn as Listener);
    }
  }
  const dispatch = (node: Node) => {
    for (const fn of anyListeners) fn(node);
    const list = byKeyword.get(node.keyword);
    if (list) for (const fn of list) fn(node);
  };
  // SHELL of each stage so far; a stage built on an earlier one inherits its shell, as the image config does
  const posixShell: boolean[] = [];
  let posix = true;
  for (const node of input.parsed.nodes) {
    const { keyword, stage } = node;
    // an ONBUILD trigger runs under the SHELL in force at its ONBUILD
    if (keyword === 'FROM' && !node.onbuild) {
      const base = stage?.fromStage;
      posix = base ? (posixShell[base.index] ?? true) : true;
    } else if (keyword === 'SHELL' && !node.onbuild) {
      const words = node.json;
      if (words && words.length > 0) posix = isPosixShell(words);
    }
    if (stage) posixShell[stage.index] = posix;
    if (!posix && keyword === 'RUN') nonPosix.add(node);
    dispatch(node);
  }
  for (const l of active) l.end?.();
  return { findings, deferred };
}
