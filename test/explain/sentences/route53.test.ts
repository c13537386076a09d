import { explainChange } from "../../../src/explain/index.js";
import { change, unknown } from "../builders.js";

const sentences = (c: Parameters<typeof change>[0]) => explainChange(change(c)).sentences;

describe("Route 53 record sentences", () => {
  it("tells where a new record points, with its TTL", () => {
    expect(sentences({ type: "aws_route53_record", after: { name: "api.example.com", type: "A", ttl: 300, records: ["203.0.113.10"] } })[0]).toEqual({
      en: "points `api.example.com` (A) to `203.0.113.10` with TTL 300 seconds",
      ja: "`api.example.com`（A）を `203.0.113.10` に向けます（TTL 300 秒）",
    });
    expect(sentences({ type: "aws_route53_record", after: { name: "www.example.com", type: "A", alias: [{ name: unknown, zone_id: unknown, evaluate_target_health: true }] } })[0]?.en).toBe(
      "points `www.example.com` (A) to alias (known after apply)",
    );
  });

  it("tells a changed target and TTL", () => {
    const before = { name: "api.example.com", type: "CNAME", ttl: 300, records: ["old-lb.example.net"] };
    expect(sentences({ type: "aws_route53_record", before, after: { ...before, ttl: 60, records: ["new-lb.example.net"] } })).toEqual([
      { en: "points `api.example.com` (CNAME) to `new-lb.example.net` instead of `old-lb.example.net`", ja: "`api.example.com`（CNAME）の向き先を `old-lb.example.net` から `new-lb.example.net` に変更します" },
      { en: "changes the TTL of `api.example.com` (CNAME) from 300 to 60 seconds", ja: "`api.example.com`（CNAME）の TTL を 300 秒から 60 秒に変更します" },
    ]);
  });

  it("warns that a deleted record stops resolving", () => {
    expect(sentences({ type: "aws_route53_record", before: { name: "old.example.com", type: "TXT", records: ["v=spf1 -all"] }, after: null })[0]?.en).toBe(
      "removes the DNS record `old.example.com` (TXT): clients can no longer resolve it",
    );
  });
});
