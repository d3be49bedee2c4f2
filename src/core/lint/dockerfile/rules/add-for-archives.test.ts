import { testRule } from '../tester';
import rule from './add-for-archives';

testRule(rule, {
  valid: [
    'FROM debian\nADD app.tar.gz /opt/\n',
    'FROM debian\nCOPY app.tar.gz /tmp/\n',
    'FROM debian\nCOPY a.txt /tmp/\nRUN tar -xf /tmp/other.tar\n',
    // hadolint starts over at each FROM, skips COPY --from, and wants an extracting command
    'FROM debian\nCOPY app.tar /src/\nFROM debian\nRUN tar -xf /src/app.tar\n',
    'FROM debian\nCOPY --from=builder /x/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar\n',
    'FROM debian\nCOPY app.tar /src/\nRUN tar -tf /src/app.tar\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n',
      errors: [{ message: 'Use ADD for extracting archives into an image', line: 2, column: 1 }],
    },
    // the destination names the archive when it is one (hadolint's DL3010Spec)
    {
      code: 'FROM debian\nCOPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n',
      errors: [{ message: 'Use ADD for extracting archives into an image', line: 2, column: 1 }],
    },
    // Windows paths: either separator, a quoted destination with a space
    {
      code: 'FROM debian\nCOPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz\n',
      errors: [{ message: 'Use ADD for extracting archives into an image', line: 2, column: 1 }],
    },
    {
      code: 'FROM debian\nCOPY dist/app.gz /opt/\nRUN gunzip /opt/app.gz\n',
      errors: [{ message: 'Use ADD for extracting archives into an image', line: 2, column: 1 }],
    },
  ],
});
