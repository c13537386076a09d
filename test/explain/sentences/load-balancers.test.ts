import { explainChange } from "../../../src/explain/index.js";
import { change } from "../builders.js";

const sentences = (c: Parameters<typeof change>[0]) => explainChange(change(c)).sentences;

describe("load balancer sentences", () => {
  it("tells a new HTTP listener that redirects to HTTPS", () => {
    const after = { port: 80, protocol: "HTTP", default_action: [{ type: "redirect", redirect: [{ protocol: "HTTPS", port: "443", status_code: "HTTP_301" }] }] };
    expect(sentences({ type: "aws_lb_listener", after })).toEqual([
      { en: "listens on HTTP port 80", ja: "HTTP のポート 80 で待ち受けます" },
      { en: "redirects to HTTPS port 443 (HTTP_301)", ja: "HTTPS のポート 443 へリダイレクトします（HTTP_301）" },
    ]);
  });

  it("tells a listener moved to HTTPS with a certificate and a new target", () => {
    const before = { port: 80, protocol: "HTTP", certificate_arn: null, default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/blue/abc" }] };
    const after = {
      port: 443,
      protocol: "HTTPS",
      certificate_arn: "arn:aws:acm:ap-northeast-1:123456789012:certificate/1234-abcd",
      default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/green/def" }],
    };
    expect(sentences({ type: "aws_alb_listener", before, after })).toEqual([
      { en: "changes the listener from HTTP port 80 to HTTPS port 443", ja: "リスナーを HTTP のポート 80 から HTTPS のポート 443 に変更します" },
      { en: "now forwards requests to target group `green`", ja: "今後はターゲットグループ `green` へリクエストを転送します" },
      { en: "changes the TLS certificate to `1234-abcd`", ja: "TLS 証明書を `1234-abcd` に変更します" },
    ]);
  });

  it("tells target group health checks", () => {
    const health = { path: "/", port: "traffic-port", protocol: "HTTP", matcher: "200", interval: 30 };
    expect(sentences({ type: "aws_lb_target_group", after: { port: 8080, protocol: "HTTP", health_check: [{ ...health, path: "/healthz" }] } })).toEqual([
      { en: "checks target health with HTTP `/healthz` on the traffic port (expects `200`)", ja: "トラフィックポートに HTTP `/healthz` でヘルスチェックします（`200` を期待）" },
      { en: "sends traffic to targets on HTTP port `8080`", ja: "ターゲットの HTTP ポート `8080` へトラフィックを送ります" },
    ]);
    expect(sentences({ type: "aws_lb_target_group", before: { health_check: [health] }, after: { health_check: [{ ...health, path: "/healthz", interval: 10 }] } })).toEqual([
      { en: "changes the health check path from `/` to `/healthz`", ja: "ヘルスチェックのパスを `/` から `/healthz` に変更します" },
      { en: "changes the health check interval (seconds) from `30` to `10`", ja: "ヘルスチェックの間隔（秒）を `30` から `10` に変更します" },
    ]);
  });
});
