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
      message: 'device `count` is `some_string`',
      line: 10,
      column: 22,
    },
    { code: dev('              count: 1.5\n'), message: 'device `count` is `1.5`', line: 10, column: 22 },
    {
      code: dev('              count: 2\n              device_ids: ["my-device-id"]\n'),
      message: '`count` and `device_ids` exclude each other',
      line: 11,
      column: 15,
    },
    {
      code: 'services:\n  t:\n    image: alpine\n    gpus:\n      - count: 1\n        device_ids: ["0"]\n',
      message: '`count` and `device_ids` exclude each other',
      line: 6,
      column: 9,
    },
  ],
});
