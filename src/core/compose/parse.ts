// Parse a compose file with `yaml`, keeping every node's source range. Syntax errors and duplicate keys come
// back as offset ranges; `!reset` / `!override` are known tags (merging directives, not values).
import { analyze } from './analyze';
import { duplicateKeyOffsets } from './duplicateKeys';
import { tooDeepAt } from './nesting';
import { Composer, Parser, YAMLParseError, type CST, type Document } from 'yaml';

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
// Duplicate keys are found by duplicateKeys.ts, in one pass: yaml's own check (uniqueKeys) is quadratic in a mapping's size.
const OPTIONS = { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false } as const;
const isComposeTagWarning = (message: string) => /^Unresolved tag: !(reset|override)\b/.test(message);

const TOO_DEEP = 'too deeply nested to check: the content from here on was not read';

/** Syntax errors outside the document that a parse turns into messages; the ones past it are only counted. */
export const MAX_LISTED_STRAY_ERRORS = 100;

/**
 * yaml's parseDocument, step for step through its public Parser and Composer, but for two things:
 * - past MAX_LISTED_STRAY_ERRORS, the error tokens that stand outside the document are counted, not composed. A 50 KB
 *   file of stray brackets holds 40,000 of them, and composing each into an error object took 0.6 s of the server;
 * - a file nested deeper than MAX_NESTING is composed up to the line where it goes too deep (nesting.ts says why).
 */
function parseFirstDocument(text: string): {
  doc: Document.Parsed;
  unlisted?: { count: number; offset: number };
  tooDeep?: { offset: number; cut: number };
} {
  let source = text;
  let parsed = [...new Parser().parse(source)];
  const deep = tooDeepAt(parsed);
  if (deep !== undefined) {
    source = text.slice(0, text.lastIndexOf('\n', deep) + 1);
    parsed = [...new Parser().parse(source)];
  }
  let stray = 0;
  let unlisted: { count: number; offset: number } | undefined;
  function* tokens(): Generator<CST.Token> {
    for (const token of parsed) {
      if (token.type === 'error' && ++stray > MAX_LISTED_STRAY_ERRORS) {
        unlisted ??= { count: 0, offset: token.offset };
        unlisted.count++;
      } else yield token;
    }
  }
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(OPTIONS).compose(tokens(), true, source.length)) {
    if (!doc) doc = next;
    else {
      // as parseDocument: compose reads one document and rejects a file with more
      const range: [number, number] = [next.range[0], next.range[1]];
      doc.errors.push(new YAMLParseError(range, 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) yields a document for any text, an empty one included
  if (!doc) throw new Error('yaml composed no document');
  return {
    doc,
    ...(unlisted ? { unlisted } : {}),
    ...(deep !== undefined ? { tooDeep: { offset: deep, cut: source.length } } : {}),
  };
}

export function parseCompose(text: string): ParsedCompose {
  const { doc, unlisted, tooDeep } = parseFirstDocument(text);
  const docs = [doc];
  const problems: YamlProblem[] = [];
  for (const d of docs) {
    for (const e of [...d.errors, ...d.warnings]) {
      if (e.code === 'TAG_RESOLVE_FAILED' && isComposeTagWarning(e.message)) continue;
      const [start, end] = e.pos;
      // what the text's end left open is not an error of the file: the rest was not read
      if (tooDeep && start >= tooDeep.cut) continue;
      problems.push({
        kind: 'syntax',
        // should the stack still run out (yaml reports it as an error at the node)
        message: /call stack/i.test(e.message) ? TOO_DEEP : firstLine(e.message),
        offset: [start, Math.max(end, start + 1)],
      });
    }
  }
  if (tooDeep) problems.push({ kind: 'syntax', message: TOO_DEEP, offset: [tooDeep.offset, tooDeep.offset + 1] });
  for (const start of duplicateKeyOffsets(doc))
    problems.push({ kind: 'duplicateKey', message: 'Map keys must be unique', offset: [start, start + 1] });
  // in the order of the text, as yaml reports them while it composes
  problems.sort((a, b) => a.offset[0] - b.offset[0]);
  if (unlisted)
    problems.push({
      kind: 'syntax',
      message: `${unlisted.count} more YAML syntax errors from here on are not listed`,
      offset: [unlisted.offset, unlisted.offset + 1],
    });
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
