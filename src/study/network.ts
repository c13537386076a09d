/**
 * The network chapter: the table of allowed flows, a picture of who can
 * reach what (drawn between the things the groups protect, so it reads
 * "load balancer → service → database"), and each subnet's way out.
 */
import { tableCell } from "../render/escape.js";
import {
  listWords,
  partyKey,
  partyNode,
  partyText,
  resourceNode,
  resourceParty,
  resourceText,
  say,
  type ChapterStudy,
  type Party,
  type QuizQuestion,
  type StudyContext,
} from "./context.js";
import { chapterOf, type ChapterId } from "./chapters.js";
import { Flowchart, type NodeSpec } from "./flowchart.js";
import type { Flow, NetworkFlows } from "./flows.js";
import type { StudyResource } from "./model.js";
import { fence } from "./pictures.js";
import { sourceLink } from "./present.js";
import { readSubnetRoutes, type SubnetRoute } from "./routes.js";

/** One arrow of "who can reach what", between protected things rather than groups. */
export interface Reach {
  from: Party;
  to: StudyResource;
  flow: Flow;
}

export function studyNetwork(context: StudyContext, network: NetworkFlows): ChapterStudy {
  const sections: ChapterStudy["sections"] = [];
  const flows = sortFlows(network.flows);
  if (flows.length > 0) {
    sections.push({ heading: say(context, "Allowed flows", "許可された通信"), markdown: flowTable(context, network, flows) });
    const picture = reachPicture(context, network);
    if (picture) {
      sections.push({
        heading: say(context, "Picture: who can reach what", "図: 誰がどこへ届くか"),
        markdown: `${say(context, "Arrows go from who connects to what it may reach (inbound rules only).", "矢印は接続する側から、届く先へ向かいます（受信ルールのみ）。")}\n\n${picture}`,
      });
    }
  } else if (context.chapters.get("network")?.length) {
    sections.push({
      heading: say(context, "Allowed flows", "許可された通信"),
      markdown: `${say(context, "No firewall rules (security groups, firewall rules or network security groups) are written in this configuration.", "この設定にはファイアウォールのルール（セキュリティグループ、ファイアウォールルール、NSG）が書かれていません。")}\n`,
    });
  }
  const routes = readSubnetRoutes(context);
  if (routes.length > 0) {
    sections.push({ heading: say(context, "Subnets and their way out", "サブネットと外への出口"), markdown: routesSection(context, routes) });
  }
  return { sections, quiz: networkQuiz(context, network, routes) };
}

function sortFlows(flows: readonly Flow[]): Flow[] {
  const key = (flow: Flow) => `${flow.direction === "ingress" ? 0 : 1}\u0000${flow.guard.id}\u0000${partyKey(flow.peer)}\u0000${flow.trafficLabel}`;
  return [...flows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function guardText(context: StudyContext, network: NetworkFlows, flow: Flow): string {
  if (flow.guardWords) return say(context, `${flow.guardWords} (${resourceText(context, flow.guard)})`, `${flow.guardWords}（${resourceText(context, flow.guard)}）`);
  return groupText(context, network, flow.guard);
}

/** A security group with what it protects: "`sg` (“name”), which protects `aws_lb.web`". */
function groupText(context: StudyContext, network: NetworkFlows, group: StudyResource): string {
  const text = resourceText(context, group);
  const members = network.members.get(group.id) ?? [];
  if (members.length === 0) return text;
  const names = listWords(context, members.map((member) => resourceText(context, member)), 4);
  return say(context, `${text}, which protects ${names}`, `${text}（保護対象: ${names}）`);
}

function peerText(context: StudyContext, network: NetworkFlows, flow: Flow): string {
  if (flow.peer.kind !== "resource") return partyText(context, flow.peer);
  if (flow.peer.resource.id === flow.guard.id) {
    return say(context, `the other members of ${resourceText(context, flow.guard)}`, `${resourceText(context, flow.guard)} の他のメンバー`);
  }
  return groupText(context, network, flow.peer.resource);
}

function flowTable(context: StudyContext, network: NetworkFlows, flows: Flow[]): string {
  const intro = say(
    context,
    "Every row is one rule: traffic from the left may reach the right. Replies to an allowed connection are let back automatically: an inbound rule is needed only on the side that is called, an outbound rule only on the side that calls.",
    "1 行が 1 つのルールです。左から右への通信が許可されています。許可された接続への応答は自動で戻るので、受信ルールは呼ばれる側にだけ、送信ルールは呼ぶ側にだけ必要です。",
  );
  const parts = [intro];
  const inbound = flows.filter((flow) => flow.direction === "ingress");
  const outbound = flows.filter((flow) => flow.direction === "egress");
  if (inbound.length > 0) parts.push(`**${say(context, "In: who may connect to what", "受信: 誰が何に接続できるか")}**`, flowRows(context, network, inbound));
  if (outbound.length > 0) parts.push(`**${say(context, "Out: where things may connect to", "送信: どこへ接続できるか")}**`, flowRows(context, network, outbound));
  if (network.denied > 0) {
    parts.push(say(context, `${network.denied} rule(s) deny traffic; they are not listed here.`, `通信を拒否するルールが ${network.denied} 件あります（この表には載せていません）。`));
  }
  return `${parts.join("\n\n")}\n`;
}

function flowRows(context: StudyContext, network: NetworkFlows, flows: Flow[]): string {
  const header = say(context, "| From | To | Traffic | Rule written in |", "| 送信元 | 宛先 | 通信 | ルールの場所 |");
  const rows = flows.map((flow) => {
    const guard = guardText(context, network, flow);
    const peer = peerText(context, network, flow);
    const [from, to] = flow.direction === "ingress" ? [peer, guard] : [guard, peer];
    const where = flow.written.location ? sourceLink(flow.written.location, context.links) : resourceText(context, flow.written);
    return `| ${[from, to, flow.traffic, where].map(tableCell).join(" | ")} |`;
  });
  return `${header}\n| --- | --- | --- | --- |\n${rows.join("\n")}`;
}

/** Inbound flows between protected things: the peer group's members (or the peer itself) → the guard's members. */
export function reaches(network: NetworkFlows): Reach[] {
  const result: Reach[] = [];
  for (const flow of network.flows) {
    if (flow.direction !== "ingress") continue;
    const targets = network.members.get(flow.guard.id) ?? [];
    const destinations = targets.length > 0 ? targets : [flow.guard];
    const peerGroup = flow.peer.kind === "resource" ? network.members.get(flow.peer.resource.id) : undefined;
    const sources: Party[] = peerGroup && peerGroup.length > 0 ? peerGroup.map(resourceParty) : [flow.peer];
    for (const from of sources) {
      for (const to of destinations) {
        if (from.kind === "resource" && from.resource.id === to.id) continue;
        result.push({ from, to, flow });
      }
    }
  }
  return result;
}

function reachPicture(context: StudyContext, network: NetworkFlows): string | undefined {
  const chart = new Flowchart("LR");
  const node = (party: Party): NodeSpec => partyNode(context, party);
  for (const reach of reaches(network)) {
    const label = say(context, `${reach.flow.trafficLabel} via ${reach.flow.guard.name}`, `${reach.flow.trafficLabel} ${reach.flow.guard.name} 経由`);
    chart.edge(node(reach.from), resourceNode(context, reach.to), label);
  }
  return fence(context, chart);
}

function routesSection(context: StudyContext, routes: SubnetRoute[]): string {
  const lines = routes.map((route) => {
    const subnet = resourceText(context, route.subnet);
    const table = route.routeTable
      ? resourceText(context, route.routeTable)
      : route.mainOf
        ? say(context, `(the main route table of ${resourceText(context, route.mainOf)}, used because no other table is associated)`, `（${resourceText(context, route.mainOf)} のメインルートテーブル。他のテーブルが関連付けられていないため）`)
        : undefined;
    const gateway = route.gateway ? resourceText(context, route.gateway) : undefined;
    switch (route.wayOut) {
      case "internet-gateway":
        return say(
          context,
          `- ${subnet}: **public**. Its route table ${table} sends internet traffic (\`0.0.0.0/0\`) straight to the internet gateway ${gateway}, so things here can have public addresses and be reached from the internet (if their security group allows it).`,
          `- ${subnet}: **パブリック**。ルートテーブル ${table} がインターネット向けの通信（\`0.0.0.0/0\`）をインターネットゲートウェイ ${gateway} に直接送ります。ここに置いたものはパブリック IP を持て、（セキュリティグループが許せば）インターネットから届きます。`,
        );
      case "nat-gateway":
        return say(
          context,
          `- ${subnet}: **private**. Its route table ${table} sends internet traffic through the NAT gateway ${gateway}: things here can call out (pull images, call APIs) but cannot be called from the internet.`,
          `- ${subnet}: **プライベート**。ルートテーブル ${table} がインターネット向けの通信を NAT ゲートウェイ ${gateway} 経由で送ります。ここに置いたものは外へ通信できます（イメージ取得、API 呼び出し）が、インターネットからは呼ばれません。`,
        );
      case "other":
        return say(context, `- ${subnet}: its route table ${table} sends internet traffic to ${gateway}.`, `- ${subnet}: ルートテーブル ${table} がインターネット向けの通信を ${gateway} に送ります。`);
      case "none":
        return table
          ? say(context, `- ${subnet}: its route table ${table} has no route to the internet written here: an **isolated** subnet.`, `- ${subnet}: ルートテーブル ${table} にインターネットへの経路が書かれていません（**隔離された**サブネット）。`)
          : say(context, `- ${subnet}: no route table is associated here, so it uses the network's main route table.`, `- ${subnet}: ルートテーブルの関連付けがここにないため、ネットワークのメインルートテーブルを使います。`);
    }
  });
  const chart = new Flowchart("LR");
  for (const route of routes) {
    const table = route.routeTable ?? route.mainOf;
    if (!table) continue;
    const label = route.routeTable ? undefined : say(context, "main route table", "メインルートテーブル");
    chart.edge(resourceNode(context, route.subnet), resourceNode(context, table), label);
    if (route.gateway) chart.edge(resourceNode(context, table), resourceNode(context, route.gateway), "0.0.0.0/0");
  }
  const picture = fence(context, chart);
  return `${lines.join("\n")}\n${picture ? `\n${picture}` : ""}`;
}

/** Which pairs make the best question: a load balancer reaching code, then code reaching data. */
const PAIR_PREFERENCE: readonly [ChapterId, ChapterId][] = [
  ["entry", "compute"],
  ["compute", "data"],
  ["entry", "data"],
  ["compute", "compute"],
];

function networkQuiz(context: StudyContext, network: NetworkFlows, routes: SubnetRoute[]): QuizQuestion[] {
  const quiz: QuizQuestion[] = [];
  const betweenResources = reaches(network).filter((reach) => reach.from.kind === "resource" && reach.flow.guard.id !== reach.to.id);
  const asked = new Set<string>();
  for (const [fromChapter, toChapter] of PAIR_PREFERENCE) {
    const reach = betweenResources.find(
      (candidate) =>
        candidate.from.kind === "resource" &&
        chapterOf(candidate.from.resource.type) === fromChapter &&
        chapterOf(candidate.to.type) === toChapter &&
        !asked.has(`${fromChapter}>${toChapter}`),
    );
    if (!reach || reach.from.kind !== "resource" || quiz.length >= 2) continue;
    asked.add(`${fromChapter}>${toChapter}`);
    quiz.push(reachQuestion(context, network, reach, reach.from.resource));
  }
  const exposed = network.flows.filter((flow) => flow.direction === "ingress" && flow.peer.kind === "outside" && flow.peer.key === "internet");
  if (exposed.length > 0) {
    quiz.push({
      question: say(context, "Which of your resources can anyone on the internet reach directly, and with what traffic?", "インターネット上の誰でも直接届くのはどのリソースで、どんな通信ですか？"),
      answer: [...new Set(exposed.map((flow) => flow.guard))]
        .map((guard) => {
          const traffic = exposed.filter((flow) => flow.guard === guard).map((flow) => flow.traffic);
          const first = exposed.find((flow) => flow.guard === guard);
          return first ? `- ${guardText(context, network, first)}: ${listWords(context, [...new Set(traffic)])}` : "";
        })
        .join("\n"),
    });
  }
  const publicSubnets = routes.filter((route) => route.wayOut === "internet-gateway");
  const privateSubnets = routes.filter((route) => route.wayOut === "nat-gateway");
  if (publicSubnets.length > 0 && privateSubnets.length > 0) {
    quiz.push({
      question: say(context, "Which subnets are public and which are private, and what makes the difference?", "どのサブネットがパブリックで、どれがプライベートですか？違いを生んでいるのは何ですか？"),
      answer: say(
        context,
        `Public: ${listWords(context, publicSubnets.map((route) => resourceText(context, route.subnet)))}, because their route table sends \`0.0.0.0/0\` to an internet gateway. Private: ${listWords(context, privateSubnets.map((route) => resourceText(context, route.subnet)))}, whose route table sends it to a NAT gateway (outbound only).`,
        `パブリック: ${listWords(context, publicSubnets.map((route) => resourceText(context, route.subnet)))}。ルートテーブルが \`0.0.0.0/0\` をインターネットゲートウェイに送るからです。プライベート: ${listWords(context, privateSubnets.map((route) => resourceText(context, route.subnet)))}。ルートテーブルが NAT ゲートウェイ（外向きのみ）に送ります。`,
      ),
    });
  }
  return quiz;
}

function reachQuestion(context: StudyContext, network: NetworkFlows, reach: Reach, from: StudyResource): QuizQuestion {
  const question = say(
    context,
    `Which security group lets ${resourceText(context, from)} reach ${resourceText(context, reach.to)}?`,
    `${resourceText(context, from)} から ${resourceText(context, reach.to)} に届くのは、どのセキュリティグループのおかげですか？`,
  );
  return { question, answer: reachAnswer(context, network, reach, from) };
}

function reachAnswer(context: StudyContext, network: NetworkFlows, reach: Reach, from: StudyResource): string {
  const guard = resourceText(context, reach.flow.guard);
  const to = resourceText(context, reach.to);
  const source = resourceText(context, from);
  const where = reach.flow.written.location ? ` (${sourceLink(reach.flow.written.location, context.links)})` : "";
  if (reach.flow.peer.kind === "resource" && reach.flow.peer.resource.id === reach.flow.guard.id) {
    return say(
      context,
      `${guard}: both ${source} and ${to} use it, and it allows ${reach.flow.traffic} between its own members (\`self = true\`)${where}.`,
      `${guard} です。${source} と ${to} の両方がこれを使い、メンバー同士の ${reach.flow.traffic} を許可しています（\`self = true\`）${where}。`,
    );
  }
  const peer = reach.flow.peer.kind === "resource" ? resourceText(context, reach.flow.peer.resource) : partyText(context, reach.flow.peer);
  const membership =
    reach.flow.peer.kind === "resource" && (network.members.get(reach.flow.peer.resource.id) ?? []).some((member) => member.id === from.id)
      ? say(context, ` ${source} uses ${peer}.`, `${source} は ${peer} を使っています。`)
      : "";
  return say(
    context,
    `${guard}, used by ${to}: it allows ${reach.flow.traffic} from ${peer}${where}.${membership}`,
    `${to} が使う ${guard} です。${peer} からの ${reach.flow.traffic} を許可しています${where}。${membership}`,
  );
}
