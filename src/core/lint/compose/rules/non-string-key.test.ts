import { nonStringKey } from './non-string-key';
import { ruleTester } from '../tester';

// cases from compose-go's loader_test.go TestNonStringKeys
ruleTester(nonStringKey, {
  valid: [
    'services:\n  "123":\n    image: busybox\n    environment:\n      "1": FOO\n',
    'x-a: &a\n  image: busybox\nservices:\n  web:\n    <<: *a\n    labels:\n      yes: "a YAML 1.2 string"\n',
  ],
  invalid: [
    {
      code: '123:\n  foo:\n    image: busybox\n',
      message: 'key `123` is a number',
      line: 1,
      column: 1,
      endColumn: 4,
      output: '"123":\n  foo:\n    image: busybox\n',
    },
    {
      code: 'services:\n  foo:\n    image: busybox\n  123:\n    image: busybox\n',
      message: 'key `123` is a number',
      line: 4,
      column: 3,
      output: 'services:\n  foo:\n    image: busybox\n  "123":\n    image: busybox\n',
    },
    {
      code: 'services:\n  foo:\n    image: busybox\nnetworks:\n  default:\n    ipam:\n      config:\n        - 123: oh dear\n',
      message: 'key `123` is a number',
      line: 8,
      column: 11,
      output:
        'services:\n  foo:\n    image: busybox\nnetworks:\n  default:\n    ipam:\n      config:\n        - "123": oh dear\n',
    },
    {
      code: 'services:\n  dict-env:\n    image: busybox\n    environment:\n      1: FOO\n      true: BAR\n',
      message: 'key `1` is a number',
      line: 5,
      column: 7,
      output: 'services:\n  dict-env:\n    image: busybox\n    environment:\n      "1": FOO\n      true: BAR\n',
    },
    {
      code: 'services:\n  dict-env:\n    image: busybox\n    environment:\n      1: FOO\n      true: BAR\n',
      message: 'key `true` is a boolean',
      line: 6,
      column: 7,
      output: 'services:\n  dict-env:\n    image: busybox\n    environment:\n      1: FOO\n      "true": BAR\n',
    },
  ],
});
