import { duplicateHostPort } from './duplicate-host-port';
import { ruleTester } from '../tester';

ruleTester(duplicateHostPort, {
  valid: [
    'services:\n  a:\n    image: a:1\n    ports: ["8080:80", "53:53/udp"]\n  b:\n    image: b:1\n    ports: ["8081:80", "53:53/tcp", "127.0.0.2:9000:1"]\n  c:\n    image: c:1\n    ports: ["127.0.0.3:9000:1", "80"]\n',
    // alternatives: never started by the same `up`
    'services:\n  dev:\n    image: a:1\n    profiles: [dev]\n    ports: ["8080:80"]\n  prod:\n    image: a:1\n    profiles: [prod, staging]\n    ports: ["8080:80"]\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["8080:80"]\n  b:\n    image: b:1\n    ports: ["8080:81"]\n',
      errors: [
        {
          message: 'host port 8080 is already published by service `a`',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 18,
        },
      ],
    },
    // a service without profiles runs with every profile; a shared profile starts both
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["8080:80"]\n  b:\n    image: b:1\n    profiles: [debug]\n    ports: ["8080:81"]\n',
      errors: [
        {
          message: 'host port 8080 is already published by service `a`',
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 18,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    profiles: [dev, debug]\n    ports: ["8080:80"]\n  b:\n    image: b:1\n    profiles: [debug]\n    ports: ["8080:81"]\n',
      errors: [
        {
          message: 'host port 8080 is already published by service `a`',
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 18,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["${HTTP_PORT:-8080}:80"]\n  b:\n    image: b:1\n    ports: ["8080:81"]\n',
      errors: [
        {
          message: 'host port 8080 is already published by service `a`',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 18,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["8000-8010:8000-8010"]\n  b:\n    image: b:1\n    ports:\n      - target: 80\n        published: 8005\n',
      errors: [
        {
          message: 'host port 8005 is already published by service `a`',
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 24,
        },
      ],
    },
  ],
});
