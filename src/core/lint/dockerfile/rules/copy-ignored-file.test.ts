import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { testRule } from '../tester';
import rule from './copy-ignored-file';

const dir = mkdtempSync(join(tmpdir(), 'stevedore-ignore-'));
writeFileSync(join(dir, '.dockerignore'), '.env\nnode_modules\n*.log\n!keep.log\n');
const uri = pathToFileURL(join(dir, 'Dockerfile')).toString();
const dir2 = mkdtempSync(join(tmpdir(), 'stevedore-ignore-'));
writeFileSync(join(dir2, '.dockerignore'), 'secret.txt\n');
writeFileSync(join(dir2, 'api.Dockerfile.dockerignore'), 'dist\n');
const uri2 = pathToFileURL(join(dir2, 'api.Dockerfile')).toString();
/** a context with its own .dockerignore */
const withIgnore = (text: string) => {
  const d = mkdtempSync(join(tmpdir(), 'stevedore-ignore-'));
  writeFileSync(join(d, '.dockerignore'), text);
  return pathToFileURL(join(d, 'Dockerfile')).toString();
};
const negated = withIgnore('sub\n!sub/a.txt\n');
const all = withIgnore('*\n');
const escaped = withIgnore('su.b\n!su\\.b/keep.txt\n');

testRule(rule, {
  valid: [
    { code: 'FROM alpine\nCOPY src /app/src\nCOPY keep.log /x\n', uri },
    { code: 'FROM alpine\nCOPY .env /app/\n' },
    { code: 'FROM alpine AS b\nFROM alpine\nCOPY --from=b .env /app/\nCOPY *.log /x/\n', uri },
    { code: 'FROM alpine\nCOPY secret.txt /x\n', uri: uri2 },
    // a `!` pattern that may re-include something at or below the source: not judged (BuildKit)
    { code: 'FROM alpine\nCOPY sub /sub\nCOPY sub/a.txt . /ctx/\n', uri: negated },
    { code: 'FROM alpine\nCOPY su.b /sub\n', uri: escaped },
    // the context root only under a pattern that excludes every root entry
    { code: 'FROM alpine\nCOPY . /app\n', uri },
  ],
  invalid: [
    {
      code: 'FROM alpine\nCOPY .env package.json /app/\n',
      uri,
      errors: [
        {
          message: 'Attempting to Copy file ".env" that is excluded by .dockerignore',
          line: 2,
          column: 6,
          endColumn: 10,
        },
      ],
    },
    {
      code: 'FROM alpine\nADD ./node_modules/ debug.log /app/\n',
      uri,
      errors: [
        // named as BuildKit names it: the cleaned path
        { message: 'Attempting to Add file "node_modules" that is excluded by .dockerignore', line: 2, column: 5 },
        { message: 'Attempting to Add file "debug.log" that is excluded by .dockerignore', line: 2, column: 21 },
      ],
    },
    {
      code: 'FROM alpine\nCOPY dist /srv\n',
      uri: uri2,
      errors: [{ message: 'Attempting to Copy file "dist" that is excluded by .dockerignore', line: 2, column: 6 }],
    },
    {
      code: 'FROM alpine\nCOPY sub/b.txt /x\n',
      uri: negated,
      errors: [
        { message: 'Attempting to Copy file "sub/b.txt" that is excluded by .dockerignore', line: 2, column: 6 },
      ],
    },
    {
      code: 'FROM alpine\nCOPY ./ /app\n',
      uri: all,
      errors: [{ message: 'Attempting to Copy file "." that is excluded by .dockerignore', line: 2, column: 6 }],
    },
  ],
});
