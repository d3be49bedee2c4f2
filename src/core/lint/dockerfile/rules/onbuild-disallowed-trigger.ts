import { Onbuild } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'onbuild-disallowed-trigger',
  aliases: ['DL3043'],
  severity: 'error',
  docs: {
    description: 'ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER.',
    details:
      'ONBUILD registers an instruction to run in images built *from* this one. FROM, MAINTAINER and another ONBUILD cannot be triggers; Docker rejects them.\n\nBad: `ONBUILD FROM alpine`\n\nGood: `ONBUILD COPY . /app/src`',
    url: docsUrl('onbuild-disallowed-trigger'),
  },
  messages: { disallowed: () => '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.' },
  create(ctx) {
    const { messages } = this;
    return {
      ONBUILD({ inst, onbuild }) {
        if (onbuild || !(inst instanceof Onbuild)) return;
        const t = inst.getTrigger()?.toUpperCase();
        if (t === 'ONBUILD' || t === 'FROM' || t === 'MAINTAINER')
          ctx.report({ range: inst.getTriggerRange() ?? inst.getRange(), message: messages.disallowed() });
      },
    };
  },
});
