import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'expose-invalid-format',
  aliases: ['ExposeInvalidFormat'],
  severity: 'warning',
  docs: {
    description: 'EXPOSE takes container ports only; IP addresses and host-port mappings belong to `docker run -p`.',
    details:
      'EXPOSE documents the ports the container listens on. An IP address or host port belongs to publishing (`docker run -p`, compose `ports:`); in EXPOSE it is ignored with a warning.\n\nBad: `EXPOSE 127.0.0.1:8080:80`\n\nGood: `EXPOSE 80` and `docker run -p 127.0.0.1:8080:80 …`',
    url: docsUrl('expose-invalid-format'),
  },
  messages: {
    invalid: (v: string) => `EXPOSE instruction should not define an IP address or host-port mapping, found '${v}'`,
  },
  create(ctx) {
    const { messages } = this;
    return {
      EXPOSE({ args }) {
        for (const a of args)
          if (a.getValue().includes(':')) ctx.report({ range: a.getRange(), message: messages.invalid(a.getValue()) });
      },
    };
  },
});
