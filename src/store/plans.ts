import type { Db, PlanRunsTable } from "./schema.js";
import type { PlanConclusion, PlanRun, PlanRunStatus, Store } from "./types.js";
import { iso, stringList, toJson } from "./values.js";

type PlanMethods = Pick<Store, "recordPlanRun" | "latestPlanRun" | "latestPlanRuns" | "saveChecklistVerdict" | "checklistVerdict">;

export function planMethods(db: Db): PlanMethods {
  return {
    async recordPlanRun(run) {
      const at = iso(run.at);
      const values = {
        repo: run.repo,
        pr_number: run.pr,
        root: run.root,
        head_sha: run.headSha,
        status: run.status,
        conclusion: run.conclusion ?? null,
        headline: run.headline ?? "",
        risk_ids: toJson(run.riskIds ?? []),
        created_at: at,
        updated_at: at,
      };
      await db
        .insertInto("plan_runs")
        .values(values)
        .onConflict((oc) => {
          const update = oc.columns(["repo", "pr_number", "root", "head_sha"]).doUpdateSet({
            status: values.status,
            conclusion: values.conclusion,
            headline: values.headline,
            risk_ids: values.risk_ids,
            updated_at: values.updated_at,
          });
          // A slow "running" update from another replica must not undo a finished run.
          return run.status === "completed" ? update : update.where("plan_runs.status", "!=", "completed");
        })
        .execute();
    },

    async latestPlanRun(repo, pr, root) {
      let query = db.selectFrom("plan_runs").selectAll().where("repo", "=", repo).where("pr_number", "=", pr);
      if (root !== undefined) query = query.where("root", "=", root);
      const row = await query.orderBy("created_at", "desc").orderBy("updated_at", "desc").limit(1).executeTakeFirst();
      return row ? toPlanRun(row) : null;
    },

    async latestPlanRuns(repo, pr) {
      const rows = await db
        .selectFrom("plan_runs")
        .selectAll()
        .where("repo", "=", repo)
        .where("pr_number", "=", pr)
        .orderBy("root")
        .orderBy("created_at", "desc")
        .orderBy("updated_at", "desc")
        .execute();
      const newest = new Map<string, PlanRunsTable>();
      for (const row of rows) if (!newest.has(row.root)) newest.set(row.root, row);
      return [...newest.values()].map(toPlanRun);
    },

    async saveChecklistVerdict({ repo, pr, headSha, verdict, at }) {
      const values = { repo, pr_number: pr, head_sha: headSha, verdict: toJson(verdict), updated_at: iso(at) };
      await db
        .insertInto("checklist_state")
        .values(values)
        .onConflict((oc) =>
          oc.columns(["repo", "pr_number", "head_sha"]).doUpdateSet({ verdict: values.verdict, updated_at: values.updated_at }),
        )
        .execute();
    },

    async checklistVerdict(repo, pr, headSha) {
      const row = await db
        .selectFrom("checklist_state")
        .select("verdict")
        .where("repo", "=", repo)
        .where("pr_number", "=", pr)
        .where("head_sha", "=", headSha)
        .executeTakeFirst();
      return row ? (JSON.parse(row.verdict) as unknown) : null;
    },
  };
}

function toPlanRun(row: PlanRunsTable): PlanRun {
  return {
    repo: row.repo,
    pr: Number(row.pr_number),
    root: row.root,
    headSha: row.head_sha,
    status: row.status as PlanRunStatus,
    conclusion: row.conclusion as PlanConclusion | null,
    headline: row.headline,
    riskIds: stringList(row.risk_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
