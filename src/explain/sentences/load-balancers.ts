import type { Value } from "../../plan/model.js";
import { code, ja } from "../text.js";
import type { Text } from "../types.js";
import { asList, asNumber, asString, block, isMasked, shown, type ValueObject } from "../values.js";
import type { ChangeView } from "../view.js";
import { WEIGHT, sentence, type Sentence, type SentenceFamily } from "./types.js";

const TARGET_GROUP_NAME = /:targetgroup\/([^/]+)\//;
const CERTIFICATE_ID = /:certificate\/(.+)$/;

function targetGroupName(arn: Value | undefined): string {
  if (typeof arn !== "string") return "(known after apply)";
  return code(TARGET_GROUP_NAME.exec(arn)?.[1] ?? arn);
}

/** Listener and redirect fields use `#{protocol}` / `#{port}` for "same as the request". */
function concrete(v: Value | undefined): Value | undefined {
  return typeof v === "string" && v.startsWith("#{") ? undefined : v;
}

/** "HTTPS port 443" / "HTTPS のポート 443". */
function endpoint(protocol: Value | undefined, port: Value | undefined): Text {
  const p = asString(concrete(protocol)) ?? "";
  const known = concrete(port);
  const n = isMasked(known) ? known.toJSON() : String(asNumber(known) ?? "?");
  if (!p) return { en: `port ${n}`, ja: ja("ポート", n) };
  return { en: `${p} port ${n}`, ja: ja(p, "のポート", n) };
}

/** "redirects to HTTPS port 443 (HTTP_301)", "forwards requests to target group `web`". */
function actionText(action: ValueObject): Text {
  const type = asString(action.type) ?? "";
  if (type === "redirect") {
    const r = block(action.redirect);
    const protocol = asString(concrete(r?.protocol));
    const where = concrete(r?.port) !== undefined ? endpoint(r?.protocol, r?.port) : protocol ? { en: protocol, ja: protocol } : { en: "another URL", ja: "別の URL" };
    const status = asString(r?.status_code) ?? "";
    return { en: `redirects to ${where.en}${status ? ` (${status})` : ""}`, ja: ja(where.ja, `へリダイレクトします${status ? `（${status}）` : ""}`) };
  }
  if (type === "forward") {
    const groups = asList(block(action.forward)?.target_group).map((g) => targetGroupName(block(g)?.arn));
    const names = groups.length > 0 ? groups.join(", ") : targetGroupName(action.target_group_arn);
    return { en: `forwards requests to target group ${names}`, ja: ja("ターゲットグループ", names, "へリクエストを転送します") };
  }
  if (type === "fixed-response") {
    const status = asString(block(action.fixed_response)?.status_code) ?? "";
    return { en: `answers with a fixed response${status ? ` (${status})` : ""}`, ja: `固定レスポンス${status ? `（${status}）` : ""}を返します` };
  }
  return { en: `runs a ${code(type)} action`, ja: ja(code(type), "アクションを実行します") };
}

function describeListener(view: ChangeView): Sentence[] {
  if (view.action === "delete") return [];
  const out: Sentence[] = [];
  const creating = view.action === "create";
  const now = endpoint(view.after("protocol"), view.after("port"));
  if (creating) out.push(sentence(`listens on ${now.en}`, ja(now.ja, "で待ち受けます"), ["port", "protocol"], WEIGHT.important));
  else if (view.changed("port") || view.changed("protocol")) {
    const was = endpoint(view.before("protocol"), view.before("port"));
    out.push(sentence(`changes the listener from ${was.en} to ${now.en}`, ja("リスナーを", was.ja, "から", now.ja, "に変更します"), ["port", "protocol"], WEIGHT.critical));
  }
  if (view.changed("default_action")) {
    for (const item of asList(view.after("default_action"))) {
      const action = block(item);
      if (!action) continue;
      const a = actionText(action);
      out.push(sentence(creating ? a.en : `now ${a.en}`, creating ? a.ja : ja("今後は", a.ja), ["default_action"], WEIGHT.important));
    }
  }
  if (view.changed("certificate_arn")) {
    const arn = view.after("certificate_arn");
    if (arn !== undefined && arn !== null && arn !== "") {
      const text = asString(arn);
      const id = text === undefined ? shown(arn) : code(CERTIFICATE_ID.exec(text)?.[1] ?? text);
      out.push(creating
        ? sentence(`serves the TLS certificate ${id}`, ja("TLS 証明書", id, "を使います"), ["certificate_arn"], WEIGHT.normal)
        : sentence(`changes the TLS certificate to ${id}`, ja("TLS 証明書を", id, "に変更します"), ["certificate_arn"], WEIGHT.important));
    }
  }
  return out;
}

export const listenerSentences: SentenceFamily = {
  types: ["aws_lb_listener", "aws_alb_listener"],
  describe: describeListener,
};

const HEALTH_FIELDS: Readonly<Record<string, Text>> = {
  path: { en: "path", ja: "パス" },
  port: { en: "port", ja: "ポート" },
  protocol: { en: "protocol", ja: "プロトコル" },
  matcher: { en: "expected response", ja: "期待するレスポンス" },
  interval: { en: "interval (seconds)", ja: "間隔（秒）" },
  timeout: { en: "timeout (seconds)", ja: "タイムアウト（秒）" },
  healthy_threshold: { en: "healthy threshold", ja: "正常と判定する回数" },
  unhealthy_threshold: { en: "unhealthy threshold", ja: "異常と判定する回数" },
  enabled: { en: "enabled flag", ja: "有効フラグ" },
};

function healthCheckSentences(view: ChangeView): Sentence[] {
  if (view.action === "delete" || !view.changed("health_check")) return [];
  const after = block(view.after("health_check"));
  if (!after) return [];
  const covers = ["health_check"];
  if (view.action === "create") {
    const port = after.port === "traffic-port" || after.port === undefined ? { en: "the traffic port", ja: "トラフィックポート" } : { en: `port ${shown(after.port)}`, ja: ja("ポート", shown(after.port)) };
    const path = after.path ? ` ${shown(after.path)}` : "";
    const matcher = after.matcher ? { en: ` (expects ${shown(after.matcher)})`, ja: `（${shown(after.matcher)} を期待）` } : { en: "", ja: "" };
    const protocol = asString(after.protocol) ?? "HTTP";
    return [sentence(
      `checks target health with ${protocol}${path} on ${port.en}${matcher.en}`,
      ja(port.ja, "に", `${protocol}${path}`, "でヘルスチェックします", matcher.ja),
      covers,
      WEIGHT.important,
    )];
  }
  const before = block(view.before("health_check")) ?? {};
  const out: Sentence[] = [];
  for (const [field, words] of Object.entries(HEALTH_FIELDS)) {
    const was = before[field];
    const now = after[field];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    out.push(sentence(
      `changes the health check ${words.en} from ${shown(was)} to ${shown(now)}`,
      ja("ヘルスチェックの", words.ja, "を", shown(was), "から", shown(now), "に変更します"),
      covers,
      field === "path" || field === "port" ? WEIGHT.critical : WEIGHT.important,
    ));
  }
  return out;
}

function targetSentences(view: ChangeView): Sentence[] {
  if (view.action !== "create") return [];
  const port = view.after("port");
  const protocol = asString(view.after("protocol"));
  if (port === undefined || port === null || !protocol) return [];
  return [sentence(`sends traffic to targets on ${protocol} port ${shown(port)}`, ja("ターゲットの", protocol, "ポート", shown(port), "へトラフィックを送ります"), ["port", "protocol"], WEIGHT.normal)];
}

export const targetGroupSentences: SentenceFamily = {
  types: ["aws_lb_target_group", "aws_alb_target_group"],
  describe: (view) => [...targetSentences(view), ...healthCheckSentences(view)],
};
