import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'from-platform-flag-const-disallowed',
  aliases: ['FromPlatformFlagConstDisallowed'],
  severity: 'warning',
  docs: {
    description: 'FROM --platform should not be a constant; use $BUILDPLATFORM or a build arg.',
    details:
      'A constant platform pins the stage and breaks multi-platform builds. Stages named after their platform (`AS build-amd64`) are exempt.\n\nBad: `FROM --platform=linux/amd64 alpine`\n\nGood: `FROM --platform=$BUILDPLATFORM alpine`',
    url: docsUrl('from-platform-flag-const-disallowed'),
  },
  messages: { constant: (v: string) => `FROM --platform flag should not use constant value "${v}"` },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ from }) {
        if (!from) return;
        const flag = from.platformFlag;
        const v = flag?.getValue();
        if (!flag || !v || v.includes('$')) return;
        const stage = from.buildStage?.toLowerCase() ?? '';
        if (
          stage &&
          v
            .toLowerCase()
            .split(/[/,]/)
            .some((part) => part && stage.includes(part))
        )
          return;
        ctx.report({ range: flag.getValueRange() ?? flag.getRange(), message: messages.constant(v) });
      },
    };
  },
});
