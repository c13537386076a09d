import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { readTerraformTree } from "../../src/study/read-tree.js";

export const FIXTURES = fileURLToPath(new URL("../fixtures/study/", import.meta.url));
/** Expected guides, stored as Markdown so that a reviewer reads them rendered. */
export const GUIDES = fileURLToPath(new URL("../fixtures/study/guides/", import.meta.url));

export const FIXTURE_NAMES = ["aws-ecs-fargate", "aws-fargate-modern", "google-three-tier", "azure-load-balancer"] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export async function fixtureFiles(name: FixtureName): Promise<Map<string, string>> {
  return (await readTerraformTree(`${FIXTURES}${name}`)).files;
}

/** Links in the stored guides point from guides/ into the fixture, so they work on GitHub too. */
export function fixtureLinkBase(name: FixtureName): string {
  return `../${name}/`;
}

type MermaidApi = { parse(text: string): Promise<unknown> };
let mermaid: MermaidApi | undefined;

/** Mermaid's own parser from npm; it needs a DOM, which jsdom provides. */
export async function mermaidParser(): Promise<MermaidApi> {
  if (!mermaid) {
    const dom = new JSDOM("");
    const globals = globalThis as unknown as Record<string, unknown>;
    globals.window = dom.window;
    globals.document = dom.window.document;
    mermaid = (await import("mermaid")).default as MermaidApi;
  }
  return mermaid;
}

export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}
