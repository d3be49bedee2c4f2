import { dirname } from 'node:path';
import { includeEntries, isRemoteOrInterpolated } from '../../../compose/includes';
import { buildModel } from '../../../compose/model';
import { parseCompose } from '../../../compose/parse';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

// compose-go loader/include.go: an included file that cannot be read stops the load, and so does a file that
// includes itself through any chain ("include cycle detected"). Remote (git, OCI) and interpolated paths are not checked.
export const includeFile = defineRule({
  id: 'include-file',
  aliases: [],
  docs: {
    description: 'Every `include` must name a file that exists, and files may not include each other in a circle.',
    url: docsUrl('include-file'),
  },
  severity: 'error',
  messages: {
    missing: (path: string) => `included file \`${path}\` does not exist`,
    cycle: (chain: string[]) => `include cycle: ${chain.join(' → ')}`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const { file, dir, host } = ctx.project;
      if (!file || !dir) return;
      const read = (p: string) => {
        const text = host.readFile(p);
        return text === undefined ? undefined : includeEntries(buildModel(parseCompose(text)), dirname(p));
      };
      for (const entry of includeEntries(ctx.model, dir))
        entry.paths.forEach((p, i) => {
          // paths are made from raw, one each
          const raw = entry.raw[i];
          const node = entry.nodes[i];
          if (raw === undefined || !node || isRemoteOrInterpolated(raw)) return;
          if (!host.exists(p))
            return ctx.report({ range: ctx.range(node), message: includeFile.messages.missing(raw) });
          if (i > 0) return; // overrides of the included file are merged into it, not loaded on their own
          const chain = cycleFrom(p, file, read);
          if (chain)
            ctx.report({
              range: ctx.range(node),
              message: includeFile.messages.cycle([file, ...chain].map((f) => short(f, dir))),
            });
        });
    },
  }),
});

type Reader = (p: string) => ReturnType<typeof includeEntries> | undefined;

/** The include chain from `start` back to `target`, if there is one (depth-first, each file once). */
function cycleFrom(start: string, target: string, read: Reader): string[] | undefined {
  const seen = new Set<string>();
  const visit = (p: string): string[] | undefined => {
    if (p === target) return [p];
    if (seen.has(p) || seen.size > 64) return undefined;
    seen.add(p);
    for (const e of read(p) ?? []) {
      const [main] = e.paths;
      const [raw] = e.raw;
      if (!main || raw === undefined || isRemoteOrInterpolated(raw)) continue;
      const rest = visit(main);
      if (rest) return [p, ...rest];
    }
    return undefined;
  };
  return visit(start);
}

function short(p: string, dir: string): string {
  return p.startsWith(dir + '/') ? p.slice(dir.length + 1) : p;
}
