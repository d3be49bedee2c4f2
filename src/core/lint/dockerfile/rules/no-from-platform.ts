import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'no-from-platform',
  aliases: ['DL3029'],
  severity: 'warning',
  docs: {
    description:
      'Do not pin FROM --platform to a constant; let the builder pick (variables such as $BUILDPLATFORM are fine).',
    details:
      "A constant `--platform` forces that platform whatever the build asks for, so multi-platform builds and builds on other machines silently produce the wrong architecture. Use the builder's variables where a platform is needed.\n\nBad: `FROM --platform=linux/amd64 debian:12`\n\nGood: `FROM --platform=$BUILDPLATFORM golang:1.22 AS build`",
    url: docsUrl('no-from-platform'),
  },
  messages: { platform: () => 'Do not use --platform flag with FROM' },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ from }) {
        if (!from) return;
        const flag = from.platformFlag;
        if (flag && !(flag.getValue() ?? '').includes('$'))
          ctx.report({ range: flag.getRange(), message: messages.platform() });
      },
    };
  },
});
