// Runs the Dockerfile rules over one parse: a single walk dispatching instructions to rule listeners.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { EngineFacts, Finding, LintSettings } from '../types';
import type { Command } from './shell';
import { shellWords, type ShellWord } from './shellWords';
import type { DockerfileRule, Listener, Listeners, Node } from './model';
import { isPosixShell, type Pragmas } from './pragmas';
import type { ParsedDockerfile } from './parse';

export interface RawFinding extends Finding {
  rule: DockerfileRule;
}

/** What stands before a command's name inside a substitution or an `sh -c` script (with any blanks). */
const NESTED_COMMAND_START = /(?:\$\(|`|-c[ \t]+["']|;|&&|\|\||\||\()[ \t]*$/;

function unquote(s: string): string {
  return s.replace(/^(["'])(.*)\1$/, '$2');
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
  const contextDir = filePath ? dirname(filePath) : undefined;

  const commands = (node: Node): Command[] => {
    if (node.keyword !== 'RUN' || nonPosix.has(node)) return [];
    if (pragmas.nonPosixFromLine !== undefined && node.inst.getRange().start.line > pragmas.nonPosixFromLine) return [];
    return node.commands;
  };

  const wordsCache = new WeakMap<Node, { base: number; words: ShellWord[] }>();
  /** the script's words where they stand in the document (shell-form RUNs) */
  const wordsOf = (node: Node) => {
    let hit = wordsCache.get(node);
    if (!hit) {
      const whole = node.argsRange;
      hit = { base: doc.offsetAt(whole.start), words: shellWords(doc.getText(whole), escapeChar) };
      wordsCache.set(node, hit);
    }
    return hit;
  };

  /** the ranges of each argument value of an exec-form or heredoc RUN, in order (read once per node, not per command) */
  const argsCache = new WeakMap<Node, Map<string, Range[]>>();
  const argsByValue = (node: Node) => {
    let hit = argsCache.get(node);
    if (hit) return hit;
    argsCache.set(node, (hit = new Map()));
    for (const a of node.args) {
      const v = a.getValue();
      const open = /^\(+/.exec(v)?.[0].length ?? 0; // `(cmd` of a subshell
      const r = a.getRange();
      const range = open ? { start: { line: r.start.line, character: r.start.character + open }, end: r.end } : r;
      const value = unquote(open ? v.slice(open) : v);
      const same = hit.get(value);
      if (same) same.push(range);
      else hit.set(value, [range]);
    }
    return hit;
  };

  /** the k-th word equal to the command's name is the command (shell.ts counts every word, arguments included) */
  const topLevelRange = (node: Node, cmd: Command): Range | undefined => {
    if (!node.json && node.heredocs.length === 0) {
      const { base, words } = wordsOf(node);
      let n = 0;
      for (const w of words)
        if (w.value === cmd.name && ++n === cmd.occurrence)
          return { start: doc.positionAt(base + w.start), end: doc.positionAt(base + w.end) };
      return undefined;
    }
    return argsByValue(node).get(cmd.name)?.[cmd.occurrence - 1];
  };

  /**
   * A command of a `$(…)`/backtick substitution or an `sh -c` script: the k-th nested command of that name is taken
   * to be the k-th place its name stands in command position inside one (after `$(`, a backtick, `-c "`, or an
   * operator) that is not a top-level command's.
   */
  const nestedRange = (node: Node, cmd: Command): Range | undefined => {
    const all = commands(node);
    let k = 0;
    for (const c of all) {
      if (c.nested && c.name === cmd.name) k++;
      if (c === cmd) break;
    }
    const whole = node.argsRange;
    const text = doc.getText(whole);
    const base = doc.offsetAt(whole.start);
    const topLevel = new Set<number>();
    for (const c of all) {
      if (c.nested || c.name !== cmd.name) continue;
      const r = topLevelRange(node, c);
      if (r) topLevel.add(doc.offsetAt(r.start) - base);
    }
    for (let at = text.indexOf(cmd.name); at !== -1; at = text.indexOf(cmd.name, at + 1)) {
      const next = text[at + cmd.name.length];
      if (next !== undefined && !/[\s;|&)`"']/.test(next)) continue;
      if (topLevel.has(at) || !NESTED_COMMAND_START.test(text.slice(Math.max(0, at - 12), at))) continue;
      if (--k === 0) return { start: doc.positionAt(base + at), end: doc.positionAt(base + at + cmd.name.length) };
    }
    return undefined;
  };

  const commandRange = (node: Node, cmd: Command): Range =>
    (cmd.nested ? nestedRange(node, cmd) : topLevelRange(node, cmd)) ?? node.argsRange;

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
      commands,
      commandRange,
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
    for (const [k, fn] of Object.entries(l)) {
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
