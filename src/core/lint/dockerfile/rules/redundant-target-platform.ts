import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'redundant-target-platform',
  aliases: ['RedundantTargetPlatform', 'DL3065'],
  severity: 'warning',
  tags: ['unnecessary'],
  fixable: true,
  docs: {
    description: '`FROM --platform=$TARGETPLATFORM` is the default and can be removed.',
    details:
      '`$TARGETPLATFORM` is already the platform a stage is built for, so `--platform=$TARGETPLATFORM` changes nothing and only adds noise.\n\nBad: `FROM --platform=$TARGETPLATFORM alpine`\n\nGood: `FROM alpine`',
    url: docsUrl('redundant-target-platform'),
  },
  messages: {
    redundant: (v: string) =>
      `Setting platform to predefined ${v} in FROM is redundant as this is the default behavior`,
  },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ from }) {
        if (!from) return;
        const flag = from.platformFlag;
        const v = flag?.getValue();
        if (!flag || !v || !/^\$(\{TARGETPLATFORM\}|TARGETPLATFORM)$/.test(v)) return;
        const r = flag.getRange();
        const end = from.imageRange?.start ?? r.end;
        ctx.report({
          range: r,
          message: messages.redundant(v),
          fix: { title: 'Remove --platform', edits: [{ range: { start: r.start, end }, newText: '' }] },
        });
      },
    };
  },
});
