import { parseCommand } from "../../src/app/commands.js";

describe("parseCommand", () => {
  it.each([
    ["/infra-coach plan", { name: "plan" }],
    ["thanks!\n/infra-coach reroll\n", { name: "reroll" }],
    ["  /infra-coach plan  \r\nsecond line", { name: "plan" }],
  ])("%j", (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });

  it.each([
    ["> /infra-coach plan"],
    ["please run /infra-coach plan"],
    ["/infra-coachplan"],
    ["/infra-coach plan now"],
    ["/infra-coach operation release"],
    ["/infra-coach"],
    [""],
    [null],
  ])("ignores %j", (body) => {
    expect(parseCommand(body)).toBeUndefined();
  });
});
