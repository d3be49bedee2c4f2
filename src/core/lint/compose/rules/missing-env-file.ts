import { resolve } from 'node:path';
import { get, isMap, items, str, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const missingEnvFile = defineRule({
  id: 'missing-env-file',
  aliases: [],
  docs: {
    description: 'An `env_file` that does not exist stops compose (unless `required: false`).',
    url: docsUrl('missing-env-file'),
  },
  severity: 'error',
  messages: { missing: (file: string) => `env_file \`${file}\` does not exist` },
  create: (ctx: ComposeContext) => ({
    check() {
      const { dir, host, env } = ctx.project;
      if (!dir) return;
      const doc = ctx.model.doc;
      for (const s of services(ctx)) {
        const v = s.keys.get('env_file')?.value;
        const list: { p: string; node: Node }[] = [];
        const one = str(v);
        if (v && one !== undefined) list.push({ p: one, node: v });
        for (const i of items(doc, v)) {
          if (isMap(i)) {
            if (str(get(doc, i, 'required')?.value) === 'false') continue;
            const node = get(doc, i, 'path')?.value;
            const p = str(node);
            if (node && p !== undefined) list.push({ p, node });
          } else {
            const p = str(i);
            if (p !== undefined) list.push({ p, node: i });
          }
        }
        for (const { p, node } of list) {
          const file = p.includes('$') ? interpolateSimple(p, env) : p;
          if (file === undefined) continue;
          if (!host.exists(resolve(dir, file)))
            ctx.report({ range: ctx.range(node), message: missingEnvFile.messages.missing(file) });
        }
      }
    },
  }),
});

function interpolateSimple(p: string, env: (n: string) => string | undefined): string | undefined {
  let unknown = false;
  const out = p.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}?/g, (_m, n: string, d?: string) => {
    const v = env(n) ?? d;
    if (v === undefined) unknown = true;
    return v ?? '';
  });
  return unknown ? undefined : out;
}
