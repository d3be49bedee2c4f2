import { testRule } from '../tester';
import rule from './go-install-pin';

const msg = 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`';
testRule(rule, {
  valid: [
    'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.15.0\n',
    'FROM golang:1.22\nRUN go build ./...\n',
    'FROM golang:1.22\nRUN go install ./cmd/app\n',
  ],
  invalid: [
    {
      code: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 7 }],
    },
  ],
});
