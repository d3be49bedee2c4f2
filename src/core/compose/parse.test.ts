import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { MAX_LISTED_STRAY_ERRORS, parseCompose } from './parse';

describe('parseCompose', () => {
  it("finds what yaml's parseDocument finds, at the same offsets", () => {
    const texts = [
      'services:\n  web:\n    image: nginx\n    image: httpd\n',
      'services:\n  web: [a, b\n  db: {x: 1\n',
      'services:\n  web:\n   image: a\n  - b\n}}\n]]\n',
      'services: {}\n...\n}\n',
      '',
    ];
    for (const text of texts) {
      const ours = parseCompose(text);
      const theirs = parseDocument(text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
      expect(ours.problems.map((p) => p.offset[0])).toEqual(
        [...theirs.errors, ...theirs.warnings].map((e) => e.pos[0]),
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
