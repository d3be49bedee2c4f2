import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'copy-from-self',
  aliases: ['DL3023'],
  severity: 'error',
  docs: {
    description: 'COPY --from cannot reference the stage it is in.',
    details:
      'A stage cannot copy from itself: its filesystem is still being built. Docker rejects the build with a circular dependency. Copy from an earlier stage instead.\n\nBad:\n```dockerfile\nFROM alpine AS app\nCOPY --from=app /a /b\n```\nGood:\n```dockerfile\nFROM alpine AS build\nRUN make /a\nFROM alpine AS app\nCOPY --from=build /a /b\n```',
    url: docsUrl('copy-from-self'),
  },
  messages: { self: () => '`COPY --from` cannot reference its own `FROM` alias' },
  create(ctx) {
    const { messages } = this;
    return {
      COPY({ fromFlag: flag, stage, onbuild }) {
        if (onbuild || !stage) return;
        const v = flag?.getValue()?.toLowerCase();
        if (flag && v && (v === stage.name || v === String(stage.index)))
          ctx.report({ range: flag.getValueRange() ?? flag.getRange(), message: messages.self() });
      },
    };
  },
});
