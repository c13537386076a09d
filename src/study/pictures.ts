/**
 * Pictures shared by several chapters: "what uses what" among a chapter's
 * resources, and "a path through stages" (DNS → load balancer → … → code)
 * drawn from references between resources of known stages.
 */
import { codeBlock } from "../render/escape.js";
import { resourceNode, say, type StudyContext } from "./context.js";
import { Flowchart, MAX_PICTURE_NODES } from "./flowchart.js";
import type { StudyResource } from "./model.js";

/** A line under a capped picture; empty when everything is shown. */
export function pictureNote(context: StudyContext, chart: Flowchart): string {
  if (chart.omittedNodes === 0) return "";
  return `\n${say(
    context,
    `_The picture shows ${MAX_PICTURE_NODES} things; ${chart.omittedNodes} more are listed below but not drawn._`,
    `_図には ${MAX_PICTURE_NODES} 件を描いています。残りの ${chart.omittedNodes} 件は下の一覧にあります。_`,
  )}\n`;
}

export function fence(context: StudyContext, chart: Flowchart): string | undefined {
  const source = chart.render();
  return source === undefined ? undefined : `${codeBlock(source, "mermaid")}${pictureNote(context, chart)}`;
}

/**
 * "A uses B" for managed resources of the chapter, and their direct
 * neighbours outside it (drawn too, so a log group shows who writes to it).
 */
export function usesPicture(context: StudyContext, resources: readonly StudyResource[]): string | undefined {
  const chart = new Flowchart("LR");
  const inChapter = new Set(resources.map((resource) => resource.id));
  for (const resource of resources) {
    if (resource.mode !== "managed") continue;
    for (const target of context.graph.refersTo(resource)) {
      if (target.mode !== "managed" || !inChapter.has(target.id)) continue;
      chart.edge(resourceNode(context, resource), resourceNode(context, target), say(context, "uses", "使う"));
    }
    for (const user of context.graph.referredBy(resource)) {
      if (user.mode !== "managed" || inChapter.has(user.id)) continue;
      chart.edge(resourceNode(context, user), resourceNode(context, resource), say(context, "uses", "使う"));
    }
  }
  return fence(context, chart);
}

/**
 * The path through typed stages: for every reference between two resources
 * of different known stages, an arrow from the earlier stage to the later one
 * (whichever side wrote the reference). `stageOf` returns undefined for
 * resources that are not on the path.
 */
export function stagePicture(
  context: StudyContext,
  stageOf: (resource: StudyResource) => number | undefined,
  label?: (from: StudyResource, to: StudyResource) => string | undefined,
): { markdown: string | undefined; edges: [StudyResource, StudyResource][] } {
  const edges = stageEdges(context, stageOf);
  const chart = new Flowchart("LR");
  for (const [from, to] of edges) chart.edge(resourceNode(context, from), resourceNode(context, to), label?.(from, to));
  return { markdown: fence(context, chart), edges };
}

export function stageEdges(context: StudyContext, stageOf: (resource: StudyResource) => number | undefined): [StudyResource, StudyResource][] {
  const edges = new Map<string, [StudyResource, StudyResource]>();
  for (const resource of context.model.resources) {
    const stage = resource.mode === "managed" ? stageOf(resource) : undefined;
    if (stage === undefined) continue;
    for (const target of context.graph.refersTo(resource)) {
      const targetStage = target.mode === "managed" ? stageOf(target) : undefined;
      if (targetStage === undefined || targetStage === stage) continue;
      const [from, to] = stage < targetStage ? [resource, target] : [target, resource];
      edges.set(`${from.id}\u0000${to.id}`, [from, to]);
    }
  }
  return [...edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, edge]) => edge);
}

/**
 * The longest chain along stage edges (ties: first in sorted order): the
 * path a request or a deploy takes, for quiz questions.
 */
export function longestChain(edges: readonly [StudyResource, StudyResource][]): StudyResource[] {
  const next = new Map<string, StudyResource[]>();
  const incoming = new Set<string>();
  const byId = new Map<string, StudyResource>();
  for (const [from, to] of edges) {
    next.set(from.id, [...(next.get(from.id) ?? []), to]);
    incoming.add(to.id);
    byId.set(from.id, from);
    byId.set(to.id, to);
  }
  const memo = new Map<string, StudyResource[]>();
  const longestFrom = (resource: StudyResource, depth: number): StudyResource[] => {
    const cached = memo.get(resource.id);
    if (cached) return cached;
    let best: StudyResource[] = [];
    if (depth < 32) {
      for (const target of next.get(resource.id) ?? []) {
        const chain = longestFrom(target, depth + 1);
        if (chain.length > best.length) best = chain;
      }
    }
    const result = [resource, ...best];
    memo.set(resource.id, result);
    return result;
  };
  let longest: StudyResource[] = [];
  for (const [id, resource] of [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (incoming.has(id)) continue;
    const chain = longestFrom(resource, 0);
    if (chain.length > longest.length) longest = chain;
  }
  return longest;
}
