import { testRule } from '../tester';
import rule from './yum-pin';

const msg = 'Specify version with `yum install -y <package>-<version>`.';
testRule(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
    'FROM centos:7\nRUN yum install -y /tmp/x.rpm\n',
  ],
  invalid: [
    { code: 'FROM centos:7\nRUN yum install -y httpd\n', errors: [{ message: msg, line: 2, column: 5, endColumn: 8 }] },
  ],
});
