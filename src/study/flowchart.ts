/**
 * A small Mermaid flowchart builder for the guide's pictures. Node ids are
 * generated (n0, n1…) in insertion order, so callers that insert in a
 * sorted order get the same text every time. Labels go through
 * render/mermaid's mermaidLabel: nothing from the repository can end a label
 * early or carry markup into Mermaid.
 */
import { mermaidLabel } from "../render/mermaid.js";

/** More nodes than this make an unreadable picture. */
export const MAX_PICTURE_NODES = 40;
const MAX_PICTURE_EDGES = 80;

export type NodeShape = "box" | "round" | "stadium" | "cylinder";

export interface NodeSpec {
  /** Identity of the thing drawn (a resource id, a CIDR…). */
  key: string;
  label: string;
  shape?: NodeShape;
  /** Nodes of one group are drawn inside one box (a module). */
  group?: string;
}

interface FlowNode {
  id: string;
  label: string;
  shape: NodeShape;
  group: string | undefined;
}

export class Flowchart {
  private readonly nodes = new Map<string, FlowNode>();
  private readonly edges: { from: string; to: string; label: string | undefined; dotted: boolean }[] = [];
  private readonly edgeKeys = new Set<string>();
  private readonly refused = new Set<string>();

  constructor(private readonly direction: "LR" | "TD" = "LR") {}

  /**
   * Adds an edge, and its end nodes the first time they are seen (the first
   * label and group given for a key win). An edge whose nodes do not fit
   * under the cap is left out and counted.
   */
  edge(from: NodeSpec, to: NodeSpec, label?: string, dotted = false): void {
    const fits = [from, to].filter((spec) => !this.nodes.has(spec.key));
    const distinct = new Set(fits.map((spec) => spec.key));
    if (this.nodes.size + distinct.size > MAX_PICTURE_NODES || this.edges.length >= MAX_PICTURE_EDGES) {
      for (const key of distinct) this.refused.add(key);
      return;
    }
    for (const spec of fits) this.addNode(spec);
    const key = `${from.key}\u0000${to.key}\u0000${label ?? ""}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ from: from.key, to: to.key, label, dotted });
  }

  /** Things the picture would show without the size cap. */
  get omittedNodes(): number {
    return [...this.refused].filter((key) => !this.nodes.has(key)).length;
  }

  private addNode(spec: NodeSpec): void {
    if (this.nodes.has(spec.key)) return;
    this.nodes.set(spec.key, { id: `n${this.nodes.size}`, label: spec.label, shape: spec.shape ?? "box", group: spec.group });
  }

  /** The Mermaid source, or undefined when there is no edge to show. */
  render(): string | undefined {
    if (this.edges.length === 0) return undefined;
    const lines = [`flowchart ${this.direction}`];
    const groups = new Map<string, FlowNode[]>();
    for (const node of this.nodes.values()) {
      if (node.group === undefined) lines.push(`  ${nodeText(node)}`);
      else groups.set(node.group, [...(groups.get(node.group) ?? []), node]);
    }
    [...groups.entries()].forEach(([group, members], index) => {
      lines.push(`  subgraph g${index}["${mermaidLabel(group)}"]`);
      for (const member of members) lines.push(`    ${nodeText(member)}`);
      lines.push("  end");
    });
    for (const edge of this.edges) {
      const from = this.nodes.get(edge.from)?.id ?? "";
      const to = this.nodes.get(edge.to)?.id ?? "";
      const arrow = edge.dotted ? "-.->" : "-->";
      const label = edge.label === undefined ? "" : `|"${mermaidLabel(edge.label)}"|`;
      lines.push(`  ${from} ${arrow}${label} ${to}`);
    }
    return `${lines.join("\n")}\n`;
  }
}

function nodeText(node: FlowNode): string {
  const label = `"${mermaidLabel(node.label)}"`;
  switch (node.shape) {
    case "box":
      return `${node.id}[${label}]`;
    case "round":
      return `${node.id}(${label})`;
    case "stadium":
      return `${node.id}([${label}])`;
    case "cylinder":
      return `${node.id}[(${label})]`;
  }
}
