/**
 * Which resource refers to which, from every attribute of every resource.
 * Data sources that only reshape their inputs (a policy document, a
 * rendered template) pass their references on: a task definition built from
 * `data.template_file.web` that mentions the ECR repository refers to it.
 */
import type { StudyResource } from "./model.js";
import type { Resolver } from "./resolve.js";

/** Data sources whose result is made of their arguments. */
const PASS_THROUGH = new Set(["template_file", "aws_iam_policy_document", "cloudinit_config", "template_cloudinit_config"]);
/** Meta-arguments that say nothing about how resources use each other. */
const IGNORED = new Set(["depends_on", "lifecycle", "provider", "provisioner", "connection"]);

export class ResourceGraph {
  private readonly outgoing = new Map<string, StudyResource[]>();
  private readonly incoming = new Map<string, StudyResource[]>();

  constructor(
    resources: readonly StudyResource[],
    private readonly resolver: Resolver,
  ) {
    const direct = new Map<string, StudyResource[]>();
    for (const resource of resources) direct.set(resource.id, this.directTargets(resource));
    for (const resource of resources) {
      const targets = new Map<string, StudyResource>();
      const visit = (from: StudyResource, depth: number) => {
        for (const target of direct.get(from.id) ?? []) {
          if (target.id === resource.id || targets.has(target.id)) continue;
          targets.set(target.id, target);
          if (target.mode === "data" && PASS_THROUGH.has(target.type) && depth < 4) visit(target, depth + 1);
        }
      };
      visit(resource, 0);
      const sorted = [...targets.values()].sort(byId);
      this.outgoing.set(resource.id, sorted);
      for (const target of sorted) {
        const list = this.incoming.get(target.id) ?? [];
        list.push(resource);
        this.incoming.set(target.id, list);
      }
    }
    for (const list of this.incoming.values()) list.sort(byId);
  }

  refersTo(resource: StudyResource): StudyResource[] {
    return this.outgoing.get(resource.id) ?? [];
  }

  referredBy(resource: StudyResource): StudyResource[] {
    return this.incoming.get(resource.id) ?? [];
  }

  /** The resources one attribute (or nested block) of a resource refers to, passing through data sources too. */
  attributeTargets(resource: StudyResource, value: unknown): StudyResource[] {
    const found = new Map<string, StudyResource>();
    for (const target of this.resolver.targets(resource.instance, value)) {
      found.set(target.id, target);
      if (target.mode === "data" && PASS_THROUGH.has(target.type)) {
        for (const further of this.refersTo(target)) found.set(further.id, further);
      }
    }
    return [...found.values()];
  }

  private directTargets(resource: StudyResource): StudyResource[] {
    const attributes = Object.entries(resource.body).filter(([key]) => !IGNORED.has(key));
    return this.resolver.targets(resource.instance, Object.fromEntries(attributes));
  }
}

function byId(a: StudyResource, b: StudyResource): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
