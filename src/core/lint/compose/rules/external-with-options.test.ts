import { externalWithOptions } from './external-with-options';
import { ruleTester } from '../tester';

ruleTester(externalWithOptions, {
  valid: [
    'networks:\n  a:\n    external: true\n    name: shared\nvolumes:\n  v:\n    driver: local\n',
    'volumes:\n  v:\n    external: false\n    driver: local\n',
  ],
  invalid: [
    {
      code: 'networks:\n  a:\n    external: true\n    driver: bridge\n',
      message: 'network `a` is `external`, so `driver` has no effect',
      line: 4,
      column: 5,
    },
    {
      code: 'volumes:\n  v:\n    external: true\n    driver_opts:\n      type: nfs\n',
      message: 'volume `v` is `external`, so `driver_opts`',
      line: 4,
      column: 5,
    },
  ],
});
