import { defineRule, type ComposeContext } from '../context';
import { mergedService } from '../merged';
import { services } from '../walk';
import { docsUrl } from '../../rule';

const hasValue = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(typeof v === 'object' && Object.keys(v).length === 0);

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
        const nets = s.keys.get('networks');
        if (!nm && !nets) continue;
        // with a base file, the merged service: one file may set `networks` and the other `network_mode`
        const merged = mergedService(ctx, s);
        const both = merged ? hasValue(merged.network_mode) && hasValue(merged.networks) : nm && nets;
        const at = nm ?? nets;
        if (both && at)
          ctx.report({ range: ctx.range(at.keyNode), message: networkModeWithNetworks.messages.both(s.name) });
      }
    },
  }),
});
