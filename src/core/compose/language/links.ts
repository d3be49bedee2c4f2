// Document links: env_file, build.context, build.dockerfile and bind-mount sources open the file or folder.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink } from 'vscode-languageserver-types';
import { filePathOf } from '../../lint/compose/index';
import { isPathLike, splitVolumeSpec } from '../model';
import { entries, get, isMap, items, str, type Node } from '../yamlNodes';
import { rangeOf } from './locate';
import { modelFor } from '../documentModel';

export function documentLinks(doc: TextDocument): DocumentLink[] {
  const file = filePathOf(doc.uri);
  if (!file) return [];
  const dir = path.dirname(file);
  const model = modelFor(doc);
  const d = model.doc;
  const out: DocumentLink[] = [];
  const link = (node: Node | undefined, p: string | undefined, base = dir, sub?: { index: number; length: number }) => {
    if (!node || !p || p.includes('$') || /^[a-z]+:\/\//i.test(p) || p.startsWith('~')) return;
    out.push({ range: rangeOf(doc, node, sub), target: pathToFileURL(path.resolve(base, p)).href, tooltip: 'Open' });
  };
  for (const svc of model.decls.service) {
    for (const e of entries(d, svc.entry.value)) {
      if (e.key === 'env_file') {
        if (str(e.value) !== undefined) link(e.value, str(e.value));
        for (const i of items(d, e.value)) {
          if (isMap(i)) link(get(d, i, 'path')?.value, str(get(d, i, 'path')?.value));
          else link(i, str(i));
        }
      } else if (e.key === 'build') {
        if (str(e.value) !== undefined) {
          link(e.value, str(e.value));
          continue;
        }
        const ctx = str(get(d, e.value, 'context')?.value) ?? '.';
        link(get(d, e.value, 'context')?.value, ctx);
        const df = get(d, e.value, 'dockerfile')?.value;
        link(df, str(df), path.resolve(dir, ctx));
      } else if (e.key === 'volumes') {
        for (const i of items(d, e.value)) {
          if (isMap(i)) {
            if (str(get(d, i, 'type')?.value) === 'bind')
              link(get(d, i, 'source')?.value, str(get(d, i, 'source')?.value));
            continue;
          }
          const spec = str(i);
          const src = spec ? splitVolumeSpec(spec)[0] : undefined;
          if (spec && src && isPathLike(src) && splitVolumeSpec(spec).length > 1)
            link(i, src, dir, { index: 0, length: src.length });
        }
      }
    }
  }
  return out;
}
