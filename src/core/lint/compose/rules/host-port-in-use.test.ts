import { hostPortInUse } from './host-port-in-use';
import { ruleTester } from '../tester';

const facts = {
  portPublishedBy: async (port: number) => (port === 8080 ? [{ container: 'other-web-1', project: 'other' }] : port === 9000 ? [{ container: 'project-a-1', project: 'project' }] : []),
};
ruleTester(hostPortInUse, {
  valid: [{ code: 'services:\n  a:\n    image: a:1\n    ports: ["8081:80", "9000:9000"]\n', facts }],
  invalid: [{ code: 'services:\n  a:\n    image: a:1\n    ports: ["8080:80"]\n', facts, message: 'host port 8080 is already published by container `other-web-1` (project `other`)', line: 4, column: 14 }],
});
