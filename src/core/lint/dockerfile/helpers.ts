// Small shared pieces for rules: package-manager command matching and common text edits.
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { hasFlag, positionals, type Command } from './shell';
import { isJsonForm, type Listeners, type Node, type RuleContext } from './model';
import { Run } from 'dockerfile-ast';
import { rpmUnpinned } from './packageManagers';
import { trackStageVars } from './stageVars';

/** Calls fn for every command of every RUN (including ONBUILD RUN). */
export function eachCommand(ctx: RuleContext, fn: (cmd: Command, node: Node) => void): { RUN: (node: Node) => void } {
  return {
    RUN: (node) => {
      for (const c of ctx.commands(node)) fn(c, node);
    },
  };
}

export function insertAfter(range: Range, text: string): TextEdit {
  return { range: { start: range.end, end: range.end }, newText: text };
}

export function replace(range: Range, newText: string): TextEdit {
  return { range, newText };
}

/** Package arguments of `<pm> <sub> …` (flags and their values removed). */
export function packagesOf(cmd: Command, takesValue: readonly string[] = []): string[] {
  return positionals(cmd.args, takesValue).slice(1);
}

/** `apt-get install`, `yum install` … with an optional set of subcommands. */
export function isInstall(
  cmd: Command,
  names: readonly string[],
  subs: readonly string[] = ['install'],
  takesValue: readonly string[] = [],
): boolean {
  if (!names.includes(cmd.name)) return false;
  const first = positionals(cmd.args, takesValue)[0];
  return first !== undefined && subs.includes(first);
}

export { hasFlag, positionals };

/** Variables like ${VAR} can't be judged offline. */
export function hasVariable(s: string): boolean {
  return s.includes('$');
}

/**
 * The package managers' "answer yes" rules: an install-like command (`names` with a subcommand of `subs`) that
 * has none of `flags` (nor `unless`) is reported on its name, with a fix inserting `insert` after the subcommand.
 */
export function requireFlag(
  ctx: RuleContext,
  o: {
    names: readonly string[];
    subs: readonly string[];
    flags: readonly string[];
    insert: string;
    message: () => string;
    unless?: (cmd: Command) => boolean;
  },
): { RUN: (node: Node) => void } {
  return eachCommand(ctx, (cmd, node) => {
    if (!isInstall(cmd, o.names, o.subs) || hasFlag(cmd, ...o.flags) || o.unless?.(cmd)) return;
    const [sub] = positionals(cmd.args);
    if (sub === undefined) return; // an install command has its subcommand
    ctx.report({
      range: ctx.commandRange(node, cmd),
      message: o.message(),
      ...insertFlagFix(ctx, node, cmd, sub, o.insert),
    });
  });
}

/** A fix inserting ` flag` after `word` of the command, when the word can be located. */
export function insertFlagFix(
  ctx: RuleContext,
  node: Node,
  cmd: Command,
  word: string,
  flag: string,
): { fix?: { title: string; edits: TextEdit[] } } {
  // an exec-form RUN's words are JSON strings: nothing is inserted there
  const r =
    word !== cmd.name
      ? ctx.argRange(node, cmd, word)
      : node.json && !cmd.path
        ? undefined
        : ctx.commandRange(node, cmd);
  return r ? { fix: { title: `Add ${flag}`, edits: [insertAfter(r, ` ${flag}`)] } } : {};
}

/**
 * A fix appending ` && <command>` to a shell-form RUN. None for exec form and heredocs, nor when the
 * script ends in an operator, a continuation or a shell comment, where the result would not be certain.
 */
export function appendCommandFix(node: Node, command: string): { fix?: { title: string; edits: TextEdit[] } } {
  if (isJsonForm(node.inst) || (node.inst instanceof Run && node.heredocs.length > 0)) return {};
  const args = node.args;
  if (args.some((a) => a.getValue().startsWith('#'))) return {};
  const last = args.at(-1);
  if (!last || /[;&|\\`]$/.test(last.getValue())) return {};
  return { fix: { title: `Append \`&& ${command}\``, edits: [insertAfter(last.getRange(), ` && ${command}`)] } };
}

/**
 * The yum/dnf pin rules (DL3033, DL3041): a RUN is reported once, on its first command (`names`) with a package
 * that has no version (a `${VAR}` counts when the stage defines it), as hadolint does.
 */
export function rpmPinListeners(
  ctx: RuleContext,
  names: readonly string[],
  takesValue: readonly string[],
  message: () => string,
): Listeners {
  const vars = trackStageVars();
  return {
    ...vars.listeners,
    RUN(node) {
      const defined = (text: string) => vars.definesAll(node, text);
      const cmd = ctx.commands(node).find((c) => rpmUnpinned(c, names, takesValue, defined).length > 0);
      if (cmd) ctx.report({ range: ctx.commandRange(node, cmd), message: message() });
    },
  };
}

/** RUN --mount=type=cache and type=tmpfs targets (neither leaves its files in the layer: no cleanup needed). */
export function cacheMountTargets(node: Node): string[] {
  const out: string[] = [];
  for (const f of node.flags) {
    if (f.getName() !== 'mount') continue;
    const v = f.getValue() ?? '';
    if (!/(^|,)type=(cache|tmpfs)(,|$)/.test(v)) continue;
    const m = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(v);
    if (m?.[1]) out.push(m[1].replace(/\/+$/, ''));
  }
  return out;
}

/** The first instruction of each stage that isn't a FROM: whether the stage is the final one. */
export function isFinalStage(ctx: RuleContext, node: Node): boolean {
  return node.stage !== undefined && node.stage.index === ctx.stages.length - 1;
}

/**
 * Listeners for "only the last <keyword> of a stage takes effect" rules: every earlier one of the stage
 * (ONBUILD triggers aside) goes to `report` when the next stage starts or the file ends.
 */
export function earlierOnesOfStage(
  keyword: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK',
  report: (node: Node) => void,
): Listeners {
  let seen: Node[] = [];
  const flush = () => {
    for (const n of seen.slice(0, -1)) report(n);
    seen = [];
  };
  return {
    FROM: ({ onbuild }) => {
      if (!onbuild) flush();
    },
    [keyword]: (node: Node) => {
      if (!node.onbuild) seen.push(node);
    },
    end: flush,
  };
}

/**
 * Listeners for "clean the package manager's cache in the same RUN" rules: a RUN with a command that
 * `installs` and no command that `cleans` after the first install (a clean before it does not count, as in
 * hadolint), and no cache or tmpfs mount the `cacheMount` test accepts, goes to `report` with the installing command.
 */
export function cacheLeftInLayer(
  ctx: RuleContext,
  test: {
    installs: (c: Command) => boolean;
    /** whether `c` cleans up after `install` */
    cleans: (c: Command, install: Command) => boolean;
    cacheMount: (target: string) => boolean;
  },
  report: (node: Node, install: Command) => void,
): Listeners {
  return {
    RUN(node) {
      const cmds = ctx.commands(node);
      const at = cmds.findIndex(test.installs);
      const install = cmds[at];
      if (!install) return;
      if (cmds.findIndex((c) => test.cleans(c, install)) > at || cacheMountTargets(node).some(test.cacheMount)) return;
      report(node, install);
    },
  };
}
