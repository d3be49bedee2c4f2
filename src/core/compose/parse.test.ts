import { describe, expect, it } from 'vitest';
import { Parser, parseDocument } from 'yaml';
import { MAX_NESTING, tooDeepAt } from './nesting';
import { MAX_LISTED_STRAY_ERRORS, parseCompose } from './parse';

describe('parseCompose', () => {
  it("finds what yaml's parseDocument finds, at the same offsets", () => {
    const texts = [
      'services:\n  web:\n    image: nginx\n    image: httpd\n',
      'services:\n  web: [a, b\n  db: {x: 1\n',
      'services:\n  web:\n   image: a\n  - b\n}}\n]]\n',
      'services: {}\n...\n}\n',
      '',
      // duplicates in flow and block mappings, nested, by value: 1 and 1.0 are one number, "1" is a string
      'a: {x: 1, x: 2, "y": 1, y: 2}\nb:\n  - {1: a, 1.0: b, "1": c}\n  - k: v\n    k: w\n    &n k: u\na: again\n',
      '? [a]\n: 1\n? [a]\n: 2\n.nan: 1\n.nan: 2\nnull: 1\n~: 2\n: 3\n',
    ];
    for (const text of texts) {
      const ours = parseCompose(text);
      const theirs = parseDocument(text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
      expect(ours.problems.map((p) => [p.kind, p.offset[0]])).toEqual(
        [...theirs.errors, ...theirs.warnings]
          .map((e) => [e.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'syntax', e.pos[0]])
          .sort((a, b) => Number(a[1]) - Number(b[1])),
      );
      expect(ours.doc.toJS()).toEqual(theirs.toJS());
    }
  });

  it('a second document is a problem, as compose rejects it', () => {
    const { problems, doc } = parseCompose('services:\n  a: {image: x}\n---\nservices: {}\n');
    expect(problems).toEqual([{ kind: 'syntax', message: 'Source contains multiple documents', offset: [26, 43] }]);
    expect(doc.toJS()).toEqual({ services: { a: { image: 'x' } } });
  });

  it('thousands of stray errors: the first ones listed, the rest counted in one problem, the document kept', () => {
    const text = `services:\n  web:\n    image: nginx\n${'}\n'.repeat(5000)}`;
    const { problems, doc } = parseCompose(text);
    expect(doc.toJS()).toEqual({ services: { web: { image: 'nginx' } } });
    expect(problems).toHaveLength(MAX_LISTED_STRAY_ERRORS + 1);
    const last = problems.at(-1);
    expect(last?.message).toBe(`${5000 - MAX_LISTED_STRAY_ERRORS} more YAML syntax errors from here on are not listed`);
    expect(last?.offset[0]).toBe(text.indexOf('}') + 2 * MAX_LISTED_STRAY_ERRORS);
  });
});

describe('nesting', () => {
  const head = 'services:\n  a:\n    image: x\n    labels:\n';
  const nested: Record<string, (n: number) => string> = {
    sequences: (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(6 + 2 * i)}-\n`).join(''),
    mappings: (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(6 + i)}k${i}:\n`).join(''),
    'flow collections': (n) => `      x: ${'['.repeat(n)}${']'.repeat(n)}\n`,
  };

  it.each(Object.keys(nested))(
    '%s past MAX_NESTING: one finding at the node, the lines above read, every run alike',
    (kind) => {
      const text = `${head}${nested[kind]?.(3000)}`;
      const runs = [1, 2, 3].map(() => parseCompose(text));
      for (const { problems, doc } of runs) {
        expect(problems).toEqual(runs[0]?.problems);
        expect(problems).toHaveLength(1);
        expect(problems[0]?.message).toBe('too deeply nested to check: the content from here on was not read');
        expect(text.slice(0, problems[0]?.offset[0]).split('\n').length).toBeLessThan(MAX_NESTING + 8);
        expect(doc.getIn(['services', 'a', 'image'])).toBe('x');
      }
    },
  );

  it.each(Object.keys(nested))('%s within MAX_NESTING: read whole, no finding', (kind) => {
    const { problems, doc } = parseCompose(`${head}${nested[kind]?.(MAX_NESTING - 10)}`);
    expect(problems).toEqual([]);
    expect(doc.getIn(['services', 'a', 'labels'])).toBeTruthy();
  });

  it('the deepest node is found without recursion, at its offset', () => {
    const text = `a: ${'['.repeat(50_000)}`;
    // the top-level mapping is level 1: the bracket at level MAX_NESTING + 1 is the MAX_NESTING-th, at 3 + MAX_NESTING - 1
    expect(tooDeepAt([...new Parser().parse(text)])).toBe(2 + MAX_NESTING);
  });
});

describe('duplicate keys', () => {
  it('a mapping of 6,000 keys with repeats: each repeat found once, at its key', () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `k${i % 5000}`);
    const text = `services:\n${keys.map((k) => `  ${k}: {}`).join('\n')}\n`;
    const dups = parseCompose(text).problems.filter((p) => p.kind === 'duplicateKey');
    expect(dups).toHaveLength(1000);
    expect(dups[0]?.offset[0]).toBe(text.indexOf('  k0: {}', text.indexOf('k4999')) + 2);
  });
});
