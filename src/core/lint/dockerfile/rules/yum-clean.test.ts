import { testRule } from '../tester';
import rule from './yum-clean';

const msg = '`yum clean all` missing after yum command.';
testRule(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd-2 && yum clean all\n',
    'FROM centos:7\nRUN yum install -y x-1 && rm -rf /var/cache/yum\n',
    'FROM centos:7\nRUN yum update\n',
    'FROM centos:7\nRUN <<EOF\nyum install -y httpd-2\nyum clean all\nEOF\n',
  ],
  invalid: [
    {
      code: 'FROM centos\nRUN yum clean all && yum install -y httpd-2.4\n',
      errors: [{ message: rule.messages.missing(), line: 2, column: 22 }],
      output: 'FROM centos\nRUN yum clean all && yum install -y httpd-2.4 && yum clean all\n',
    },
    {
      code: 'FROM centos:7\nRUN yum install -y httpd-2\n',
      errors: [{ message: msg, line: 2, column: 5 }],
      output: 'FROM centos:7\nRUN yum install -y httpd-2 && yum clean all\n',
    },
    {
      code: 'FROM centos:7\nRUN set -e; \\\n  if true; then yum install -y httpd-2; fi\n',
      errors: [{ message: msg, line: 3, column: 17 }],
      output: 'FROM centos:7\nRUN set -e; \\\n  if true; then yum install -y httpd-2; fi && yum clean all\n',
    },
    { code: 'FROM centos:7\nRUN <<EOF\nyum install -y httpd-2\nEOF\n', errors: [{ message: msg, line: 3, column: 1 }] },
  ],
});
