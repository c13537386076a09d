import { explainChange } from "../../../src/explain/index.js";
import { MAX_SENTENCES } from "../../../src/explain/sentences/index.js";
import { change, sensitive, unknown } from "../builders.js";

const sentences = (c: Parameters<typeof change>[0]) => explainChange(change(c)).sentences;

describe("tag sentences", () => {
  it("says when only tags change, key by key", () => {
    const texts = sentences({
      type: "aws_instance",
      before: { instance_type: "t3.micro", tags: { Owner: "alice", Old: "x" }, tags_all: { Owner: "alice", Old: "x", Env: "dev" } },
      after: { instance_type: "t3.micro", tags: { Owner: "bob", Team: "web" }, tags_all: { Owner: "bob", Team: "web", Env: "prod" } },
    });
    expect(texts).toEqual([
      { en: "only tags change", ja: "タグだけが変わります" },
      { en: "changes tag `Owner` from `alice` to `bob`", ja: "タグ `Owner` を `alice` から `bob` に変更します" },
      { en: "removes tag `Old`", ja: "タグ `Old` を削除します" },
      { en: "adds tag `Team` = `web`", ja: "タグ `Team` = `web` を追加します" },
      { en: "changes tag `Env` from `dev` to `prod`", ja: "タグ `Env` を `dev` から `prod` に変更します" },
    ]);
  });

  it("does not call a change tags-only when something else changes too", () => {
    const texts = sentences({ type: "aws_instance", before: { instance_type: "t3.micro", tags: { A: "1" } }, after: { instance_type: "t3.large", tags: { A: "2" } } });
    expect(texts.map((t) => t.en)).toEqual(["changes `instance_type` from `t3.micro` to `t3.large`", "changes tag `A` from `1` to `2`"]);
  });
});

describe("generic sentences", () => {
  it("tells any other change plainly, with masked values as placeholders", () => {
    const texts = sentences({
      type: "example_widget",
      before: { size: 1, password: sensitive, note: "old", gone: "x" },
      after: { size: 2, password: sensitive, note: null, added: "y", id: unknown, arn: unknown },
      diffs: [
        { path: ["size"], pathText: "size", before: 1, after: 2, forcesReplacement: false },
        { path: ["password"], pathText: "password", before: sensitive, after: sensitive, forcesReplacement: false },
        { path: ["note"], pathText: "note", before: "old", after: null, forcesReplacement: false },
        { path: ["added"], pathText: "added", before: undefined, after: "y", forcesReplacement: false },
        { path: ["id"], pathText: "id", before: undefined, after: unknown, forcesReplacement: false },
        { path: ["arn"], pathText: "arn", before: undefined, after: unknown, forcesReplacement: false },
      ],
    });
    expect(texts).toEqual([
      { en: "changes `size` from `1` to `2`", ja: "`size` を `1` から `2` に変更します" },
      { en: "changes `password` (sensitive)", ja: "`password` を変更します（sensitive）" },
      { en: "removes `note` (was `old`)", ja: "`note` を削除します（変更前: `old`）" },
      { en: "adds `added` (`y`)", ja: "`added`（`y`）を追加します" },
      { en: "`id` and `arn` will be known after apply", ja: "`id`、`arn` は apply 後に決まります" },
    ]);
  });

  it("names nested blocks instead of printing them", () => {
    const texts = sentences({ type: "example_widget", before: { rule: [{ a: 1 }], old: [{ b: 1 }] }, after: { rule: [{ a: 2 }], extra: [{ c: 1 }] } });
    expect(texts.map((t) => t.en)).toEqual(["changes `rule`", "adds `extra`", "removes `old`"]);
    expect(sentences({ type: "example_widget", after: { settings: [{ deep: { x: 1 } }] } })).toEqual([{ en: "configures `settings`", ja: "`settings` を設定します" }]);
  });

  it("puts the attributes that force a replacement first", () => {
    const texts = sentences({ type: "example_widget", action: "replace", before: { a: 1, zone: "a" }, after: { a: 2, zone: "b" }, forces: ["zone"] });
    expect(texts[0]).toEqual({ en: "changes `zone` from `a` to `b` (forces replacement)", ja: "`zone` を `a` から `b` に変更します（置き換えが必要）" });
  });

  it(`keeps at most ${MAX_SENTENCES} sentences and says how many attribute changes it left out`, () => {
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    for (let i = 0; i < 10; i++) {
      before[`setting_${i}`] = i;
      after[`setting_${i}`] = i + 1;
    }
    const texts = sentences({ type: "example_widget", before, after });
    expect(texts).toHaveLength(MAX_SENTENCES + 1);
    expect(texts[MAX_SENTENCES]).toEqual({ en: "…and 4 more attribute changes", ja: "ほか 4 件の属性の変更があります" });
    const created = sentences({ type: "example_widget", after });
    expect(created[0]?.en).toBe("sets `setting_0` to `1`");
    expect(created[MAX_SENTENCES]?.en).toBe("…and 4 more attributes are set");
  });

  it("puts defining attributes of a new resource first and flags left off last", () => {
    const texts = sentences({ type: "example_widget", after: { monitoring: false, description: "d", name: "web" } });
    expect(texts.map((t) => t.en)).toEqual(["sets `name` to `web`", "sets `description` to `d`", "sets `monitoring` to `false`"]);
  });

  it("says nothing about attributes of a deleted or unchanged object", () => {
    expect(sentences({ type: "example_widget", before: { a: 1 }, after: null })).toEqual([]);
    expect(sentences({ type: "example_widget", action: "no-op", before: { a: 1 }, after: { a: 1 } })).toEqual([]);
  });
});
