import * as assert from 'assert';
import { DockerfileParser, From } from '../src/main';
import { assertRange } from './util';

// The fork's change: an instruction computes its arguments once and hands out copies.
describe("Arguments computed once", function () {
    it("a caller that changes the array it got does not change the instruction", function () {
        const run = DockerfileParser.parse("RUN --mount=type=cache,target=/x apt-get update").getInstructions()[0];
        const first = run.getArguments();
        assert.equal(first.length, 2);
        first.shift();
        first.push(first[0]);
        assert.equal(run.getArguments().length, 2);
        assert.equal(run.getArguments()[0].getValue(), "apt-get");
        assert.equal(run.getArgumentsContent(), "apt-get update");
        assert.equal(run.getFlags()[0].getValue(), "type=cache,target=/x");
    });

    it("asked again, the same arguments come back", function () {
        const run = DockerfileParser.parse("RUN a \\\n b").getInstructions()[0];
        assert.strictEqual(run.getArguments()[1], run.getArguments()[1]);
    });

    it("FROM's image parts, asked in any order and again, keep their ranges", function () {
        const from = DockerfileParser.parse("FROM localhost:5000/base/image:tag AS build").getInstructions()[0] as From;
        for (let i = 0; i < 2; i++) {
            assertRange(from.getImageNameRange(), 0, 20, 0, 30);
            assertRange(from.getRegistryRange(), 0, 5, 0, 19);
            assertRange(from.getImageTagRange(), 0, 31, 0, 34);
            assertRange(from.getImageRange(), 0, 5, 0, 34);
            assert.equal(from.getImageName(), "base/image");
        }
    });
});
