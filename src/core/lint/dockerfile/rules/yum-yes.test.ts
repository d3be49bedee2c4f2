import { testRule } from '../tester';
import rule from './yum-yes';

const msg = 'Use the -y switch to avoid manual input `yum install -y <package>`';
testRule(rule, {
  valid: ['FROM centos:7\nRUN yum install -y httpd\n', 'FROM centos:7\nRUN yum clean all\n'],
  invalid: [
    {
      code: 'FROM centos:7\nRUN yum install httpd\n',
      errors: [{ message: msg, line: 2, column: 5 }],
      output: 'FROM centos:7\nRUN yum install -y httpd\n',
    },
  ],
});
