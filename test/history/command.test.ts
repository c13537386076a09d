import { parseOperationCommand } from "../../src/history/command.js";

describe("parseOperationCommand", () => {
  it.each([
    ["/infra-coach operation release v1.4.0 to production", { ok: true, runbook: "release", file: "release.md", title: "v1.4.0 to production" }],
    ["/infra-coach operation ecs-service-restart.ja", { ok: true, runbook: "ecs-service-restart.ja", file: "ecs-service-restart.ja.md", title: "" }],
    ["Please.\r\n/infra-coach operation log-check.md  調査  500 エラー \r\n", { ok: true, runbook: "log-check", file: "log-check.md", title: "調査 500 エラー" }],
    ["  /infra-coach operation release", { ok: true, runbook: "release", file: "release.md", title: "" }],
  ])("%j", (body, expected) => {
    expect(parseOperationCommand(body)).toEqual(expected);
  });

  it.each([["/infra-coach operation"], ["/infra-coach operation   "]])("%j lacks a runbook", (body) => {
    expect(parseOperationCommand(body)).toMatchObject({ ok: false, error: "missing-runbook" });
  });

  it.each([["../secrets"], ["a/b"], [".hidden"], ["release..md"], ["x".repeat(101)], ["run`book`"]])("%j is not a runbook name", (name) => {
    expect(parseOperationCommand(`/infra-coach operation ${name}`)).toMatchObject({ ok: false, error: "invalid-runbook" });
  });

  it.each([["> /infra-coach operation release"], ["```\n/infra-coach operation release\n```"], ["run /infra-coach operation release"], ["/infra-coach plan"], [null]])(
    "ignores %j",
    (body) => {
      expect(parseOperationCommand(body)).toBeUndefined();
    },
  );

  it("keeps the title plain and short", () => {
    const result = parseOperationCommand(`/infra-coach operation release ${"long ".repeat(100)}`);
    expect(result?.ok && result.title.length).toBe(200);
  });
});
