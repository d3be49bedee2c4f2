import { posix } from 'node:path';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';

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
    /** stage index → its working directory so far; a stage built on another (`FROM <stage>`) starts from that one's */
    const dirs = new Map<number, string>();
    let stage = -1;
    let base: string | undefined;
    return {
      FROM({ stage: s, onbuild }) {
        if (onbuild || !s) return;
        if (stage >= 0 && base !== undefined) dirs.set(stage, base);
        stage = s.index;
        base = s.fromStage ? dirs.get(s.fromStage.index) : undefined;
      },
      WORKDIR(node) {
        const { onbuild } = node;
        const raw = node.argsContent?.trim() ?? '';
        const path = raw.replace(/^(["'])(.*)\1$/, '$2');
        if (!path) return;
        if (isAbsolute(path)) {
          if (!onbuild) base = path;
          return;
        }
        // as BuildKit: only the first WORKDIR of a stage (an inherited one counts) is judged; fixing it fixes the rest
        if (base !== undefined) {
          if (!onbuild) base = base.startsWith('$') ? base : posix.join(base, path);
          return;
        }
        const abs = posix.join('/', path);
        const range = node.argsRange;
        ctx.report({
          range,
          message: messages.relative(path),
          ...(range.start.line === range.end.line
            ? { fix: { title: `Use '${abs}'`, edits: [{ range, newText: abs }] } }
            : {}),
        });
        if (!onbuild) base = abs;
      },
    };
  },
});
