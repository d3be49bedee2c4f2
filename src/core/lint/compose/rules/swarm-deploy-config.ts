// False-positive line: flag only `deploy:` values the engine rejects or silently ignores for a swarm service.
import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

const ENUMS: Record<string, string[]> = {
  failure_action: ['continue', 'rollback', 'pause'],
  order: ['stop-first', 'start-first'],
};

export const swarmDeployConfig = defineRule({
  id: 'swarm-deploy-config',
  aliases: [],
  docs: {
    description: '`deploy:` values a swarm cannot honour: replicas on a global service, unknown update settings.',
    url: docsUrl('swarm-deploy-config'),
  },
  severity: 'error',
  messages: {
    globalReplicas: (service: string) =>
      `service \`${service}\` is \`mode: global\` (one task per node); \`replicas\` cannot be set`,
    badValue: (key: string, v: string, allowed: string[]) =>
      `\`${key}: ${v}\` is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}`,
    negative: (key: string) => `\`${key}\` must be 0 or more`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        const deploy = s.keys.get('deploy')?.value;
        if (!deploy) continue;
        const mode = value(ctx, deploy, 'mode');
        const replicas = value(ctx, deploy, 'replicas');
        if (replicas && str(mode?.value) === 'global')
          ctx.report({
            range: ctx.range(replicas.keyNode),
            message: swarmDeployConfig.messages.globalReplicas(s.name),
          });
        for (const section of ['update_config', 'rollback_config']) {
          for (const [key, allowed] of Object.entries(ENUMS)) {
            const e = value(ctx, deploy, section, key);
            const v = str(e?.value);
            if (e?.value && v !== undefined && !v.includes('$') && !allowed.includes(v))
              ctx.report({ range: ctx.range(e.value), message: swarmDeployConfig.messages.badValue(key, v, allowed) });
          }
          const p = value(ctx, deploy, section, 'parallelism');
          if (p?.value && Number(str(p.value)) < 0)
            ctx.report({ range: ctx.range(p.value), message: swarmDeployConfig.messages.negative('parallelism') });
        }
      }
    },
  }),
});
