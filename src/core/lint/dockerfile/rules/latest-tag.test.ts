import { testRule } from '../tester';
import rule from './latest-tag';

testRule(rule, {
  valid: [
    'FROM node:20\n',
    'FROM node\n',
    'FROM node:latest@sha256:0123456789012345678901234567890123456789012345678901234567890123\n',
  ],
  invalid: [
    {
      code: 'FROM node:latest AS x\n',
      errors: [
        {
          message:
            'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
          line: 1,
          column: 11,
          endColumn: 17,
        },
      ],
    },
  ],
});
