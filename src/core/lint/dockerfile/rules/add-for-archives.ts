import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';
import type { Command } from '../shell';

// hadolint's archiveFileFormatExtensions and its extracting commands (DL3010)
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz)$/;
const UNZIP = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);
/** the last part of a path, either separator (Windows destinations), quotes dropped */
const basename = (p: string) => p.replace(/^["']+|["']+$/g, '').replace(/^.*[\\/]/, '');
const extracts = (c: Command) =>
  UNZIP.has(c.name) ||
  (c.name === 'tar' && c.args.some((a) => /^-?[a-zA-Z]*x/.test(a) || a === '--extract' || a === '--get'));
/** the words as written (a Windows path keeps its backslashes), a quoted path that has spaces in it (`"C:\\Program Files\\app"`) joined again */
function quotedWords(args: string[]): string[] {
  const out: string[] = [];
  let open: string | undefined;
  for (const a of args) {
    if (open !== undefined) {
      out[out.length - 1] += ` ${a}`;
      if (a.endsWith(open)) open = undefined;
    } else {
      out.push(a);
      const quote = /^["']/.exec(a)?.[0];
      if (quote && (a.length === 1 || !a.endsWith(quote))) open = quote;
    }
  }
  return out;
}

export default defineRule({
  id: 'add-for-archives',
  aliases: ['DL3010'],
  severity: 'info',
  docs: {
    description: 'Use ADD to extract a local tar archive instead of COPY followed by tar -x.',
    details:
      'ADD unpacks local tar archives in one step and one layer.\n\nBad:\n```dockerfile\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n```\nGood: `ADD app.tar.gz /opt/`',
    url: docsUrl('add-for-archives'),
  },
  messages: { add: () => 'Use ADD for extracting archives into an image' },
  create(ctx) {
    const { messages } = this;
    // archive basename → the COPY that put it there, per stage (hadolint starts over at each FROM)
    const copied = new Map<string, { node: Node; stage: number }>();
    return {
      COPY(node) {
        if (node.onbuild || node.keyword !== 'COPY' || node.fromFlag) return;
        const words = node.json ?? quotedWords(node.args.map((a) => ctx.doc.getText(a.getRange())));
        const target = words.at(-1);
        if (target === undefined || words.length < 2) return;
        // an archive destination names the file the RUN extracts; otherwise the archives among the sources do
        const names = ARCHIVE.test(basename(target)) ? [target] : words.slice(0, -1);
        for (const n of names.map(basename))
          if (ARCHIVE.test(n)) copied.set(n, { node, stage: node.stage?.index ?? -1 });
      },
      RUN(node) {
        if (copied.size === 0) return;
        for (const c of ctx.commands(node)) {
          if (!extracts(c)) continue;
          for (const a of c.args) {
            if (a.startsWith('-')) continue;
            const hit = copied.get(basename(a));
            if (hit && hit.stage === (node.stage?.index ?? -1)) {
              ctx.report({ range: hit.node.inst.getRange(), message: messages.add() });
              copied.delete(basename(a));
            }
          }
        }
      },
    };
  },
});
