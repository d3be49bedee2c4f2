import { testRule } from '../tester';
import rule from './yum-pin';

const msg = 'Specify version with `yum install -y <package>-<version>`.';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM centos\nRUN yum module install -y tomcat:9 && yum clean all\n',
    'FROM fedora AS build\nENV version=2.51.0-2.fc42\nFROM build\nRUN yum -y install git-core-${version}\n',
    'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
    'FROM centos:7\nRUN yum install -y /tmp/x.rpm\n',
  ],
  invalid: [
    {
      code: 'FROM centos\nRUN yum module install -y tomcat && yum clean all\n',
      errors: [{ message: rule.messages.unpinned(), line: 2, column: 5 }],
    },
    {
      code: 'FROM fedora AS build\nENV version=2.51.0-2.fc42\nFROM fedora\nRUN yum -y install git-core-${version}\n',
      errors: [{ message: rule.messages.unpinned(), line: 4, column: 5 }],
    },
    { code: 'FROM centos:7\nRUN yum install -y httpd\n', errors: [{ message: msg, line: 2, column: 5, endColumn: 8 }] },
  ],
});
