// Parse a compose file with `yaml`, keeping every node's source range. Syntax errors and duplicate keys come
// back as offset ranges; `!reset` / `!override` are known tags (merging directives, not values).
import { analyze } from './analyze';
import { parseDocument, type Document } from 'yaml';

export interface YamlProblem {
  kind: 'syntax' | 'duplicateKey';
  message: string;
  /** [start, end) offsets into the text */
  offset: [number, number];
}

export interface ParsedCompose {
  text: string;
  documents: Document.Parsed[];
  /** the first document: compose reads only one */
  doc: Document.Parsed;
  problems: YamlProblem[];
}

export const COMPOSE_TAGS = ['!reset', '!override'] as const;

// `<<` merge keys are applied by analyze()/entries() (yaml's `merge` option costs a pass we do anyway), and the
// compose tags stay unresolved on purpose (`node.tag` keeps them): only their "unresolved tag" warnings are dropped.
const OPTIONS = { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false } as const;
const isComposeTagWarning = (message: string) => /^Unresolved tag: !(reset|override)\b/.test(message);

export function parseCompose(text: string): ParsedCompose {
  // parseDocument reports "multiple documents" as an error; compose does the same, so keep it simple.
  const doc = parseDocument(text, OPTIONS);
  const docs = [doc];
  const problems: YamlProblem[] = [];
  for (const d of docs) {
    for (const e of [...d.errors, ...d.warnings]) {
      if (e.code === 'TAG_RESOLVE_FAILED' && isComposeTagWarning(e.message)) continue;
      const [start, end] = e.pos;
      problems.push({
        kind: e.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'syntax',
        // yaml composes nested collections recursively and reports the overflow as an error at the node
        message: /call stack/i.test(e.message)
          ? 'too deeply nested to check: the content from here on was not read'
          : firstLine(e.message),
        offset: [start, Math.max(end, start + 1)],
      });
    }
  }
  // an alias bomb: yaml's alias limit (analyze() applies it once, and the rules share that walk)
  const bomb = text.includes('*') ? analyze(doc).excessiveAlias : undefined;
  if (bomb?.range)
    problems.push({
      kind: 'syntax',
      message:
        'Excessive alias count indicates a resource exhaustion attack: the aliases past the limit were not expanded',
      offset: [bomb.range[0], Math.max(bomb.range[1], bomb.range[0] + 1)],
    });
  return { text, documents: docs, doc, problems };
}

function firstLine(message: string): string {
  const m = message.split('\n')[0] ?? message;
  return m.replace(/ at line \d+, column \d+:?$/, '');
}
