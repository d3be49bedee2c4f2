import { invalidPort } from './invalid-port';
import { ruleTester } from '../tester';

ruleTester(invalidPort, {
  valid: [
    'services:\n  a:\n    image: a:1\n    ports:\n      - 80\n      - "8080:80"\n      - "127.0.0.1:8000-8001:80-81/udp"\n      - "[::1]:53:53"\n      - "${PORT}:80"\n      - "${HTTP_PORT:-8080}:80"\n      - "${BIND:-127.0.0.1}:${P:-9000}:9000"\n      - "${BIND6:-[::1]}:${Q-9001}:9001/${PROTO:-udp}"\n      - target: 80\n        published: "8080"\n        host_ip: 127.0.0.1\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["70000:80"]\n',
      errors: [{ message: 'port 70000 is out of range (1-65535)', line: 4, column: 14, endLine: 4, endColumn: 19 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["300.1.1.1:80:80"]\n',
      errors: [{ message: '`300.1.1.1` is not an IP address', line: 4, column: 14, endLine: 4, endColumn: 23 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["8000-8002:80-81"]\n',
      errors: [
        {
          message: 'host range 8000-8002 and container range 80-81 are not the same size',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["90-80:80"]\n',
      errors: [{ message: 'port range 90-80 ends before it starts', line: 4, column: 14, endLine: 4, endColumn: 19 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["80:http"]\n',
      errors: [{ message: '`http` is not a port or port range', line: 4, column: 17, endLine: 4, endColumn: 21 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports:\n      - target: 80\n        host_ip: localhost\n',
      errors: [{ message: '`localhost` is not an IP address', line: 6, column: 18, endLine: 6, endColumn: 27 }],
    },
    // interpolated first, as compose does: the value is checked, the range is the variable
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["${HTTP_PORT:-70000}:80"]\n',
      errors: [
        {
          message: 'port ${HTTP_PORT:-70000} (70000) is out of range (1-65535)',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 33,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["${HTTP_PORT}:80"]\n',
      env: { HTTP_PORT: 'web' },
      errors: [
        {
          message: '`${HTTP_PORT}` (`web`) is not a host port or port range',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 26,
        },
      ],
    },
  ],
});
