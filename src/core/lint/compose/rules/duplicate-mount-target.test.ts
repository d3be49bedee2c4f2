import { duplicateMountTarget } from './duplicate-mount-target';
import { ruleTester } from '../tester';

ruleTester(duplicateMountTarget, {
  valid: [
    'services:\n  a:\n    image: a:1\n    volumes: ["./a:/a", "b:/b"]\n    tmpfs: /c\nvolumes:\n  b:\n',
    'services:\n  a:\n    image: a:1\n    volumes:\n      - "${DATA:-/srv}:/data"\n      - "${LOGS:-/srv}:/logs"\n      - "${CACHE}:${CACHE_DIR:-/cache}:ro"\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - ./a:/data\n      - type: volume\n        source: d\n        target: /data/\nvolumes:\n  d:\n',
      errors: [{ message: '`/data` is mounted twice in service `a`', line: 8, column: 17, endLine: 8, endColumn: 23 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    volumes: ["./x:/tmp"]\n    tmpfs: [/tmp]\n',
      errors: [{ message: '`/tmp` is mounted twice in service `a`', line: 5, column: 13, endLine: 5, endColumn: 17 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - "${A:-./a}:${T:-/data}"\n      - "${B:-./b}:/data"\n',
      errors: [{ message: '`/data` is mounted twice in service `a`', line: 6, column: 9, endLine: 6, endColumn: 26 }],
    },
  ],
});
