import { externalWithOptions } from './external-with-options';
import { ruleTester } from '../tester';

ruleTester(externalWithOptions, {
  valid: [
    'networks:\n  a:\n    external: true\n    name: shared\nvolumes:\n  v:\n    driver: local\n',
    'volumes:\n  v:\n    external: false\n    driver: local\n',
    // compose-go tests/template_driver_test.go TestTemplateDriver
    'configs:\n  config:\n    name: config\n    external: true\n    template_driver: config-driver\nsecrets:\n  secret:\n    name: secret\n    external: true\n    template_driver: secret-driver\n',
    'volumes:\n  v:\n    name: same\n    external:\n      name: same\n',
    'networks:\n  n:\n    external:\n      name: shared\n',
  ],
  invalid: [
    {
      code: 'volumes:\n  external_volume:\n    external: true\n    labels:\n      - beep=boop\n',
      message: 'volume `external_volume` is `external`, so `labels` has no effect and compose refuses it',
      line: 4,
      column: 5,
    },
    {
      code: 'volumes:\n  external_volume:\n    name: user_specified_name\n    external:\n      name: external_name\n',
      message: 'volume `external_volume`: `name` and the deprecated `external.name` differ',
      line: 5,
      column: 7,
    },
    {
      code: 'secrets:\n  s:\n    name: user_specified_name\n    external:\n      name: external_name\n',
      message: 'secret `s`: `name` and the deprecated `external.name` differ',
      line: 5,
      column: 7,
    },
    {
      code: 'networks:\n  foo:\n    name: user_specified_name\n    external:\n      name: external_name\n',
      message: 'network `foo`: `name` and the deprecated `external.name` differ',
      line: 5,
      column: 7,
    },
    {
      code: 'networks:\n  a:\n    external: true\n    driver: bridge\n',
      message: 'network `a` is `external`, so `driver` has no effect: compose ignores it',
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
