import { Arg } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'env-self-reference',
  aliases: ['DL3044'],
  severity: 'error',
  docs: {
    description: 'Do not refer to a variable in the same ENV instruction that defines it: it is not set yet.',
    details:
      'Variables in one ENV instruction are all expanded with the values from *before* the instruction, so a later pair cannot use an earlier pair of the same line: it gets the old (usually empty) value.\n\nBad: `ENV APP=/app BIN=$APP/bin` (BIN becomes `/bin`)\n\nGood:\n```dockerfile\nENV APP=/app\nENV BIN=$APP/bin\n```',
    url: docsUrl('env-self-reference'),
  },
  messages: {
    self: (name: string) =>
      `Do not refer to an environment variable within the same \`ENV\` statement where it is defined. ('${name}')`,
  },
  create(ctx) {
    const { messages } = this;
    const known = new Map<number, Set<string>>();
    const set = (i: number) => {
      let s = known.get(i);
      if (!s) {
        s = new Set();
        known.set(i, s);
      }
      return s;
    };
    return {
      ARG({ inst, stage }) {
        if (inst instanceof Arg) {
          const n = inst.getProperty()?.getName();
          if (n) set(stage?.index ?? -1).add(n);
        }
      },
      ENV({ properties, stage, onbuild }) {
        const before = onbuild ? new Set<string>() : set(stage?.index ?? -1);
        const here: string[] = [];
        for (const p of properties) {
          const value = p.getValue() ?? '';
          for (const name of here) {
            if (!before.has(name) && refersTo(value, name)) {
              ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.self(name) });
              break;
            }
          }
          here.push(p.getName());
        }
        for (const n of here) before.add(n);
      },
    };
  },
});

const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/**
 * Whether `value` uses `$name` (not followed by more name characters) or `${name}` / `${name:-…}` / `${name-…}` /
 * `${name+…}` / `${name?…}`. A scan, not a RegExp built per name: compiling one per ENV property cost more than the rest
 * of the rule, and names are matched literally.
 */
function refersTo(value: string, name: string): boolean {
  for (let i = value.indexOf('$'); i !== -1; i = value.indexOf('$', i + 1)) {
    if (value.startsWith(name, i + 1) && !isNameChar(value[i + 1 + name.length])) return true;
    if (value[i + 1] === '{' && value.startsWith(name, i + 2) && ':}-+?'.includes(value[i + 2 + name.length] ?? 'x'))
      return true;
  }
  return false;
}
