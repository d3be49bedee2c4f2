import { testRule } from '../tester';
import rule from './go-install-pin';

const msg = 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM golang\nRUN go run example.com/pkg@v1.2.3 --flag arg\n',
    'FROM golang\nRUN go install /go/app/foobar ./cmd/...\n',
    'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.15.0\n',
    'FROM golang:1.22\nRUN go build ./...\n',
    'FROM golang:1.22\nRUN go install ./cmd/app\n',
  ],
  invalid: [
    {
      code: 'FROM golang\nRUN go install example.com/pkg@latest\n',
      errors: [{ message: rule.messages.unpinned(), line: 2, column: 5 }],
    },
    {
      code: 'FROM golang\nRUN go get example.com/pkg\n',
      errors: [{ message: rule.messages.unpinned(), line: 2, column: 5 }],
    },
    {
      code: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 7 }],
    },
  ],
});
