import { posix } from 'node:path';
import { docsUrl } from '../../rule';
import { argsRange, defineRule } from '../model';

const isAbsolute = (p: string) =>
  p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\');

export default defineRule({
  id: 'workdir-relative-path',
  aliases: ['DL3000', 'WorkdirRelativePath'],
  severity: 'error',
  fixable: true,
  docs: {
    description: 'Use an absolute WORKDIR.',
    details:
      "A relative WORKDIR depends on the base image's working directory, which can change under you.\n\nBad: `WORKDIR app`\n\nGood: `WORKDIR /app`",
    url: docsUrl('workdir-relative-path'),
  },
  messages: { relative: (path: string) => `Use absolute WORKDIR (relative '${path}')` },
  create(ctx) {
    const { messages } = this;
    let stage = -1;
    let base: string | undefined;
    return {
      WORKDIR({ inst, stage: s, onbuild }) {
        if ((s?.index ?? -1) !== stage) {
          stage = s?.index ?? -1;
          base = undefined;
        }
        const raw = inst.getArgumentsContent()?.trim() ?? '';
        const path = raw.replace(/^(["'])(.*)\1$/, '$2');
        if (!path) return;
        if (isAbsolute(path)) {
          if (!onbuild) base = path;
          return;
        }
        const abs = posix.join(base && !base.startsWith('$') ? base : '/', path);
        const range = argsRange(inst);
        ctx.report({
          range,
          message: messages.relative(path),
          ...(range.start.line === range.end.line && !base?.startsWith('$')
            ? { fix: { title: `Use '${abs}'`, edits: [{ range, newText: abs }] } }
            : {}),
        });
        if (!onbuild) base = abs;
      },
    };
  },
});
