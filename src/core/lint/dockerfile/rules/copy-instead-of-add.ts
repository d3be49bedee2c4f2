import { docsUrl } from '../../rule';
import { defineRule } from '../model';

const ARCHIVE = /\.(tar|gz|tgz|bz2|tbz2?|xz|txz|zst|lz|lzma|Z)$/;
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const ADD_ONLY_FLAGS = ['checksum', 'keep-git-dir', 'unpack'];

export default defineRule({
  id: 'copy-instead-of-add',
  aliases: ['DL3020'],
  severity: 'error',
  fixable: true,
  docs: {
    description: 'Use COPY instead of ADD for files and folders; ADD is for URLs and archives.',
    details:
      'ADD also fetches URLs and unpacks archives, so a reader cannot tell what it does without checking the source. For plain files and directories COPY says exactly what happens; keep ADD for local archives to unpack.\n\nBad: `ADD src/ /app/src/`\n\nGood: `COPY src/ /app/src/`',
    url: docsUrl('copy-instead-of-add'),
  },
  messages: { copy: () => 'Use COPY instead of ADD for files and folders' },
  create(ctx) {
    const { messages } = this;
    return {
      ADD({ inst, args, flags: given }) {
        if (args.length < 2 || args[0]?.getValue().startsWith('[') || args[0]?.getValue().startsWith('<<')) return;
        const sources = args.slice(0, -1).map((a) => a.getValue().replace(/^(["'])(.*)\1$/, '$2'));
        if (sources.some((s) => URL.test(s) || ARCHIVE.test(s) || s.includes('$') || s.startsWith('git@'))) return;
        const flags = given.map((f) => f.getName());
        const range = inst.getInstructionRange();
        const certain = !flags.some((f) => ADD_ONLY_FLAGS.includes(f));
        const word = inst.getInstruction() === 'add' ? 'copy' : 'COPY';
        ctx.report({
          range,
          message: messages.copy(),
          ...(certain ? { fix: { title: 'Replace ADD with COPY', edits: [{ range, newText: word }] } } : {}),
        });
      },
    };
  },
});
