import { Arg, Env, type Property } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';

// BuildKit's word list: a name part (split on _ - .) equal to one of these, unless a part says "public".
const SECRET = /^(apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)$/i;
const ALLOW = /^public$/i;

export function looksSecret(name: string): boolean {
  const parts = name.split(/[_\-.]/);
  return parts.some((p) => SECRET.test(p)) && !parts.some((p) => ALLOW.test(p));
}

export default defineRule({
  id: 'secrets-used-in-arg-or-env',
  aliases: ['SecretsUsedInArgOrEnv'],
  severity: 'warning',
  docs: {
    description: 'ARG and ENV values are stored in the image history; pass secrets with `RUN --mount=type=secret`.',
    details:
      'ARG and ENV values end up in the image history (`docker history`) and, for ENV, in the image config: anyone with the image can read them. Secrets belong in a secret mount, which is never stored.\n\nBad:\n```dockerfile\nARG NPM_TOKEN\nRUN npm ci\n```\nGood:\n```dockerfile\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci\n```',
    url: docsUrl('secrets-used-in-arg-or-env'),
  },
  messages: {
    secret: (kw: string, name: string) => `Do not use ARG or ENV instructions for sensitive data (${kw} "${name}")`,
  },
  create(ctx) {
    const { messages } = this;
    const check = (kw: string, props: Property[]) => {
      for (const p of props)
        if (looksSecret(p.getName()))
          ctx.report({ range: p.getNameRange(), message: messages.secret(kw, p.getName()) });
    };
    return {
      ARG: ({ inst }) => {
        if (inst instanceof Arg) {
          const p = inst.getProperty();
          if (p) check('ARG', [p]);
        }
      },
      ENV: ({ inst }) => {
        if (inst instanceof Env) check('ENV', inst.getProperties());
      },
    };
  },
});
