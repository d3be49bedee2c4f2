import { docsUrl } from '../../rule';
import { argsRange, defineRule, isJsonForm } from '../model';

const PLAIN = /^[A-Za-z0-9_.\/:=@%+,-]+$/;

export default defineRule({
  id: 'json-args-recommended',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Use the JSON (exec) form for CMD and ENTRYPOINT so the process receives OS signals.',
    details:
      'In shell form the command runs under `/bin/sh -c`, which does not forward SIGTERM: `docker stop` waits and kills.\n\nBad: `CMD node server.js`\n\nGood: `CMD ["node", "server.js"]`',
    url: docsUrl('json-args-recommended'),
  },
  messages: {
    shellForm: (kw: string) =>
      `JSON arguments recommended for ${kw} to prevent unintended behavior related to OS signals`,
  },
  create(ctx) {
    const { messages } = this;
    const check = (node: { inst: import('dockerfile-ast').Instruction; keyword: string }) => {
      const { inst } = node;
      const args = inst.getArguments();
      if (args.length === 0 || isJsonForm(inst) || args[0]!.getValue().startsWith('[')) return;
      const range = argsRange(inst);
      const words = args.map((a) => a.getValue());
      const certain = range.start.line === range.end.line && words.every((w) => PLAIN.test(w));
      ctx.report({
        range,
        message: messages.shellForm(node.keyword),
        ...(certain
          ? {
              fix: {
                title: 'Convert to JSON form',
                edits: [{ range, newText: JSON.stringify(words).replace(/","/g, '", "') }],
              },
            }
          : {}),
      });
    };
    return { CMD: check, ENTRYPOINT: check };
  },
});
