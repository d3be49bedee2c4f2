import { testRule } from '../tester';
import rule from './yum-clean';

testRule(rule, {
  valid: ['FROM centos:7\nRUN yum install -y httpd-2 && yum clean all\n', 'FROM centos:7\nRUN yum install -y x-1 && rm -rf /var/cache/yum\n', 'FROM centos:7\nRUN yum update\n'],
  invalid: [{ code: 'FROM centos:7\nRUN yum install -y httpd-2\n', errors: [{ message: '`yum clean all` missing after yum command.', line: 2, column: 5 }] }],
});
