import { composeCliUnsupported } from './compose-cli-unsupported';
import { ruleTester } from '../tester';

const v1 = { composeCli: async () => ({ version: '1.29.2', v2: false }) };
const v2 = { composeCli: async () => ({ version: '2.29.1', v2: true }) };
const withName = 'name: demo\nservices:\n  a:\n    image: a:1\n';
const dependsRestart =
  'services:\n  a:\n    image: a:1\n    depends_on:\n      b:\n        condition: service_started\n        restart: true\n  b:\n    image: b:1\n';

ruleTester(composeCliUnsupported, {
  valid: [
    { code: `# v2\n${withName}`, facts: v2 },
    { code: `# v2\n${dependsRestart}`, facts: v2 },
    // the CLI is unknown: silent
    { code: `# unknown\n${withName}`, facts: {} },
    { code: 'services:\n  a:\n    image: a:1\n    depends_on: [b]\n  b:\n    image: b:1\n', facts: v1 },
  ],
  invalid: [
    {
      code: withName,
      facts: v1,
      message:
        '`name` is rejected by docker-compose 1.29.2, the compose CLI here; remove it (the project name comes from the folder or -p) or install Compose v2',
      line: 1,
      column: 1,
      endColumn: 5,
    },
    {
      code: 'include:\n  - other.yaml\nservices:\n  a:\n    image: a:1\n',
      facts: v1,
      message: '`include` is rejected by docker-compose 1.29.2, the compose CLI here; remove it or install Compose v2',
      line: 1,
      column: 1,
    },
    {
      code: dependsRestart,
      facts: v1,
      message: '`depends_on.b.restart` is rejected by docker-compose 1.29.2',
      line: 7,
      column: 9,
    },
  ],
});
