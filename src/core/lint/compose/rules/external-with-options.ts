import { get, str } from '../../../compose/yamlNodes';
import type { ResourceKind } from '../../../compose/model';
import { defineRule, type ComposeContext } from '../context';
import { resources } from '../walk';
import { docsUrl } from '../../rule';

// Next to `external: true`, compose-go (validation/external.go) refuses any key but `name` on a volume; on networks,
// secrets and configs it accepts the creation options and ignores them (a warning here). `template_driver` is no
// creation option: it renders an external secret or config too. transform/external.go refuses `name` and the
// deprecated `external.name` when they differ, on all four.
const CONFLICTS: Record<ResourceKind, string[]> = {
  network: ['driver', 'driver_opts', 'ipam', 'internal', 'attachable', 'enable_ipv4', 'enable_ipv6', 'labels'],
  volume: ['driver', 'driver_opts', 'labels'],
  secret: ['file', 'environment', 'driver', 'driver_opts', 'labels'],
  config: ['file', 'environment', 'content', 'labels'],
};

export const externalWithOptions = defineRule({
  id: 'external-with-options',
  aliases: [],
  docs: {
    description:
      'An `external` resource is created elsewhere: it cannot also set how to create it (driver, options, file…).',
    details:
      'Follows compose-go: on a volume any key but `name` is an error; on a network, secret or config the creation options are ignored (a warning), and `template_driver` is allowed. `name` and the deprecated `external.name` may not differ.',
    url: docsUrl('external-with-options'),
  },
  severity: 'error',
  messages: {
    conflict: (kind: ResourceKind, name: string, key: string) =>
      `${kind} \`${name}\` is \`external\`, so \`${key}\` has no effect and compose refuses it`,
    ignored: (kind: ResourceKind, name: string, key: string) =>
      `${kind} \`${name}\` is \`external\`, so \`${key}\` has no effect: compose ignores it`,
    nameConflict: (kind: ResourceKind, name: string) =>
      `${kind} \`${name}\`: \`name\` and the deprecated \`external.name\` differ; compose refuses the file — keep only \`name\``,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const kind of Object.keys(CONFLICTS) as ResourceKind[]) {
        for (const { decl, keys } of resources(ctx, kind)) {
          const ext = keys.get('external');
          if (!ext || str(ext.value) === 'false') continue;
          const extName = get(ctx.model.doc, ext.value, 'name');
          const name = keys.get('name');
          if (extName && name && str(extName.value) !== str(name.value))
            ctx.report({
              range: ctx.range(extName.keyNode),
              message: externalWithOptions.messages.nameConflict(kind, decl.name),
            });
          const m = externalWithOptions.messages;
          for (const key of CONFLICTS[kind]) {
            const e = keys.get(key);
            if (!e) continue;
            if (kind === 'volume')
              ctx.report({ range: ctx.range(e.keyNode), message: m.conflict(kind, decl.name, key) });
            else
              ctx.report({
                severity: 'warning',
                range: ctx.range(e.keyNode),
                message: m.ignored(kind, decl.name, key),
              });
          }
        }
      }
    },
  }),
});
