import * as assert from 'assert';
import { DockerfileParser } from '../src/main';

// The fork's addition: a model lent to `parse` for the length of a callback.
describe("DockerfileParser.reusing", function () {
    const content = "FROM alpine\nRUN echo hi\n";

    it("parse answers the lent model for the same content while the callback runs", function () {
        const dockerfile = DockerfileParser.parse(content);
        const seen = DockerfileParser.reusing(content, dockerfile, () => DockerfileParser.parse(content));
        assert.strictEqual(seen, dockerfile);
    });

    it("other content is parsed as usual", function () {
        const dockerfile = DockerfileParser.parse(content);
        const other = DockerfileParser.reusing(content, dockerfile, () => DockerfileParser.parse("FROM busybox\n"));
        assert.notStrictEqual(other, dockerfile);
        assert.equal(other.getInstructions()[0].getArguments()[0].getValue(), "busybox");
    });

    it("nothing is lent after the callback, even one that threw", function () {
        const dockerfile = DockerfileParser.parse(content);
        assert.notStrictEqual(DockerfileParser.reusing(content, dockerfile, () => 1) && DockerfileParser.parse(content), dockerfile);
        assert.throws(() => DockerfileParser.reusing(content, dockerfile, () => { throw new Error("x"); }));
        assert.notStrictEqual(DockerfileParser.parse(content), dockerfile);
    });

    it("nested loans give the outer one back", function () {
        const outer = DockerfileParser.parse(content);
        const inner = DockerfileParser.parse("FROM busybox\n");
        DockerfileParser.reusing(content, outer, () => {
            DockerfileParser.reusing("FROM busybox\n", inner, () => assert.strictEqual(DockerfileParser.parse("FROM busybox\n"), inner));
            assert.strictEqual(DockerfileParser.parse(content), outer);
        });
    });
});
