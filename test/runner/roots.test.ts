import { findTouchedRoots, isPlanInputFile, type ChangedFile, type RootsConfig } from "../../src/runner/roots.js";
import { loadFixtureRepo } from "./helpers/fixture-repo.js";

const fixture = loadFixtureRepo();

function discover(files: Map<string, string>, changedFiles: ChangedFile[], config?: RootsConfig) {
  const reads: string[] = [];
  const readFile = async (path: string): Promise<string> => {
    reads.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`not in tree: ${path}`);
    return text;
  };
  const result = findTouchedRoots({ changedFiles, treePaths: [...files.keys()], readFile, config });
  return { result, reads };
}

const modified = (filename: string): ChangedFile => ({ filename, status: "modified" });

describe("findTouchedRoots on the fixture repository", () => {
  it("maps a change in a nested local module to every root that calls it, with the call chain", async () => {
    const { result } = discover(fixture, [modified("modules/network/main.tf")]);
    expect(await result).toEqual({
      roots: [
        {
          dir: "envs/prod",
          reasons: ["modules/network/main.tf modified (module modules/network via envs/prod → modules/app → modules/network)"],
        },
        {
          dir: "envs/staging",
          reasons: ["modules/network/main.tf modified (module modules/network via envs/staging → modules/app → modules/network)"],
        },
      ],
      removedDirs: [],
    });
  });

  it("treats tfvars and the lock file as plan inputs of their directory", async () => {
    const { result } = discover(fixture, [modified("envs/prod/prod.tfvars"), modified("envs/prod/.terraform.lock.hcl")]);
    expect(await result).toEqual({
      roots: [{ dir: "envs/prod", reasons: ["envs/prod/prod.tfvars modified", "envs/prod/.terraform.lock.hcl modified"] }],
      removedDirs: [],
    });
  });

  it("ignores non-Terraform changes without reading any file", async () => {
    const { result, reads } = discover(fixture, [modified("README.md"), modified("docs/README.md")]);
    expect(await result).toEqual({ roots: [], removedDirs: [] });
    expect(reads).toEqual([]);
  });

  it("counts an unreferenced directory without a backend as a root", async () => {
    const { result } = discover(fixture, [{ filename: "modules/unused/main.tf", status: "added" }]);
    expect((await result).roots).toEqual([{ dir: "modules/unused", reasons: ["modules/unused/main.tf added"] }]);
  });

  it("counts a removed file in a remaining root and reports directories left without configuration", async () => {
    const { result } = discover(fixture, [
      { filename: "envs/prod/old.tf", status: "removed" },
      { filename: "envs/staging/moved.tf", status: "renamed", previous_filename: "envs/legacy/moved.tf" },
      { filename: "envs/gone/main.tf", status: "removed" },
    ]);
    expect(await result).toEqual({
      roots: [
        { dir: "envs/prod", reasons: ["envs/prod/old.tf removed"] },
        { dir: "envs/staging", reasons: ["envs/staging/moved.tf renamed from envs/legacy/moved.tf"] },
      ],
      removedDirs: ["envs/gone", "envs/legacy"],
    });
  });

  it("uses only explicit config roots and reads only their module closure", async () => {
    const { result, reads } = discover(fixture, [modified("modules/unused/main.tf"), modified("modules/app/main.tf")], {
      roots: ["envs/*"],
    });
    expect((await result).roots.map((root) => root.dir)).toEqual(["envs/prod", "envs/staging"]);
    expect(reads).not.toContain("modules/unused/main.tf");
    expect(reads).toContain("modules/network/main.tf");
  });

  it("lets an explicit root be a directory that is also called as a module", async () => {
    const { result } = discover(fixture, [modified("modules/network/main.tf")], { roots: ["modules/network"] });
    expect((await result).roots).toEqual([{ dir: "modules/network", reasons: ["modules/network/main.tf modified"] }]);
  });

  it("drops ignored files and directories", async () => {
    const { result } = discover(fixture, [modified("modules/unused/main.tf"), modified("envs/prod/main.tf")], {
      ignore: ["modules/unused", "envs/prod/*.tf"],
    });
    expect(await result).toEqual({ roots: [], removedDirs: [] });
  });
});

describe("findTouchedRoots on small trees", () => {
  it("handles module call cycles and keeps a called directory with a backend as a root", async () => {
    const files = new Map([
      ["a/main.tf", 'terraform {\n  backend "local" {}\n}\nmodule "b" {\n  source = "../b"\n}\n'],
      ["b/main.tf", 'module "a" {\n  source = "../a"\n}\nmodule "self" {\n  source = "./"\n}\n'],
    ]);
    const { result } = discover(files, [modified("b/main.tf")]);
    expect((await result).roots).toEqual([{ dir: "a", reasons: ["b/main.tf modified (module b via a → b)"] }]);
  });

  it("names the repository root '.' and sorts roots", async () => {
    const files = new Map([
      ["main.tf", 'module "x" {\n  source = "./modules/x"\n}\n'],
      ["modules/x/main.tf", 'resource "terraform_data" "t" {}\n'],
      ["0-bootstrap/main.tf", 'module "x" {\n  source = "../modules/x/"\n}\n'],
      ["zeta/main.tf.json", '{"module": {"x": {"source": "../modules/x"}}}'],
    ]);
    const { result } = discover(files, [modified("modules/x/main.tf")]);
    expect((await result).roots.map((root) => root.dir)).toEqual([".", "0-bootstrap", "zeta"]);
  });

  it("does not follow registry sources or modules vendored under .terraform/", async () => {
    const files = new Map([
      ["live/main.tf", 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n'],
      ["live/.terraform/modules/vpc/main.tf", 'resource "aws_vpc" "this" {}\n'],
    ]);
    const { result, reads } = discover(files, [modified("live/.terraform/modules/vpc/main.tf")]);
    expect((await result).roots).toEqual([]);
    expect(reads).toEqual(["live/main.tf"]);
  });

  it("propagates read failures instead of guessing", async () => {
    const failing = findTouchedRoots({
      changedFiles: [modified("a/main.tf")],
      treePaths: ["a/main.tf"],
      readFile: () => Promise.reject(new Error("rate limited")),
    });
    await expect(failing).rejects.toThrow("rate limited");
  });
});

describe("isPlanInputFile", () => {
  it("accepts configuration, variable and lock files only", () => {
    const accepted = ["a.tf", "a.tf.json", "x/p.tfvars", "x/p.tfvars.json", "x/.terraform.lock.hcl"];
    const rejected = ["a.tfstate", "README.md", "a.hcl", "terraform.lock.hcl", "a.tf.bak"];
    expect(accepted.map(isPlanInputFile)).toEqual(accepted.map(() => true));
    expect(rejected.map(isPlanInputFile)).toEqual(rejected.map(() => false));
  });
});
