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

// The fork's change: build stage ranges and the FROM list are computed once, until an instruction is added.
describe("Stage ranges and FROMs computed once", function () {
    it("a build stage's range follows the instructions added to it, and is a new object each time", function () {
        const dockerfile = DockerfileParser.parse("FROM a\nRUN x\n# c\nFROM b AS two\nRUN y\n");
        const stages = dockerfile.getContainingImage({ line: 4, character: 0 });
        assert.ok(stages);
        assertRange(stages.getRange(), 3, 0, 4, 5);
        const range = stages.getRange();
        range.end = { line: 9, character: 9 };
        assertRange(stages.getRange(), 3, 0, 4, 5);
        stages.addInstruction(DockerfileParser.parse("FROM z\n\n\n\n\n\nRUN late").getInstructions()[1]);
        assertRange(stages.getRange(), 3, 0, 6, 8);
    });

    it("comments and variables land in their stage", function () {
        const dockerfile = DockerfileParser.parse("ARG V=0\nFROM a\n# one\nENV V=1\nRUN echo $V\nFROM b\n# two\nENV V=2\nRUN echo $V\n");
        assert.equal(dockerfile.getContainingImage({ line: 2, character: 0 }).getComments()[0].getContent(), "one");
        assert.equal(dockerfile.getContainingImage({ line: 6, character: 0 }).getComments()[0].getContent(), "two");
        assert.equal(dockerfile.resolveVariable("V", 4), "1");
        assert.equal(dockerfile.resolveVariable("V", 8), "2");
        assert.equal(dockerfile.resolveVariable("V", 1), "0");
    });
});
