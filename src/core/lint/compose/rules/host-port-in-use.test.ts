import { hostPortInUse } from './host-port-in-use';
import { ruleTester } from '../tester';

const facts = {
  portPublishedBy: async (port: number) =>
    port === 8080
      ? [{ container: 'other-web-1', project: 'other', hostIp: '127.0.0.1' }]
      : port === 8443
        ? [
            { container: 'edge', hostIp: '0.0.0.0' },
            { container: 'edge', hostIp: '::' },
          ]
        : port === 9000
          ? [{ container: 'project-a-1', project: 'project' }]
          : [],
};
ruleTester(hostPortInUse, {
  valid: [
    { code: 'services:\n  a:\n    image: a:1\n    ports: ["8081:80", "9000:9000"]\n', facts },
    // another address: 127.0.0.2:8080 is free while 127.0.0.1:8080 is taken
    { code: 'services:\n  a:\n    image: a:1\n    ports: ["127.0.0.2:8080:80", "[::1]:8080:80"]\n', facts },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports:\n      - target: 80\n        published: 8080\n        host_ip: 10.0.0.5\n',
      facts,
    },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["8080:80"]\n',
      facts,
      errors: [
        {
          message: 'host port 127.0.0.1:8080 is already published by container `other-web-1` (project `other`)',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 18,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["127.0.0.1:8080:80"]\n',
      facts,
      errors: [
        {
          message: 'host port 127.0.0.1:8080 is already published by container `other-web-1` (project `other`)',
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 28,
        },
      ],
    },
    // a wildcard binding takes the port on every address
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["127.0.0.9:8443:443"]\n',
      facts,
      errors: [
        {
          message: 'host port 8443 is already published by container `edge`',
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 28,
        },
      ],
    },
  ],
});
