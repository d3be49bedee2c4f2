import { Arg, Env } from 'dockerfile-ast';
import { editDistance } from '../../editDistance';
import { docsUrl } from '../../rule';
import { variableNames } from '../expand';
import { defineRule, type Node, type Stage } from '../model';
import { listAt } from '../../../listMap';

// The base image's environment is unknown offline, so a variable is only reported when nothing can
// define it (the stage chain starts FROM scratch) or when it is a near-miss of a defined name.
function nearMiss(name: string, defined: Iterable<string>): string | undefined {
  for (const d of defined) {
    if (d === name) continue;
    if (d.toLowerCase() === name.toLowerCase() || editDistance(d, name, 1) === 1) return d;
  }
  return undefined;
}

// A global ARG used in a stage without `ARG NAME` there expands from the stage's environment only, and BuildKit
// warns, unless the base image's own env defines it. Offline we only know the common `<image>_VERSION` case
// (`ARG NODE_VERSION` + `FROM node:$NODE_VERSION`), which the official images set.
function imageMayDefine(stage: Stage, name: string): boolean {
  let root = stage;
  while (root.fromStage) root = root.fromStage;
  const [ref = ''] = (root.image ?? '').split('@', 1);
  const [repo = ''] = ref.slice(ref.lastIndexOf('/') + 1).split(':', 1);
  if (repo.includes('$')) return true;
  return name === `${repo.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_VERSION`;
}

/** instructions whose words the builder does not expand (the shell or the runtime does) */
const NOT_EXPANDED = new Set(['FROM', 'RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'MAINTAINER']);

const rootIsScratch = (s: Stage | undefined): boolean => {
  for (let cur = s; cur; cur = cur.fromStage) if (!cur.fromStage) return cur.image?.toLowerCase() === 'scratch';
  return false;
};

export default defineRule({
  id: 'undefined-var',
  aliases: ['UndefinedVar'],
  severity: 'warning',
  docs: {
    description: 'A variable is used that no ARG or ENV defines (typos such as $VERISON).',
    details:
      "Docker expands an undefined variable to an empty string without an error. An ARG before the first FROM is only in scope for FROM lines: a stage that uses it must declare it again with `ARG NAME` (no value needed). Offline the base image's environment is unknown, so a name is reported only when it is a near miss of a defined one, when it is a global ARG the stage did not declare, or when the stage starts FROM scratch. RUN is left to the shell, as BuildKit does.\n\nBad:\n```dockerfile\nARG VERSION=1\nFROM alpine:3.20\nCOPY app-$VERSION.tar /\n```\n\nGood:\n```dockerfile\nARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nCOPY app-$VERSION.tar /\n```",
    url: docsUrl('undefined-var'),
  },
  messages: {
    undefined: (name: string, suggest?: string) =>
      `Usage of undefined variable '$${name}'${suggest ? ` (did you mean $${suggest}?)` : ''}`,
    globalArg: (name: string) =>
      `Usage of undefined variable '$${name}' (the global ARG needs \`ARG ${name}\` in this stage)`,
  },
  create(ctx) {
    const { messages } = this;
    const perStage = new Map<number, Set<string>>();
    const definedIn = (s: Stage): Set<string> => {
      let set = perStage.get(s.index);
      if (!set) {
        // BuildKit gives every stage a PATH when its image has none
        set = new Set(s.fromStage ? definedIn(s.fromStage) : ['PATH']);
        perStage.set(s.index, set);
      }
      return set;
    };
    const globals = new Set<string>();
    // instructions using a name nothing defined yet, per stage: reported if the stage declares the name afterwards
    const pending = new Map<number, Map<string, Node[]>>();
    const declare = (stage: Stage, defined: Set<string>, name: string) => {
      defined.add(name);
      for (const node of pending.get(stage.index)?.get(name) ?? [])
        for (const v of node.variables)
          if (v.getName() === name && v.getModifier() === null)
            ctx.report({ range: v.getNameRange(), message: messages.undefined(name) });
      pending.get(stage.index)?.delete(name);
    };
    const check = (node: Node, defined: Set<string>, stage: Stage) => {
      const args = node.args;
      if (!args.some((a) => a.getValue().includes('$'))) return;
      const text = args.map((a) => a.getValue()).join(' ');
      const scratch = rootIsScratch(stage);
      const unknown = variableNames(text).filter((n) => !defined.has(n));
      let waiting = pending.get(stage.index);
      if (!waiting) pending.set(stage.index, (waiting = new Map()));
      for (const n of new Set(unknown)) listAt(waiting, n).push(node);
      // getVariables resolves every variable, the costly part: it runs only when a written name can be reported now
      if (!unknown.some((n) => scratch || globals.has(n) || nearMiss(n, defined))) return;
      for (const v of node.variables) {
        const name = v.getName();
        if (defined.has(name) || v.getModifier() !== null) continue;
        const suggest = nearMiss(name, defined);
        const report = (message: string) => {
          ctx.report({ range: v.getNameRange(), message });
          waiting.set(
            name,
            (waiting.get(name) ?? []).filter((i) => i !== node),
          );
        };
        if (suggest) report(messages.undefined(name, suggest));
        else if (globals.has(name) && (scratch || !imageMayDefine(stage, name))) report(messages.globalArg(name));
        else if (scratch) report(messages.undefined(name));
      }
    };
    return {
      any(node) {
        const { inst, keyword, stage, onbuild } = node;
        if (!stage && inst instanceof Arg) {
          for (const p of node.properties) globals.add(p.getName());
          return;
        }
        if (!stage || onbuild || NOT_EXPANDED.has(keyword)) return;
        const defined = definedIn(stage);
        check(node, defined, stage);
        if (inst instanceof Arg) {
          const n = inst.getProperty()?.getName();
          if (n) declare(stage, defined, n);
        } else if (inst instanceof Env) {
          for (const p of node.properties) declare(stage, defined, p.getName());
        }
      },
    };
  },
});
