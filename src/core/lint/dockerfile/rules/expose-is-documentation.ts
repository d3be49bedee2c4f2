import { docsUrl } from '../../rule';
import { argsRange, defineRule } from '../model';

export default defineRule({
  id: 'expose-is-documentation',
  aliases: [],
  severity: 'style',
  docs: {
    description: 'EXPOSE only documents a port; it is reachable from the host only when published (`docker run -p`).',
    details: 'A hint, not a warning: `EXPOSE 8080` alone does not open anything. Run with `docker run -p 8080:8080 …` (or `-P` to publish all exposed ports), or `ports:` in compose.',
    url: docsUrl('expose-is-documentation'),
  },
  messages: { note: (ports: string, example: string) => `EXPOSE ${ports} is documentation only: publish with \`docker run -p ${example}\` (or -P) to reach it from the host` },
  create(ctx) {
    const { messages } = this;
    return {
      EXPOSE({ inst, stage, onbuild }) {
        if (onbuild || !stage || stage.index !== ctx.stages.length - 1) return;
        const ports = inst.getArguments().map((a) => a.getValue());
        const first = (ports[0] ?? '').split('/')[0] ?? '';
        if (!first || first.includes('$')) return;
        ctx.report({ range: argsRange(inst), message: messages.note(ports.join(' '), `${first}:${first}`) });
      },
    };
  },
});
