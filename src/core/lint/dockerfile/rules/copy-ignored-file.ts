import { docsUrl } from '../../rule';
import { posix } from 'node:path';
import { copySourceIgnored, dockerignoreFor } from '../dockerignore';
import { defineRule, type Node } from '../model';

const GLOB = /[*?[\]$]/;

export default defineRule({
  id: 'copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'warning',
  docs: {
    description:
      'COPY/ADD of a path that .dockerignore (or <Dockerfile>.dockerignore) excludes from the build context.',
    details:
      "Files that match `.dockerignore` (or `<Dockerfile>.dockerignore`) are not sent to the builder, so a COPY of them fails or copies nothing. The build context is the one the Dockerfile was last built with (the build form), else the Dockerfile's directory. As in BuildKit, a source is not judged when a `!` pattern could bring back something at or below it (`sub` then `!sub/a.txt` leaves `COPY sub /sub` alone), and the context root (`COPY . .`) only under a pattern that excludes everything (`*`, `**`).\n\nBad (with `.env` in .dockerignore): `COPY .env /app/`\n\nGood: `COPY config/ /app/config/` (or remove the pattern from .dockerignore)",
    url: docsUrl('copy-ignored-file'),
  },
  messages: {
    ignored: (kw: string, path: string) => `Attempting to ${kw} file "${path}" that is excluded by .dockerignore`,
  },
  create(ctx) {
    const { messages } = this;
    const matcher =
      ctx.filePath && ctx.contextDir
        ? dockerignoreFor(ctx.filePath, ctx.contextDir, ctx.settings.readWithin)
        : undefined;
    const check = (kw: string) => (node: Node) => {
      if (!matcher || node.onbuild) return;
      if (node.fromFlag || node.heredocs.length > 0) return;
      const args = node.args;
      if (args.length < 2 || args[0]?.getValue().startsWith('[')) return;
      for (const a of args.slice(0, -1)) {
        const raw = a.getValue().replace(/^(["'])(.*)\1$/, '$2');
        if (GLOB.test(raw) || /^[a-z]+:\/\//i.test(raw) || raw.startsWith('<<')) continue;
        // BuildKit cleans the path (`./a/` → `a`) and names it so
        const src = posix.normalize(raw).replace(/(.)\/+$/, '$1');
        if (copySourceIgnored(matcher, src)) ctx.report({ range: a.getRange(), message: messages.ignored(kw, src) });
      }
    };
    return { COPY: check('Copy'), ADD: check('Add') };
  },
});
