import { pickPair } from "../../src/review/pairing.js";
import { pairingReasonText, rotationReasonText, withArticle } from "../../src/review/reason-text.js";
import { pickCoReviewer, type PickReason } from "../../src/review/rotation.js";
import type { Lang } from "../../src/review/types.js";

const TITLES: Record<string, { en: string; ja: string }> = {
  aws_ecs_service: { en: "ECS service", ja: "ECS サービス" },
  aws_iam_role: { en: "IAM role", ja: "IAM ロール" },
  aws_lb: { en: "Application Load Balancer", ja: "ALB（ロードバランサー）" },
  aws_route53_record: { en: "Route 53 record", ja: "Route 53 レコード" },
};
const titleOf = (type: string, lang: Lang) => TITLES[type]?.[lang] ?? type;

function picked(overrides: Partial<PickReason>): PickReason {
  return {
    kind: "picked",
    decidedBy: "load",
    windowDays: 14,
    load: 1,
    newTypes: [],
    exposure: 0,
    lastAssignedAt: null,
    eligible: 3,
    skipped: [],
    ...overrides,
  };
}

describe("rotationReasonText", () => {
  test("names the types the person has never reviewed, with the right article", () => {
    const reason = picked({ decidedBy: "new-types", newTypes: ["aws_ecs_service"] });
    expect(rotationReasonText(reason, "en", titleOf)).toBe("hasn't reviewed an ECS service yet");
    expect(rotationReasonText(reason, "ja", titleOf)).toBe("ECS サービスのレビューはまだ未経験です");
  });

  test("lists at most two types and counts the rest", () => {
    const reason = picked({
      decidedBy: "new-types",
      newTypes: ["aws_route53_record", "aws_iam_role", "aws_lb", "aws_ecs_service"],
    });
    expect(rotationReasonText(reason, "en", titleOf)).toBe("hasn't reviewed a Route 53 record, an IAM role or 2 other types yet");
    expect(rotationReasonText(reason, "ja", titleOf)).toBe("Route 53 レコード、IAM ロール ほか2種類のレビューはまだ未経験です");
  });

  test("says which rule decided, adding what the person will learn", () => {
    const byLoad = picked({ decidedBy: "load", load: 2, newTypes: ["aws_lb"] });
    expect(rotationReasonText(byLoad, "en", titleOf)).toBe(
      "fewest reviews in the last 14 days (2); hasn't reviewed an Application Load Balancer yet",
    );
    expect(rotationReasonText(byLoad, "ja", titleOf)).toBe(
      "直近14日間のレビュー数が最も少ない（2件）。ALB（ロードバランサー）のレビューはまだ未経験です",
    );
    expect(rotationReasonText(picked({ decidedBy: "exposure", exposure: 1 }), "en", titleOf)).toBe(
      "least experience with this PR's resource types (1 review)",
    );
    expect(rotationReasonText(picked({ decidedBy: "exposure", exposure: 3 }), "ja", titleOf)).toBe(
      "この PR のリソース種別のレビュー経験が最も少ない（3件）",
    );
    expect(
      rotationReasonText(picked({ decidedBy: "least-recent", lastAssignedAt: "2026-02-27T10:00:00.000Z" }), "en", titleOf),
    ).toBe("longest since their last co-review (2026-02-27)");
    expect(rotationReasonText(picked({ decidedBy: "least-recent" }), "en", titleOf)).toBe("hasn't been a co-reviewer yet");
    expect(rotationReasonText(picked({ decidedBy: "least-recent" }), "ja", titleOf)).toBe("まだ共同レビューを担当していません");
    expect(rotationReasonText(picked({ decidedBy: "only-eligible" }), "en", titleOf)).toBe("the only app engineer available");
    expect(rotationReasonText(picked({ decidedBy: "tie-break" }), "en", titleOf)).toBe(
      "equal on recent load and experience; picked by a fixed per-PR order",
    );
  });

  test("explains why nobody was picked", () => {
    const none = pickCoReviewer({
      candidates: ["aiko", "ben", "chen"],
      author: "aiko",
      now: new Date("2026-03-10T00:00:00Z"),
      prKey: "octo/infra#1",
      history: [],
      exposure: {},
      openReviews: { chen: 3 },
      maxOpenReviews: 3,
      away: [{ login: "ben", from: "2026-03-09", until: "2026-03-11" }],
      busy: [],
      prTypes: [],
    });
    expect(rotationReasonText(none.reason, "en", titleOf)).toBe(
      "no app engineer is available (aiko (PR author), ben (away), chen (at review limit))",
    );
    expect(rotationReasonText(none.reason, "ja", titleOf)).toBe(
      "対応できるアプリエンジニアがいません（aiko（PR 作成者）、ben（不在）、chen（レビュー上限））",
    );
    expect(rotationReasonText({ kind: "none", skipped: [] }, "en", titleOf)).toBe("no app engineers are configured");
  });
});

describe("pairingReasonText", () => {
  test("gives both people's role counts and mentions a passed-over repeat", () => {
    const result = pickPair({
      team: ["aiko", "ben", "chen", "dana"],
      history: [
        { commander: "chen", driver: "dana", at: "2026-03-01T00:00:00Z" },
        { commander: "aiko", driver: "ben", at: "2026-03-02T00:00:00Z" },
        { commander: "chen", driver: "dana", at: "2026-03-03T00:00:00Z" },
      ],
      now: new Date("2026-03-10T00:00:00Z"),
      away: [],
      busy: ["aiko"],
      seed: "octo/infra#9",
    });
    if ("error" in result) throw new Error("expected a pair");
    // ben (1 drive) and chen (2 commands) balance each other best: ben commands, chen drives.
    expect([result.commander, result.driver]).toEqual(["ben", "chen"]);
    expect(pairingReasonText(result.reason, "en")).toBe(
      "so far ben has commanded 0 and driven 1, chen has commanded 2 and driven 0",
    );
    expect(pairingReasonText(result.reason, "ja")).toBe(
      "これまで ben はコマンダー0回・ドライバー1回、chen はコマンダー2回・ドライバー0回",
    );
    expect(pairingReasonText({ ...result.reason, avoidedRepeat: true }, "en")).toMatch(/; a different pair from last time$/);
    expect(pairingReasonText({ ...result.reason, repeated: true }, "en")).toMatch(
      /; same pair as last time because nobody else is available$/,
    );
  });

  test("explains a missing pair", () => {
    const result = pickPair({
      team: ["aiko", "ben"],
      history: [],
      now: new Date("2026-03-10T00:00:00Z"),
      away: [],
      busy: ["ben"],
      seed: "x",
    });
    if (!("error" in result)) throw new Error("expected an error");
    expect(pairingReasonText(result.error, "en")).toBe("not enough people for a commander and a driver (ben (busy))");
    expect(pairingReasonText(result.error, "ja")).toBe("コマンダーとドライバーに必要な2人がそろいません（ben（取り込み中））");
  });
});

test("withArticle follows pronunciation for acronyms and words", () => {
  expect(["S3 bucket", "IAM role", "EC2 instance", "VPC", "KMS key", "Lambda function", "Application Load Balancer", "user pool", "update"].map(withArticle)).toEqual([
    "an S3 bucket",
    "an IAM role",
    "an EC2 instance",
    "a VPC",
    "a KMS key",
    "a Lambda function",
    "an Application Load Balancer",
    "a user pool",
    "an update",
  ]);
});
