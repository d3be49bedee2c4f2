import { docsUrl } from '../../rule';
import { defineRule, isJsonForm, type Node } from '../model';

const PLAIN = /^[A-Za-z0-9_./:=@%+,-]+$/;

export default defineRule({
  id: 'json-args-recommended',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Use the JSON (exec) form for CMD and ENTRYPOINT so the process receives OS signals.',
    details:
      'In shell form the command runs under `/bin/sh -c`, which does not forward SIGTERM: `docker stop` waits and kills.\n\nBad: `CMD node server.js`\n\nGood: `CMD ["node", "server.js"]`\n\nAs in BuildKit, a stage with a SHELL of its own (or built on a stage that has one) is not reported: the shell form is then deliberate.\n\nDiffers from DL3025: `HEALTHCHECK CMD` in shell form is not reported (newer hadolint reports it). A probe is run by the engine, not sent signals, so the reason for the rule does not apply, and BuildKit\'s JSONArgsRecommended, which this rule also stands for, leaves it alone.',
    url: docsUrl('json-args-recommended'),
  },
  messages: {
    shellForm: (kw: string) =>
      `JSON arguments recommended for ${kw} to prevent unintended behavior related to OS signals`,
  },
  create(ctx) {
    const { messages } = this;
    /** stages whose image config has a SHELL (set in the stage, or in a stage it builds on): BuildKit stays quiet */
    const withShell = new Set<number>();
    const check = (node: Node) => {
      const { inst } = node;
      if (node.stage && withShell.has(node.stage.index)) return;
      const args = node.args;
      if (args.length === 0 || isJsonForm(inst) || args[0]?.getValue().startsWith('[')) return;
      const range = node.argsRange;
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
    return {
      FROM({ stage, onbuild }) {
        if (!onbuild && stage?.fromStage && withShell.has(stage.fromStage.index)) withShell.add(stage.index);
      },
      SHELL({ stage, onbuild }) {
        if (!onbuild && stage) withShell.add(stage.index);
      },
      CMD: check,
      ENTRYPOINT: check,
    };
  },
});
