import { docsUrl } from '../../rule';
import { variableNames } from '../expand';
import { defineRule } from '../model';

export default defineRule({
  id: 'user-non-numeric',
  aliases: ['DL3066'],
  severity: 'info',
  docs: {
    description: 'Prefer a numeric user id in USER.',
    details:
      "A user name is resolved inside the container from its `/etc/passwd`; the host, a Kubernetes `runAsNonRoot` check or a volume's ownership sees only numbers. A numeric `USER 10001` (or `10001:10001`) says exactly who runs the process. As in hadolint, a user given by a declared ARG (`USER ${APP_UID}`) is fine.\n\nBad: `USER app`\n\nGood: `USER 10001:10001`",
    url: docsUrl('user-non-numeric'),
  },
  messages: { name: () => 'Non-numeric user-id may not be resolvable by host system' },
  create(ctx) {
    const { messages } = this;
    const args = new Set<string>();
    return {
      ARG({ properties }) {
        for (const p of properties) args.add(p.getName());
      },
      USER(node) {
        const uid = (node.argsContent ?? '').trim().split(':')[0] ?? '';
        if (uid === '' || /^\d+$/.test(uid)) return;
        const vars = variableNames(uid);
        if (vars.some((v) => args.has(v))) return;
        ctx.report({ range: node.argsRange, message: messages.name() });
      },
    };
  },
});
