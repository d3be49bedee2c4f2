// Variables a RUN can rely on, per stage as hadolint tracks them for its pin rules (DL3033, DL3041): an ENV belongs to
// its stage and to the stages built on it (`FROM <stage>`); an ARG, once declared anywhere earlier, counts everywhere.
import { variableNames } from './expand';
import type { Listeners, Node } from './model';

export interface StageVars {
  listeners: Pick<Listeners, 'FROM' | 'ENV' | 'ARG'>;
  /** whether every `${VAR}` / `$VAR` in `text` names a variable defined for this node */
  definesAll(node: Node, text: string): boolean;
}

export function trackStageVars(): StageVars {
  const envs = new Map<number, Set<string>>();
  const args = new Set<string>();
  const envOf = (i: number) => {
    let env = envs.get(i);
    if (!env) envs.set(i, (env = new Set()));
    return env;
  };
  return {
    listeners: {
      FROM({ stage, onbuild }) {
        if (stage && !onbuild) envs.set(stage.index, new Set(stage.fromStage ? envOf(stage.fromStage.index) : []));
      },
      ENV({ properties, stage }) {
        for (const p of properties) envOf(stage?.index ?? -1).add(p.getName());
      },
      ARG({ properties }) {
        for (const p of properties) args.add(p.getName());
      },
    },
    definesAll(node, text) {
      const env = envOf(node.stage?.index ?? -1);
      const names = variableNames(text);
      return names.length > 0 && names.every((n) => env.has(n) || args.has(n));
    },
  };
}
