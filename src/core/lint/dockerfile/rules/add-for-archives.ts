import { posix } from 'node:path';
import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tar\.lz|tar\.Z)$/;

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
    const copied = new Map<string, { node: Node; stage: number }>();
    return {
      COPY(node) {
        if (node.onbuild || node.keyword !== 'COPY' || node.fromFlag) return;
        for (const a of node.args.slice(0, -1)) {
          const v = a.getValue();
          if (ARCHIVE.test(v)) copied.set(posix.basename(v), { node, stage: node.stage?.index ?? -1 });
        }
      },
      RUN(node) {
        for (const c of ctx.commands(node)) {
          if (c.name !== 'tar' || !c.args.some((a) => /^-?[a-zA-Z]*x/.test(a) || a === '--extract')) continue;
          for (const a of c.args) {
            const hit = copied.get(posix.basename(a));
            if (hit && hit.stage === (node.stage?.index ?? -1)) {
              ctx.report({ range: hit.node.inst.getRange(), message: messages.add() });
              copied.delete(posix.basename(a));
            }
          }
        }
      },
    };
  },
});
