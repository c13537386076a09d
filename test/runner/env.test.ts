import { buildTerraformEnv } from "../../src/runner/env.js";

describe("buildTerraformEnv", () => {
  const source = {
    PATH: "/usr/bin",
    HOME: "/home/app",
    HTTPS_PROXY: "http://proxy:3128",
    TF_TOKEN_app_terraform_io: "operator-token",
    AWS_REGION: "ap-northeast-1",
    AWS_ACCESS_KEY_ID: "AKIA",
    PRIVATE_KEY: "pem",
    WEBHOOK_SECRET: "w",
    DATABASE_URL: "postgres://",
    GITHUB_TOKEN: "t",
    NODE_OPTIONS: "--inspect",
    EMPTY: undefined,
  };

  it("keeps the base allow-list and TF_* variables only", () => {
    expect(buildTerraformEnv({ source })).toEqual({
      PATH: "/usr/bin",
      HOME: "/home/app",
      HTTPS_PROXY: "http://proxy:3128",
      TF_TOKEN_app_terraform_io: "operator-token",
    });
  });

  it("adds requested names but never the app's secrets, and applies overrides last", () => {
    const env = buildTerraformEnv({
      source,
      passthrough: ["AWS_REGION", "PRIVATE_KEY", "WEBHOOK_SECRET", "DATABASE_URL", "GITHUB_TOKEN", "EMPTY"],
      overrides: { TF_IN_AUTOMATION: "1", HOME: "/tmp/home" },
    });
    expect(env).toEqual({
      PATH: "/usr/bin",
      HOME: "/tmp/home",
      HTTPS_PROXY: "http://proxy:3128",
      TF_TOKEN_app_terraform_io: "operator-token",
      AWS_REGION: "ap-northeast-1",
      TF_IN_AUTOMATION: "1",
    });
  });
});
