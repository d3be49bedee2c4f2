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

testRule(rule, {
  valid: [
    { code: 'FROM alpine\nCOPY src /app/src\nCOPY keep.log /x\n', uri },
    { code: 'FROM alpine\nCOPY .env /app/\n' },
    { code: 'FROM alpine AS b\nFROM alpine\nCOPY --from=b .env /app/\nCOPY *.log /x/\n', uri },
    { code: 'FROM alpine\nCOPY secret.txt /x\n', uri: uri2 },
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
        { message: 'Attempting to Add file "./node_modules/" that is excluded by .dockerignore', line: 2, column: 5 },
        { message: 'Attempting to Add file "debug.log" that is excluded by .dockerignore', line: 2, column: 21 },
      ],
    },
    {
      code: 'FROM alpine\nCOPY dist /srv\n',
      uri: uri2,
      errors: [{ message: 'Attempting to Copy file "dist" that is excluded by .dockerignore', line: 2, column: 6 }],
    },
  ],
});
