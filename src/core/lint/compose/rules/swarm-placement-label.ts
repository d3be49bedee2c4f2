// False-positive line: flag a `node.labels.<key>` constraint only when the engine is a manager and none of the
// swarm's nodes carries that label key at all (a value mismatch may be meant for nodes not joined yet).
import { items, str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { withDeadline } from '../facts';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

const LABEL = /^\s*node\.labels\.([^\s=!]+)\s*(==|!=)/;

export const swarmPlacementLabel = defineRule({
  id: 'swarm-placement-label',
  aliases: [],
  docs: {
    description: 'A placement constraint on a node label that no node of the swarm has: the tasks stay pending.',
    url: docsUrl('swarm-placement-label'),
  },
  severity: 'warning',
  tags: ['engine'],
  messages: {
    noNode: (label: string, nodes: number) =>
      `no node of this swarm (${nodes} node${nodes === 1 ? '' : 's'}) has the label \`${label}\`; the tasks will stay pending. Add it with \`docker node update --label-add ${label}=… <node>\``,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      const found = services(ctx).flatMap((s) => {
        const c = value(ctx, s.keys.get('deploy')?.value, 'placement', 'constraints');
        return c ? items(ctx.model.doc, c.value) : [];
      });
      const wanted = found.flatMap((n) => {
        const m = LABEL.exec(str(n) ?? '');
        const label = m?.[1];
        return label && m[2] === '==' && !label.includes('$') ? [{ node: n, label }] : [];
      });
      if (!wanted.length || !ctx.facts?.swarm) return;
      const swarm = await withDeadline(ctx.facts.swarm());
      if (!swarm?.manager) return;
      for (const w of wanted)
        if (!swarm.nodeLabels.some((l) => w.label in l))
          ctx.report({
            range: ctx.range(w.node),
            message: swarmPlacementLabel.messages.noNode(w.label, swarm.nodeLabels.length),
          });
    },
  }),
});
