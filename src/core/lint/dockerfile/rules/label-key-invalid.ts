import { docsUrl } from '../../rule';
import { labelProps } from '../labels';
import { defineRule } from '../model';

const RESERVED = /^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/;
/** hadolint's DL3048: starts with a-z, ends with a-z or 0-9, only a-z 0-9 . - _ /, no `..` or `--` */
const VALID = /^(?!.*(\.\.|--))[a-z]([a-z0-9._/-]*[a-z0-9])?$/;

export default defineRule({
  id: 'label-key-invalid',
  aliases: ['DL3048'],
  severity: 'style',
  docs: {
    description: 'Label keys should be lowercase alphanumerics with . and -, not in the reserved Docker namespaces.',
    details:
      "Label keys should be lowercase alphanumerics separated by `.` and `-` (reverse-DNS style), and must stay out of Docker's reserved namespaces (`com.docker.*`, `io.docker.*`, `org.dockerproject.*`).\n\nBad: `LABEL com.docker.x=1 My_Label=2`\n\nGood: `LABEL org.example.my-label=2`",
    url: docsUrl('label-key-invalid'),
  },
  messages: { invalid: (key: string) => `Invalid Label Key '${key}'` },
  create(ctx) {
    const { messages } = this;
    return {
      LABEL(node) {
        for (const p of labelProps(node)) {
          const k = p.getName().replace(/^(["'])(.*)\1$/, '$2');
          if (RESERVED.test(k) || !VALID.test(k)) ctx.report({ range: p.getNameRange(), message: messages.invalid(k) });
        }
      },
    };
  },
});
