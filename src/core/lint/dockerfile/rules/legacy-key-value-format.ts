import { Env, Label } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';

export default defineRule({
  id: 'legacy-key-value-format',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Use `KEY=value` in ENV and LABEL; the space-separated form is legacy.',
    details:
      'The legacy form sets only one variable per instruction and treats everything after the first space as the value.\n\nBad: `ENV NODE_ENV production`\n\nGood: `ENV NODE_ENV=production`',
    url: docsUrl('legacy-key-value-format'),
  },
  messages: { legacy: (kw: string) => `"${kw} key=value" should be used instead of legacy "${kw} key value" format` },
  create(ctx) {
    const { messages } = this;
    const check = (node: Node) => {
      const { inst, keyword } = node;
      if (!(inst instanceof Env || inst instanceof Label)) return;
      const props = node.properties;
      const p = props[0];
      if (props.length !== 1 || !p || p.getAssignmentOperator() !== null || p.getValue() === null) return;
      const range = node.argsRange;
      const value = p.getValue() ?? '';
      const quoted = /^[^\s"'\\]*$/.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
      const single = range.start.line === range.end.line;
      ctx.report({
        range,
        message: messages.legacy(keyword),
        ...(single
          ? { fix: { title: `Write ${p.getName()}=…`, edits: [{ range, newText: `${p.getName()}=${quoted}` }] } }
          : {}),
      });
    };
    return { ENV: check, LABEL: check };
  },
});
