import { isScalar, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

// compose-go loader/validate.go: "services.<name>.scale: must be greater than or equal to 0" (and deploy.replicas)
export const negativeScale = defineRule({
  id: 'negative-scale',
  aliases: [],
  docs: {
    description: '`scale` and `deploy.replicas` count containers: they cannot be negative.',
    url: docsUrl('negative-scale'),
  },
  severity: 'error',
  messages: {
    negative: (key: string, v: number) => `\`${key}\` is ${v}: the number of containers must be 0 or more`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        const scale = s.keys.get('scale')?.value;
        const replicas = value(ctx, s.decl.entry.value, 'deploy', 'replicas')?.value;
        for (const [key, node] of [
          ['scale', scale],
          ['deploy.replicas', replicas],
        ] as [string, Node | undefined][]) {
          const v = isScalar(node) ? node.value : undefined;
          const n = typeof v === 'number' ? v : typeof v === 'string' && /^-\d+$/.test(v.trim()) ? Number(v) : NaN;
          if (node && n < 0) ctx.report({ range: ctx.range(node), message: negativeScale.messages.negative(key, n) });
        }
      }
    },
  }),
});
