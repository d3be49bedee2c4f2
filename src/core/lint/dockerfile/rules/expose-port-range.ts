import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'expose-port-range',
  aliases: ['DL3011'],
  severity: 'error',
  docs: {
    description: 'Valid UNIX ports range from 0 to 65535.',
    details:
      'A port number is 16 bits: anything above 65535 cannot be a port, and the value is most likely a typo.\n\nBad: `EXPOSE 80000`\n\nGood: `EXPOSE 8000`',
    url: docsUrl('expose-port-range'),
  },
  messages: { range: () => 'Valid UNIX ports range from 0 to 65535' },
  create(ctx) {
    const { messages } = this;
    return {
      EXPOSE({ args }) {
        for (const a of args) {
          const [spec = ''] = a.getValue().split('/', 1);
          const ports = spec.slice(spec.lastIndexOf(':') + 1).split('-');
          if (ports.some((p) => /^\d+$/.test(p) && Number(p) > 65535))
            ctx.report({ range: a.getRange(), message: messages.range() });
        }
      },
    };
  },
});
