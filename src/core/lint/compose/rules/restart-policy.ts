import { isScalar } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';
import { services } from '../walk';
import { suggest } from './compose-schema';

// The schema leaves `restart` a free string; the engine refuses anything else at create ("invalid restart policy").
const POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'];
const VALID = /^(no|always|unless-stopped|on-failure(:\d+)?)$/;

export const restartPolicy = defineRule({
  id: 'restart-policy',
  aliases: [],
  docs: {
    description: '`restart` must be `no`, `always`, `on-failure[:max-retries]` or `unless-stopped`.',
    details:
      'The compose schema accepts any string here; the engine refuses the container when it is created.\n\n```yaml\nservices:\n  web:\n    restart: sometimes   # not a policy\n    restart: on-failure:3 # retries at most 3 times\n```',
    url: docsUrl('restart-policy'),
  },
  severity: 'error',
  fixable: true,
  messages: {
    invalid: (v: string, suggestion?: string) =>
      `\`restart: ${v}\` is not a restart policy: use no, always, on-failure[:max-retries] or unless-stopped${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        const node = s.keys.get('restart')?.value;
        if (!isScalar(node) || typeof node.value !== 'string' || node.value.includes('$')) continue;
        const v = node.value.trim();
        if (VALID.test(v)) continue;
        const suggestion = suggest(v.replace(/:.*$/, ''), POLICIES);
        const range = ctx.range(node);
        ctx.report({
          range,
          message: restartPolicy.messages.invalid(v, suggestion),
          ...(suggestion
            ? { fix: { title: `Change to \`${suggestion}\``, edits: [{ range, newText: suggestion }] } }
            : {}),
        });
      }
    },
  }),
});
