import { parseCommand } from "../../src/app/commands.js";

describe("parseCommand", () => {
  it.each([
    ["/infra-coach plan", { name: "plan" }],
    ["thanks!\n/infra-coach reroll\n", { name: "reroll" }],
    ["/infra-coach", { name: "help" }],
    ["/infra-coach operation release v1.4.0 to production", { name: "operation", runbook: "release", title: "v1.4.0 to production" }],
    ["/infra-coach operation", { name: "unknown", text: "/infra-coach operation" }],
    ["/infra-coach destroy-everything", { name: "unknown", text: "/infra-coach destroy-everything" }],
  ])("%j", (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });

  it.each([["> /infra-coach plan"], ["please run /infra-coach plan"], ["/infra-coachplan"], [""], [null]])(
    "ignores %j",
    (body) => {
      expect(parseCommand(body)).toBeUndefined();
    },
  );
});
