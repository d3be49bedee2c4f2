import type { Property } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';

// BuildKit's word lists (dockerfile2llb/validations.go): a name part (split on `_`) equal to one of these, unless a
// part says public, file or version.
const SECRET = /^(apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)$/i;
const ALLOW = /^(public|file|version)$/i;
/** names of public OpenPGP material: a key id or fingerprint is published, not a secret */
const PGP_NAME = /^(gpg|pgp|gpgkeys?|fingerprints?)$/i;
const KEY_IDS = /^(0x)?[0-9A-Fa-f]{8,40}(\s+(0x)?[0-9A-Fa-f]{8,40})*$/;

export function looksSecret(name: string): boolean {
  const parts = name.split('_');
  return parts.some((p) => SECRET.test(p)) && !parts.some((p) => ALLOW.test(p));
}

/** `GPG_KEY=A035C8C1…`, `NGINX_GPGKEYS="…"`, `*_FINGERPRINT=…`: hex key ids under an OpenPGP name */
export function isPublicKeyId(name: string, value: string): boolean {
  const v = value.replace(/^(["'])(.*)\1$/s, '$2').trim();
  return name.split('_').some((p) => PGP_NAME.test(p)) && KEY_IDS.test(v);
}

export default defineRule({
  id: 'secrets-used-in-arg-or-env',
  aliases: ['SecretsUsedInArgOrEnv', 'DL3064'],
  severity: 'warning',
  docs: {
    description: 'ARG and ENV values are stored in the image history; pass secrets with `RUN --mount=type=secret`.',
    details:
      "ARG and ENV values end up in the image history (`docker history`) and, for ENV, in the image config: anyone with the image can read them. Secrets belong in a secret mount, which is never stored.\n\nBad:\n```dockerfile\nARG NPM_TOKEN\nRUN npm ci\n```\nGood:\n```dockerfile\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci\n```\n\nNames are judged as BuildKit judges them: a `_`-separated part is apikey, auth, credential(s), key, password, pword, passwd, secret or token, and no part is public, file or version. Differs from SecretsUsedInArgOrEnv: a hex key id or fingerprint under an OpenPGP name (`GPG_KEY`, `GPG_KEYS`, `*_PGP_KEY_ID`, `*_FINGERPRINT`) is public and not reported. Differs from DL3064: hadolint also reports names containing `private`, `username`, `client_key` or `api_key` and a fixed list of well-known names; this rule keeps to BuildKit's words.",
    url: docsUrl('secrets-used-in-arg-or-env'),
  },
  messages: {
    secret: (kw: string, name: string) => `Do not use ARG or ENV instructions for sensitive data (${kw} "${name}")`,
  },
  create(ctx) {
    const { messages } = this;
    const check = (kw: string, props: Property[]) => {
      for (const p of props)
        if (looksSecret(p.getName()) && !isPublicKeyId(p.getName(), p.getValue() ?? ''))
          ctx.report({ range: p.getNameRange(), message: messages.secret(kw, p.getName()) });
    };
    return {
      ARG: ({ properties }) => check('ARG', properties), // `ARG a=1 b=2` declares both
      ENV: ({ properties }) => check('ENV', properties),
    };
  },
});
