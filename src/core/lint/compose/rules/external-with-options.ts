import { str } from '../../../compose/yamlNodes';
import type { ResourceKind } from '../../../compose/model';
import { defineRule, type ComposeContext } from '../context';
import { composeDocsUrl } from '../docs';
import { resources } from '../walk';

// what compose-go rejects next to `external: true` (name is allowed: it names the existing resource)
const CONFLICTS: Record<ResourceKind, string[]> = {
  network: ['driver', 'driver_opts', 'ipam', 'internal', 'attachable', 'enable_ipv4', 'enable_ipv6', 'labels'],
  volume: ['driver', 'driver_opts', 'labels'],
  secret: ['file', 'environment', 'driver', 'driver_opts', 'template_driver', 'labels'],
  config: ['file', 'environment', 'content', 'template_driver', 'labels'],
};

export const externalWithOptions = defineRule({
  id: 'external-with-options',
  aliases: [],
  docs: {
    description:
      'An `external` resource is created elsewhere: it cannot also set how to create it (driver, options, file…).',
    url: composeDocsUrl('external-with-options'),
  },
  severity: 'error',
  messages: {
    conflict: (kind: ResourceKind, name: string, key: string) =>
      `${kind} \`${name}\` is \`external\`, so \`${key}\` has no effect and compose refuses it`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const kind of Object.keys(CONFLICTS) as ResourceKind[]) {
        for (const { decl, keys } of resources(ctx, kind)) {
          const ext = keys.get('external');
          if (!ext || str(ext.value) === 'false') continue;
          for (const key of CONFLICTS[kind]) {
            const e = keys.get(key);
            if (e)
              ctx.report({
                range: ctx.range(e.keyNode),
                message: externalWithOptions.messages.conflict(kind, decl.name, key),
              });
          }
        }
      }
    },
  }),
});
