// False-positive line: flag only keys the docker CLI's stack conversion drops, and only for a file meant for a
// stack (a `deploy:` section) on an engine that is a swarm manager.
import { entries, isMap } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { withDeadline } from '../facts';
import { services } from '../walk';
import { docsUrl } from '../../rule';

/** keys `docker stack deploy` ignores, with what to use instead ('' when there is nothing) */
const IGNORED: Record<string, string> = {
  build: 'build and push the image first, and name it in `image`',
  cgroup_parent: '',
  container_name: 'swarm names tasks `<stack>_<service>.<slot>`',
  devices: '',
  external_links: '',
  links: 'services reach each other by name on a shared network',
  network_mode: 'use `networks`',
  restart: 'use `deploy.restart_policy`',
  security_opt: '',
  tmpfs: 'use a `tmpfs` mount in `volumes`',
  userns_mode: '',
};

export const swarmIgnoredKey = defineRule({
  id: 'swarm-ignored-key',
  aliases: [],
  docs: {
    description: 'Keys `docker stack deploy` ignores, in a file meant for a stack on a swarm manager.',
    url: docsUrl('swarm-ignored-key'),
  },
  severity: 'warning',
  tags: ['engine'],
  messages: {
    ignored: (key: string, instead: string) =>
      `\`docker stack deploy\` ignores \`${key}\`${instead ? `; ${instead}` : ''}`,
    condition: (dep: string) =>
      `\`docker stack deploy\` ignores \`depends_on\` conditions (\`${dep}\`): services start in no set order`,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      const all = services(ctx);
      if (!ctx.facts?.swarm || !all.some((s) => s.keys.has('deploy'))) return;
      const swarm = await withDeadline(ctx.facts.swarm());
      if (!swarm?.manager) return;
      for (const s of all) {
        for (const [key, instead] of Object.entries(IGNORED)) {
          const e = s.keys.get(key);
          if (e) ctx.report({ range: ctx.range(e.keyNode), message: swarmIgnoredKey.messages.ignored(key, instead) });
        }
        const deps = s.keys.get('depends_on')?.value;
        if (!isMap(deps)) continue;
        for (const d of entries(ctx.model.doc, deps)) {
          const cond = entries(ctx.model.doc, d.value).find((x) => x.key === 'condition');
          if (cond) ctx.report({ range: ctx.range(cond.keyNode), message: swarmIgnoredKey.messages.condition(d.key) });
        }
      }
    },
  }),
});
