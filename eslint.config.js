import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Domain folders never import Probot or Octokit (see DESIGN.md).
    files: ["src/{plan,explain,render,review,checklist,history,config,store,runner,study}/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["probot", "@octokit/*"] }],
    },
  },
);
