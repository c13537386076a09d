import { code, ja, listEn, listJa } from "../../src/explain/text.js";
import { display, shown } from "../../src/explain/values.js";
import { sensitive, unknown } from "./builders.js";

describe("text helpers", () => {
  it("keeps a value with backticks inside one code span", () => {
    expect(code("web")).toBe("`web`");
    expect(code("a`b")).toBe("`` a`b ``");
    expect(code("a``b")).toBe("``` a``b ```");
    expect(code("line1\nline2")).toBe("`line1 line2`");
  });

  it("joins lists in English and Japanese, with a limit", () => {
    expect(listEn(["a"])).toBe("a");
    expect(listEn(["a", "b"])).toBe("a and b");
    expect(listEn(["a", "b", "c"])).toBe("a, b and c");
    expect(listEn(["a", "b", "c", "d", "e", "f"], 4)).toBe("a, b, c, d and 2 more");
    expect(listJa(["a", "b", "c"])).toBe("a、b、c");
    expect(listJa(["a", "b", "c", "d", "e"], 3)).toBe("a、b、c ほか 2 件");
  });

  it("spaces Latin text from Japanese but not Japanese from Japanese", () => {
    expect(ja("10.0.0.0/16", "から", "TCP 22", "への接続")).toBe("10.0.0.0/16 から TCP 22 への接続");
    expect(ja("インターネット上のあらゆる送信元", "から", "TCP 22")).toBe("インターネット上のあらゆる送信元から TCP 22");
    expect(ja("`x`", "（条件付き）")).toBe("`x`（条件付き）");
    expect(ja("", "a", "", "b")).toBe("a b");
  });

  it("prints masked values as their placeholders, never in a code span", () => {
    expect(shown(sensitive)).toBe("(sensitive)");
    expect(shown(unknown)).toBe("(known after apply)");
    expect(shown("t3.micro")).toBe("`t3.micro`");
    expect(display({ password: sensitive })).toBe('{"password":"(sensitive)"}');
    expect(display("x".repeat(200))).toHaveLength(80);
  });
});
