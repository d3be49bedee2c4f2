import { testRule } from '../tester';
import rule from './untagged-image';

testRule(rule, {
  valid: [
    'FROM debian:12\n',
    'FROM scratch\n',
    'FROM alpine:3 AS base\nFROM base\n',
    'ARG IMG=x\nFROM ${IMG}\n',
    'FROM alpine@sha256:0123456789012345678901234567890123456789012345678901234567890123\n',
  ],
  invalid: [
    {
      code: 'FROM debian\n',
      errors: [{ message: 'Always tag the version of an image explicitly', line: 1, column: 6, endColumn: 12 }],
    },
    {
      code: 'FROM registry.example.com:5000/team/app AS x\n',
      errors: [{ message: 'Always tag the version of an image explicitly', line: 1, column: 6 }],
    },
  ],
});
