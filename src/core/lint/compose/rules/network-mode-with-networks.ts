import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const networkModeWithNetworks = defineRule({
  id: 'network-mode-with-networks',
  aliases: [],
  docs: {
    description: '`network_mode` and `networks` cannot be used together on one service.',
    url: docsUrl('network-mode-with-networks'),
  },
  severity: 'error',
  messages: {
    both: (service: string) =>
      `service \`${service}\` sets both \`network_mode\` and \`networks\`; compose refuses this`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        const nm = s.keys.get('network_mode');
        if (nm && s.keys.has('networks'))
          ctx.report({ range: ctx.range(nm.keyNode), message: networkModeWithNetworks.messages.both(s.name) });
      }
    },
  }),
});
