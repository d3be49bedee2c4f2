import type { Document } from 'yaml';
import { isMap } from '../../../compose/yamlNodes';
import type { TextEdit } from 'vscode-languageserver-types';
import { SECTION, type ResourceKind } from '../../../compose/model';
import { defineRule, type ComposeContext } from '../context';
import { reportReference } from '../references';
import { docsUrl } from '../../rule';

export const undefinedResource = defineRule({
  id: 'undefined-resource',
  aliases: [],
  docs: {
    description: 'Networks, volumes, secrets and configs a service uses must be declared at the top level.',
    url: docsUrl('undefined-resource'),
  },
  severity: 'error',
  fixable: true,
  messages: {
    undefined: (kind: ResourceKind, name: string, service: string) =>
      `service \`${service}\` uses ${kind} \`${name}\`, which is not declared under top-level \`${SECTION[kind]}\``,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const { model, project } = ctx;
      const declared = new Set(
        model.refs.length
          ? Object.values(model.decls)
              .flat()
              .map((d) => `${d.kind}/${d.name}`)
          : [],
      );
      for (const ref of model.refs) {
        if (ref.kind === 'service') continue;
        if (ref.kind === 'network' && ref.name === 'default') continue;
        if (declared.has(`${ref.kind}/${ref.name}`) || project.external[ref.kind].has(ref.name)) continue;
        const fix = ref.kind === 'network' || ref.kind === 'volume' ? declareFix(ctx, ref.kind, ref.name) : undefined;
        reportReference(ctx, {
          ...(fix ? { fix } : undefined),
          range: ctx.range({ node: ref.node, ...(ref.sub ? { sub: ref.sub } : {}) }),
          message: undefinedResource.messages.undefined(ref.kind, ref.name, ref.service),
        });
      }
    },
  }),
});

/** Append `name:` to the top-level section (creating it at the end of the file when absent). */
export function declareFix(
  ctx: ComposeContext,
  kind: ResourceKind,
  name: string,
): { title: string; edits: TextEdit[] } | undefined {
  const { model, document } = ctx;
  const section = model.top.find((e) => e.key === SECTION[kind]);
  const title = `Declare ${kind} \`${name}\` under top-level \`${SECTION[kind]}\``;
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!section) {
    const end = document.positionAt(text.length);
    const lead = text.length === 0 || text.endsWith('\n') ? '' : eol;
    return {
      title,
      edits: [{ range: { start: end, end }, newText: `${lead}${SECTION[kind]}:${eol}  ${name}:${eol}` }],
    };
  }
  const value = section.value;
  if (!isMap(value) || value.flow || section.merged) {
    if (value && !(isMap(value) && value.items.length)) {
      const r = ctx.range(value);
      return { title, edits: [{ range: r, newText: `${eol}  ${name}:` }] };
    }
    return undefined;
  }
  const first = value.items[0];
  const keyStart = (first?.key as { range?: number[] } | null | undefined)?.range?.[0];
  const indent = keyStart !== undefined ? document.positionAt(keyStart).character : 2;
  const last = value.items.at(-1);
  if (!last) return undefined;
  const lastEnd = endOfPair(model.doc, last, text);
  const pos = document.positionAt(lastEnd);
  return { title, edits: [{ range: { start: pos, end: pos }, newText: `${eol}${' '.repeat(indent)}${name}:` }] };
}

function endOfPair(_doc: Document, pair: { key: unknown; value: unknown }, text: string): number {
  const v = pair.value as { range?: number[] } | null;
  const k = pair.key as { range?: number[] };
  let end = v?.range?.[1] ?? k.range?.[1] ?? 0;
  // stop before the newline that ends the last line of the pair
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}
