import { explainChange } from "../../../src/explain/index.js";
import { change } from "../builders.js";

const sentences = (c: Parameters<typeof change>[0]) => explainChange(change(c)).sentences;

describe("Lambda sentences", () => {
  it("summarises a new function", () => {
    expect(sentences({ type: "aws_lambda_function", after: { function_name: "f", runtime: "python3.12", handler: "app.handler", memory_size: 128, timeout: 3 } })[0]).toEqual({
      en: "runs `python3.12` code (handler `app.handler`) with 128 MB of memory and a 3-second timeout",
      ja: "ハンドラー `app.handler` の `python3.12` のコードを実行します（メモリ 128 MB、タイムアウト 3 秒）",
    });
    expect(sentences({ type: "aws_lambda_function", after: { package_type: "Image", image_uri: "123.dkr.ecr.us-east-1.amazonaws.com/f:1" } })[0]?.en).toBe(
      "runs container image `123.dkr.ecr.us-east-1.amazonaws.com/f:1`",
    );
  });

  it("tells runtime, memory, timeout, code and environment changes, never environment values", () => {
    const before = { runtime: "python3.9", memory_size: 128, timeout: 3, source_code_hash: "abc", environment: [{ variables: { API_KEY: "old-secret", MODE: "a" } }] };
    const after = { runtime: "python3.12", memory_size: 512, timeout: 30, source_code_hash: "def", environment: [{ variables: { API_KEY: "new-secret", REGION: "x" } }] };
    const texts = sentences({ type: "aws_lambda_function", before, after });
    expect(texts).toEqual([
      { en: "changes the runtime from `python3.9` to `python3.12`", ja: "ランタイムを `python3.9` から `python3.12` に変更します" },
      { en: "deploys new code", ja: "新しいコードをデプロイします" },
      { en: "raises memory 128 → 512 MB", ja: "メモリを 128 → 512 MB に増やします" },
      { en: "raises the timeout 3 → 30 seconds", ja: "タイムアウトを 3 → 30 秒に増やします" },
      { en: "changes environment variables: adds `REGION`; removes `MODE`; changes `API_KEY`", ja: "環境変数を変更します（追加: `REGION`、削除: `MODE`、変更: `API_KEY`）" },
    ]);
    expect(JSON.stringify(texts)).not.toContain("secret");
  });
});

describe("ECR sentences", () => {
  it("explains tag mutability and scanning", () => {
    expect(sentences({ type: "aws_ecr_repository", before: { image_tag_mutability: "MUTABLE" }, after: { image_tag_mutability: "IMMUTABLE" } })[0]).toEqual({
      en: "makes image tags immutable: a pushed tag always points to the same image",
      ja: "イメージタグを変更不可にします。一度プッシュしたタグは常に同じイメージを指します",
    });
    expect(sentences({ type: "aws_ecr_repository", after: { name: "app", image_tag_mutability: "MUTABLE", image_scanning_configuration: [{ scan_on_push: true }] } }).slice(0, 2).map((t) => t.en)).toEqual([
      "keeps image tags mutable: pushing again can make a tag point to a different image",
      "scans every pushed image for known vulnerabilities",
    ]);
    expect(sentences({ type: "aws_ecr_repository", before: { image_scanning_configuration: [{ scan_on_push: true }] }, after: { image_scanning_configuration: [{ scan_on_push: false }] } })[0]?.en).toBe(
      "stops scanning pushed images for vulnerabilities",
    );
  });
});
