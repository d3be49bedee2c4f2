import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';

export default defineRule({
  id: 'consistent-instruction-casing',
  aliases: ['ConsistentInstructionCasing'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Instruction keywords should all use the same case (the majority case of the file).',
    details:
      'Docker accepts instructions in any case, but mixing `RUN` and `run` in one file is hard to read. BuildKit warns when the casing is not the same throughout; the quick fix rewrites the keyword.\n\nBad:\n```dockerfile\nFROM alpine\nrun echo hi\n```\nGood:\n```dockerfile\nFROM alpine\nRUN echo hi\n```',
    url: docsUrl('consistent-instruction-casing'),
  },
  messages: {
    mismatch: (word: string, want: 'uppercase' | 'lowercase') =>
      `Command '${word}' should match the case of the command majority (${want})`,
  },
  create(ctx) {
    const { messages } = this;
    // the keywords that are not all upper case, and those not all lower case: end() reads only the list to fix
    const notUpper: Node[] = [];
    const notLower: Node[] = [];
    let upper = 0;
    let lower = 0;
    return {
      any(node) {
        const w = node.inst.getInstruction();
        const isUpper = w === w.toUpperCase();
        const isLower = w === w.toLowerCase();
        if (isUpper) upper++;
        else if (isLower) lower++;
        if (!isUpper) notUpper.push(node);
        if (!isLower) notLower.push(node);
      },
      end() {
        const want = lower > upper ? 'lowercase' : 'uppercase';
        for (const { inst } of want === 'lowercase' ? notLower : notUpper) {
          const w = inst.getInstruction();
          const fixed = want === 'lowercase' ? w.toLowerCase() : w.toUpperCase();
          const range = inst.getInstructionRange();
          ctx.report({
            range,
            message: messages.mismatch(w, want),
            fix: { title: `Write '${fixed}'`, edits: [{ range, newText: fixed }] },
          });
        }
      },
    };
  },
});
