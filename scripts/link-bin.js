// `npx infra-coach` inside this repository: npm links the bins of dependencies
// into node_modules/.bin but never the project's own, so npx would go looking
// for a package of that name on the registry. Link it after every install.
import { mkdirSync, rmSync, symlinkSync, chmodSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const binDir = join(root, "node_modules", ".bin");
const target = join(root, "bin", "infra-coach.js");
const link = join(binDir, "infra-coach");

mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(binDir, target), link);
chmodSync(target, 0o755);
