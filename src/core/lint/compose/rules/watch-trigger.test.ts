import { watchTrigger } from './watch-trigger';
import { ruleTester } from '../tester';

const watch = (rule: string) => `services:\n  web:\n    image: scratch\n    develop:\n      watch:\n${rule}`;

// compose-go loader/validate_test.go TestValidateWatch, validation/validation.go checkPath
ruleTester(watchTrigger, {
  valid: [
    watch('        - action: sync\n          path: /app\n          target: /container/app\n'),
    watch('        - action: rebuild\n          path: ./package.json\n'),
    watch('        - action: restart\n          path: ./config\n'),
  ],
  invalid: [
    {
      code: watch('        - action: sync\n          path: /app\n'),
      message: 'watch action `sync` copies files into the container: it needs a `target`',
      line: 6,
      column: 11,
    },
    {
      code: watch('        - action: sync+restart\n          path: /app\n'),
      message: 'watch action `sync+restart`',
      line: 6,
      column: 11,
    },
    {
      code: watch('        - action: rebuild\n          path: ""\n'),
      message: 'watch `path` cannot be blank',
      line: 7,
      column: 17,
    },
  ],
});
