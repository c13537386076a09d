import { CappedBuffer, TailBuffer } from "../../src/runner/output-buffer.js";

describe("TailBuffer", () => {
  it("returns everything while under the limit", () => {
    const buffer = new TailBuffer(100);
    buffer.push(Buffer.from("one\n"));
    buffer.push(Buffer.from("two"));
    expect(buffer.text()).toBe("one\ntwo");
  });

  it("keeps the end and starts at a whole line once output was dropped", () => {
    const buffer = new TailBuffer(20);
    for (let index = 0; index < 100; index += 1) buffer.push(Buffer.from(`line ${index}\n`));
    expect(buffer.text()).toBe("line 98\nline 99\n");
  });
});

describe("CappedBuffer", () => {
  it("keeps bytes up to the limit and reports overflow past it", () => {
    const buffer = new CappedBuffer(6);
    expect(buffer.push(Buffer.from("abc"))).toBe(true);
    expect(buffer.push(Buffer.from("def"))).toBe(true);
    expect(Buffer.from(buffer.bytes()).toString()).toBe("abcdef");
    expect(buffer.push(Buffer.from("g"))).toBe(false);
    expect(buffer.overflowed).toBe(true);
  });
});
