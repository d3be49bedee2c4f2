import { From } from '../ast';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'no-from-platform',
  aliases: ['DL3029'],
  severity: 'warning',
  docs: {
    description: 'Do not pin FROM --platform to a constant; let the builder pick (variables such as $BUILDPLATFORM are fine).',
    details: 'Bad: `FROM --platform=linux/amd64 debian:12`\n\nGood: `FROM --platform=$BUILDPLATFORM golang:1.22 AS build`',
    url: docsUrl('no-from-platform'),
  },
  messages: { platform: () => 'Do not use --platform flag with FROM' },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ inst }) {
        if (!(inst instanceof From)) return;
        const flag = inst.getPlatformFlag();
        if (flag && !(flag.getValue() ?? '').includes('$')) ctx.report({ range: flag.getRange(), message: messages.platform() });
      },
    };
  },
});
