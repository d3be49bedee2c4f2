import { testRule } from '../tester';
import rule from './gem-pin';

const msg = 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    "FROM ruby\nRUN gem install bundler -v '2.0.1'\n",
    'FROM ruby\nRUN gem install bundler --version=2.0.1\n',
    'FROM ruby\nRUN gem install bundler:2.0.1 -- --use-system-libraries true\n',
    'FROM ruby:3\nRUN gem install bundler:2.5.6\n',
    'FROM ruby:3\nRUN gem update --system\n',
  ],
  invalid: [
    {
      code: 'FROM ruby\nRUN gem install bundler:2.0.1 rails -- --with-x\n',
      errors: [{ message: rule.messages.unpinned(), line: 2, column: 5 }],
    },
    { code: 'FROM ruby:3\nRUN gem install bundler\n', errors: [{ message: msg, line: 2, column: 5, endColumn: 8 }] },
  ],
});
