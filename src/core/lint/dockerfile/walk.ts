// Runs the Dockerfile rules over one parse: a single walk dispatching instructions to rule listeners.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Onbuild, Run, type Dockerfile, type Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { EngineFacts, Finding, LintSettings } from '../types';
import { parseCommands, type Command } from './shell';
import { shellWords, type ShellWord } from './shellWords';
import {
  argsRange,
  jsonStrings,
  type DockerfileRule,
  type Listener,
  type Listeners,
  type Node,
  type Stage,
} from './model';
import { isPosixShell, type Pragmas } from './pragmas';
import type { ParsedDockerfile } from './parse';

export interface RawFinding extends Finding {
  rule: DockerfileRule;
}

export function stagesOf(dockerfile: Dockerfile): Stage[] {
  const stages: Stage[] = [];
  const named = new Map<string, Stage>();
  for (const from of dockerfile.getFROMs()) {
    const name = from.getBuildStage()?.toLowerCase() ?? undefined;
    const image = from.getImage() ?? undefined;
    const fromStage = image ? named.get(image.toLowerCase()) : undefined;
    const stage: Stage = {
      index: stages.length,
      from,
      ...(name ? { name } : {}),
      ...(image ? { image } : {}),
      ...(fromStage ? { fromStage } : {}),
    };
    stages.push(stage);
    if (name && !named.has(name)) named.set(name, stage);
  }
  return stages;
}

/** Shell text of a RUN (flags excluded) as Docker hands it to the shell: continuations joined, comment lines dropped. */
export function shellScript(inst: Instruction, escapeChar: string): string {
  const args = inst.getArguments();
  const first = args[0];
  const last = args[args.length - 1];
  if (!first || !last) return '';
  const doc = (inst as unknown as { document: { getText(r?: Range): string } }).document;
  const lines = doc.getText({ start: first.getRange().start, end: last.getRange().end }).split(/\r?\n/);
  const kept: string[] = [];
  let continued = false;
  for (const line of lines) {
    if (continued && /^\s*#/.test(line)) continue;
    const trimmed = line.replace(/[ \t]+$/, '');
    continued = trimmed.endsWith(escapeChar);
    kept.push(continued ? trimmed.slice(0, -1) : line);
  }
  return kept.join(' ');
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
  const cache = new WeakMap<Instruction, Command[]>();
  /** RUNs under a SHELL that is not POSIX (pwsh, cmd): no command rules, as hadolint does */
  const nonPosix = new WeakSet<Instruction>();
  const filePath = filePathOf(doc);
  const contextDir = filePath ? dirname(filePath) : undefined;

  const commands = (node: Node): Command[] => {
    const inst = node.inst;
    if (node.keyword !== 'RUN') return [];
    if (nonPosix.has(inst)) return [];
    if (pragmas.nonPosixFromLine !== undefined && inst.getRange().start.line > pragmas.nonPosixFromLine) return [];
    let cmds = cache.get(inst);
    if (cmds) return cmds;
    const exec = jsonStrings(inst);
    if (exec && exec.length > 0) {
      cmds = parseCommands(exec.map((s) => `'${s.replace(/'/g, `'\\''`)}'`).join(' '));
    } else if (inst instanceof Run && inst.getHeredocs().length > 0) {
      const parts = inst.getHeredocs().map((h) => {
        const r = h.getContentRange();
        return r ? doc.getText(r) : '';
      });
      const first = inst.getArguments()[0]?.getValue() ?? '';
      // `RUN <<EOF` runs the heredoc as the script; `RUN python3 <<EOF` feeds it to a program
      cmds = first.startsWith('<<')
        ? parts.flatMap((p) => parseCommands(p))
        : parseCommands(shellScript(inst, escapeChar).split('<<')[0] ?? '');
    } else {
      cmds = parseCommands(shellScript(inst, escapeChar));
    }
    cache.set(inst, cmds);
    return cmds;
  };

  const wordsCache = new WeakMap<Instruction, { base: number; words: ShellWord[] }>();
  /** the script's words where they stand in the document (shell-form RUNs; exec form and heredocs: undefined) */
  const wordsOf = (inst: Instruction) => {
    let hit = wordsCache.get(inst);
    if (!hit) {
      const whole = argsRange(inst);
      hit = { base: doc.offsetAt(whole.start), words: shellWords(doc.getText(whole), escapeChar) };
      wordsCache.set(inst, hit);
    }
    return hit;
  };

  /** the k-th word equal to the command's name is the command (shell.ts counts every word, arguments included) */
  const topLevelRange = (node: Node, cmd: Command): Range | undefined => {
    const inst = node.inst;
    if (!jsonStrings(inst) && !(inst instanceof Run && inst.getHeredocs().length > 0)) {
      const { base, words } = wordsOf(inst);
      let n = 0;
      for (const w of words)
        if (w.value === cmd.name && ++n === cmd.occurrence)
          return { start: doc.positionAt(base + w.start), end: doc.positionAt(base + w.end) };
      return undefined;
    }
    let n = 0;
    for (const a of inst.getArguments()) {
      const v = a.getValue();
      const open = v.startsWith('(') ? /^\(+/.exec(v)![0].length : 0; // `(cmd` of a subshell
      if (unquote(open ? v.slice(open) : v) === cmd.name && ++n === cmd.occurrence) {
        const r = a.getRange();
        return open ? { start: { line: r.start.line, character: r.start.character + open }, end: r.end } : r;
      }
    }
    return undefined;
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
    const whole = argsRange(node.inst);
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
    (cmd.nested ? nestedRange(node, cmd) : topLevelRange(node, cmd)) ?? argsRange(node.inst);

  const stages = stagesOf(dockerfile);
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
  let stageIndex = -1;
  // SHELL of each stage so far; a stage built on an earlier one inherits its shell, as the image config does
  const posixShell: boolean[] = [];
  let posix = true;
  for (const inst of input.parsed.instructions) {
    const keyword = inst.getKeyword().toUpperCase();
    if (keyword === 'FROM') {
      stageIndex++;
      const base = stages[stageIndex]?.fromStage;
      posix = base ? (posixShell[base.index] ?? true) : true;
    } else if (keyword === 'SHELL') {
      const words = jsonStrings(inst);
      if (words && words.length > 0) posix = isPosixShell(words);
    }
    if (stageIndex >= 0) posixShell[stageIndex] = posix;
    const stage = stages[stageIndex];
    if (!posix && keyword === 'RUN') nonPosix.add(inst);
    dispatch({ inst, keyword, stage });
    if (inst instanceof Onbuild) {
      const trigger = inst.getTriggerInstruction();
      if (!trigger) continue;
      const triggerKeyword = trigger.getKeyword().toUpperCase();
      if (!posix && triggerKeyword === 'RUN') nonPosix.add(trigger);
      dispatch({ inst: trigger, keyword: triggerKeyword, stage, onbuild: inst });
    }
  }
  for (const l of active) l.end?.();
  return { findings, deferred };
}
