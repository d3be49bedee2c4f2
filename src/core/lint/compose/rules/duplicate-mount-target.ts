import { resolveKnown } from '../../../compose/interpolation';
import { splitVolumeSpec } from '../../../compose/model';
import { get, isMap, items, str, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const duplicateMountTarget = defineRule({
  id: 'duplicate-mount-target',
  aliases: [],
  docs: {
    description: 'Two mounts (volumes, tmpfs) of one service may not use the same container path.',
    url: docsUrl('duplicate-mount-target'),
  },
  severity: 'error',
  messages: {
    duplicate: (target: string, service: string) => `\`${target}\` is mounted twice in service \`${service}\``,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const doc = ctx.model.doc;
      for (const s of services(ctx)) {
        const seen = new Map<string, Node>();
        const add = (raw: string | undefined, node: Node) => {
          const target = raw === undefined ? undefined : resolveKnown(raw, ctx.project.env);
          if (!target) return;
          const t = target.length > 1 ? target.replace(/\/+$/, '') : target;
          if (seen.has(t))
            ctx.report({ range: ctx.range(node), message: duplicateMountTarget.messages.duplicate(t, s.name) });
          else seen.set(t, node);
        };
        for (const v of items(doc, s.keys.get('volumes')?.value)) {
          if (isMap(v)) {
            const target = get(doc, v, 'target')?.value;
            add(str(target), target ?? v);
          } else {
            const spec = str(v);
            if (!spec) continue;
            const parts = splitVolumeSpec(spec);
            add(parts.length === 1 ? parts[0] : parts[1], v);
          }
        }
        const tmpfs = s.keys.get('tmpfs')?.value;
        for (const t of tmpfs && str(tmpfs) !== undefined ? [tmpfs] : items(doc, tmpfs)) add(str(t)?.split(':')[0], t);
      }
    },
  }),
});
