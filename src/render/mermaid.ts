import type { ExplainedPlan } from "../explain/types.js";
import { ACTION_EMOJI, displayAction, type DisplayAction } from "./actions.js";
import { configAddress } from "./address.js";

/** More nodes than this make an unreadable picture (and a slow one to lay out). */
export const MAX_DIAGRAM_NODES = 40;
const MAX_DIAGRAM_EDGES = 80;

export interface Diagram {
  /** Mermaid source (goes inside a ```mermaid fence). */
  source: string;
  shownNodes: number;
  /** Resources the picture would show without the cap. */
  totalNodes: number;
}

interface Node {
  id: string;
  address: string;
  action: DisplayAction | undefined;
  instances: number;
}

/**
 * A flowchart of the changed resources and what they refer to: only
 * references where at least one side changes. Unchanged neighbours are drawn
 * grey for context. Returns undefined when there is no such reference.
 */
export function buildDiagram(explained: ExplainedPlan): Diagram | undefined {
  const changed = changedNodes(explained);
  const neighbours = new Map<string, Set<string>>();
  for (const { from, to } of explained.plan.references) {
    if (from === to || (!changed.has(from) && !changed.has(to))) continue;
    link(neighbours, from, to);
    link(neighbours, to, from);
  }
  if (neighbours.size === 0) return undefined;

  // The most important changes first, each with its neighbours, up to the cap.
  const shown = new Map<string, Node>();
  const show = (address: string) => {
    if (shown.has(address) || shown.size >= MAX_DIAGRAM_NODES) return;
    const node = changed.get(address) ?? { id: "", address, action: undefined, instances: 0 };
    shown.set(address, { ...node, id: `n${shown.size}` });
  };
  for (const address of changed.keys()) {
    if (shown.size >= MAX_DIAGRAM_NODES) break;
    const around = neighbours.get(address);
    if (around === undefined) continue;
    show(address);
    for (const neighbour of around) show(neighbour);
  }

  const lines = ["flowchart LR"];
  for (const node of shown.values()) lines.push(`  ${node.id}["${nodeLabel(node)}"]`);
  let edges = 0;
  for (const { from, to } of explained.plan.references) {
    const source = shown.get(from);
    const target = shown.get(to);
    if (source === undefined || target === undefined || from === to) continue;
    if (source.action === undefined && target.action === undefined) continue;
    if (edges++ >= MAX_DIAGRAM_EDGES) break;
    lines.push(`  ${source.id} --> ${target.id}`);
  }
  lines.push(...classLines(shown.values()));
  return { source: `${lines.join("\n")}\n`, shownNodes: shown.size, totalNodes: neighbours.size };
}

function changedNodes(explained: ExplainedPlan): Map<string, Node> {
  const nodes = new Map<string, Node>();
  for (const { change } of explained.explanations) {
    const address = configAddress(change.address);
    const existing = nodes.get(address);
    if (existing === undefined) nodes.set(address, { id: "", address, action: displayAction(change), instances: 1 });
    else existing.instances += 1;
  }
  return nodes;
}

function link(neighbours: Map<string, Set<string>>, from: string, to: string): void {
  const set = neighbours.get(from) ?? new Set<string>();
  set.add(to);
  neighbours.set(from, set);
}

/**
 * Label text for inside `["…"]`. Configured addresses are identifiers and dots;
 * anything else (quotes, brackets, `<`, entity-like `#…;`) is replaced, so a
 * label can neither end early nor carry markup into Mermaid's HTML labels.
 */
export function mermaidLabel(text: string): string {
  return text.replace(/[^\p{L}\p{N}_.\-/: ]/gu, "_").slice(0, 120);
}

function nodeLabel(node: Node): string {
  const emoji = node.action === undefined ? "" : `${ACTION_EMOJI[node.action]} `;
  const count = node.instances > 1 ? ` ×${node.instances}` : "";
  return `${emoji}${mermaidLabel(node.address)}${count}`;
}

const CLASS_STYLES: Record<string, string> = {
  added: "fill:#dafbe1,stroke:#1a7f37,color:#1f2328",
  changed: "fill:#ddf4ff,stroke:#0969da,color:#1f2328",
  destroyed: "fill:#ffebe9,stroke:#cf222e,color:#1f2328",
  replaced: "fill:#fff1e5,stroke:#bc4c00,color:#1f2328",
  other: "fill:#fbefff,stroke:#8250df,color:#1f2328",
  unchanged: "fill:#f6f8fa,stroke:#8c959f,color:#57606a",
};

function styleClass(action: DisplayAction | undefined): string {
  switch (action) {
    case "create":
      return "added";
    case "update":
      return "changed";
    case "delete":
      return "destroyed";
    case "replace":
      return "replaced";
    case undefined:
    case "no-op":
      return "unchanged";
    default:
      return "other";
  }
}

function classLines(nodes: Iterable<Node>): string[] {
  const members = new Map<string, string[]>();
  for (const node of nodes) {
    const name = styleClass(node.action);
    const ids = members.get(name) ?? [];
    ids.push(node.id);
    members.set(name, ids);
  }
  const lines: string[] = [];
  for (const [name, ids] of members) {
    lines.push(`  classDef ${name} ${CLASS_STYLES[name]}`, `  class ${ids.join(",")} ${name}`);
  }
  return lines;
}
