import type { From } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { commentsBefore } from '../comments';
import { defineRule } from '../model';

export default defineRule({
  id: 'invalid-definition-description',
  aliases: ['InvalidDefinitionDescription'],
  // experimental in BuildKit: off unless `# check=experimental=InvalidDefinitionDescription` (or `all`) or a setting
  severity: 'off',
  tags: ['experimental'],
  docs: {
    description: 'A comment right above an ARG or a named FROM should start with the name it describes.',
    details:
      "Build tools read the comment directly above `ARG name` or `FROM image AS name` as the description of that build argument or stage (`docker buildx build --call=outline`). It must start with the name: `# name description`. A comment meant as something else needs an empty line with a lone `#` between it and the instruction. Experimental in BuildKit, so off by default here too; enable it with `# check=experimental=InvalidDefinitionDescription` or the rule's setting.\n\nBad:\n```dockerfile\n# the version to build\nARG VERSION=1.2\n```\nGood:\n```dockerfile\n# VERSION the version to build\nARG VERSION=1.2\n```",
    url: docsUrl('invalid-definition-description'),
  },
  messages: {
    format: (instruction: string, name: string) =>
      `Comment for ${instruction} should follow the format: \`# ${name} <description>\``,
  },
  create(ctx) {
    const { messages } = this;
    let comments: Map<number, string[]> | undefined;
    const check = (
      instruction: string,
      keys: string[],
      line: number,
      range: NonNullable<ReturnType<From['getRange']>>,
    ) => {
      comments ??= commentsBefore(ctx.dockerfile);
      const last = comments.get(line)?.at(-1);
      const [word = ''] = last?.split(' ', 1) ?? [];
      const [only] = keys;
      if (last === undefined || only === undefined || keys.includes(word)) return;
      ctx.report({ range, message: messages.format(instruction, keys.length > 1 ? '<arg_key>' : only) });
    };
    return {
      FROM({ inst, from, onbuild }) {
        if (onbuild || !from) return;
        const name = from.buildStage;
        const range = from.buildStageRange;
        if (name && range) check('FROM', [name.toLowerCase()], inst.getRange().start.line, range);
      },
      ARG(node) {
        if (node.onbuild) return;
        const props = node.properties;
        if (props.length === 0) return;
        check(
          'ARG',
          props.map((p) => p.getName()),
          node.inst.getRange().start.line,
          node.argsRange,
        );
      },
    };
  },
});
