import { deviceRequest } from './device-request';
import { ruleTester } from '../tester';

const dev = (lines: string) =>
  `services:\n  hello:\n    image: redis:alpine\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              capabilities: [gpu]\n${lines}`;

// compose-go loader_test.go TestServiceDeviceRequestCount*, tests/gpus_test.go
ruleTester(deviceRequest, {
  valid: [
    dev('              count: 2\n'),
    dev('              count: all\n'),
    dev('              count: "3"\n'),
    dev('              count: ${GPUS:-1}\n'),
    dev('              device_ids: ["0", "3"]\n'),
    'services:\n  t:\n    image: alpine\n    gpus:\n      - driver: 3dfx\n        device_ids: ["voodoo2"]\n',
    'services:\n  t:\n    image: alpine\n    gpus: all\n',
  ],
  invalid: [
    {
      code: dev('              count: some_string\n'),
      errors: [
        {
          message: 'device `count` is `some_string`: the only values allowed are `all` or a number',
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 33,
        },
      ],
    },
    {
      code: dev('              count: 1.5\n'),
      errors: [
        {
          message: 'device `count` is `1.5`: the only values allowed are `all` or a number',
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 25,
        },
      ],
    },
    {
      code: dev('              count: 2\n              device_ids: ["my-device-id"]\n'),
      errors: [
        {
          message: '`count` and `device_ids` exclude each other: reserve a number of devices or name them',
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 25,
        },
      ],
    },
    {
      code: 'services:\n  t:\n    image: alpine\n    gpus:\n      - count: 1\n        device_ids: ["0"]\n',
      errors: [
        {
          message: '`count` and `device_ids` exclude each other: reserve a number of devices or name them',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 19,
        },
      ],
    },
  ],
});
