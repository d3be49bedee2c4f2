import { docsUrl } from '../../rule';
import { defineRule } from '../model';

/** Build args BuildKit defines automatically in the global scope. */
export const PREDEFINED_PLATFORM_ARGS = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
];

export default defineRule({
  id: 'undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom'],
  severity: 'warning',
  docs: {
    description: 'A variable in FROM must be declared by a global ARG (before the first FROM).',
    details:
      'A variable in FROM must be declared by an ARG before the first FROM; otherwise it expands to an empty string and the image reference is wrong.\n\nBad:\n```dockerfile\nFROM node:${NODE_VERSION}\n```\nGood:\n```dockerfile\nARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\n```',
    url: docsUrl('undefined-arg-in-from'),
  },
  messages: { undeclared: (name: string) => `FROM argument '${name}' is not declared` },
  create(ctx) {
    const { messages } = this;
    const globals = new Set(PREDEFINED_PLATFORM_ARGS);
    for (const a of ctx.dockerfile.getInitialARGs()) {
      const n = a.getProperty()?.getName();
      if (n) globals.add(n);
    }
    return {
      FROM({ from, variables, onbuild }) {
        if (onbuild || !from) return;
        for (const v of variables) {
          if (!globals.has(v.getName()))
            ctx.report({ range: v.getNameRange(), message: messages.undeclared(v.getName()) });
        }
      },
    };
  },
});
