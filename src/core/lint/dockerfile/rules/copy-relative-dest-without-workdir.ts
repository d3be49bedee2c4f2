import { docsUrl } from '../../rule';
import { defineRule, type Stage } from '../model';

export default defineRule({
  id: 'copy-relative-dest-without-workdir',
  aliases: ['DL3045'],
  severity: 'warning',
  docs: {
    description: "COPY to a relative destination without a WORKDIR depends on the base image's working directory.",
    details:
      'A relative destination is resolved against the working directory, which without a WORKDIR in the file is whatever the base image chose (often `/`). Set WORKDIR first, or use an absolute path.\n\nBad:\n```dockerfile\nFROM node:20\nCOPY package.json .\n```\nGood:\n```dockerfile\nFROM node:20\nWORKDIR /app\nCOPY package.json .\n```',
    url: docsUrl('copy-relative-dest-without-workdir'),
  },
  messages: { relative: () => '`COPY` to a relative destination without `WORKDIR` set.' },
  create(ctx) {
    const { messages } = this;
    const withWorkdir = new Set<number>();
    const has = (s: Stage | undefined): boolean => {
      for (let c = s; c; c = c.fromStage) if (withWorkdir.has(c.index)) return true;
      return false;
    };
    return {
      WORKDIR({ stage, onbuild }) {
        if (!onbuild && stage) withWorkdir.add(stage.index);
      },
      COPY(node) {
        if (node.onbuild || has(node.stage)) return;
        const args = node.args;
        const dest = args.at(-1);
        if (args.length < 2 || !dest || args[0]?.getValue().startsWith('[')) return;
        // the text as written: the parser's value drops the backslashes of `c:\dir\file` (a Windows absolute path)
        const v = ctx.doc.getText(dest.getRange()).replace(/^(["'])(.*)\1$/, '$2');
        if (v.startsWith('/') || v.startsWith('$') || /^[A-Za-z]:[\\/]/.test(v) || v.startsWith('\\')) return;
        ctx.report({ range: dest.getRange(), message: messages.relative() });
      },
    };
  },
});
