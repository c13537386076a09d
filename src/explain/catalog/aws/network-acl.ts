import type { CatalogEntry } from "../../types.js";

// Network ACLs: the stateless, subnet-wide firewall that sits beside security groups.

export const networkAclEntries: CatalogEntry[] = [
  {
    types: ["aws_network_acl"],
    title: { en: "Network ACL", ja: "ネットワーク ACL" },
    service: "VPC",
    what: {
      en: "A stateless allow/deny rule list applied to whole subnets, evaluated in rule-number order, in addition to security groups.",
      ja: "サブネット全体に適用される、ステートレスな許可/拒否ルールの一覧で、ルール番号の順に評価され、セキュリティグループに加えて働きます。",
    },
    analogy: {
      en: "Like a gate guard at the floor entrance who checks every packet in both directions and remembers nothing: replies must be allowed explicitly too.",
      ja: "フロアの入口でパケットを双方向とも毎回チェックし、何も覚えていない警備員のようなものです。戻りの通信も明示的に許可する必要があります。",
    },
    effects: {
      create: {
        en: "Associated subnets follow these rules immediately; a custom ACL denies everything not explicitly allowed.",
        ja: "関連付けたサブネットにすぐにルールが適用されます。カスタム ACL は明示的に許可していないものをすべて拒否します。",
      },
      update: {
        en: "Rules apply to whole subnets at once; forgetting the return ports (1024-65535) silently breaks responses.",
        ja: "ルールはサブネット全体にすぐ適用されます。戻りの通信用ポート（1024-65535）を許可し忘れると、応答が気付かないうちに届かなくなります。",
      },
      delete: {
        en: "Its subnets go back to the VPC's default network ACL.",
        ja: "そのサブネットは VPC のデフォルトのネットワーク ACL に戻ります。",
      },
      replace: {
        en: "Subnets briefly use the default ACL while the new one is associated.",
        ja: "新しい ACL が関連付けられるまで、サブネットは一時的にデフォルトの ACL を使います。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
    related: {
      en: "Security groups (aws_security_group) protect each network interface and remember connections; network ACLs protect whole subnets and do not. Most teams rely on security groups and leave ACLs open.",
      ja: "セキュリティグループ（aws_security_group）はネットワークインターフェイスごとに守り、接続を覚えています。ネットワーク ACL はサブネット全体を守り、接続を覚えません。多くのチームはセキュリティグループを主に使い、ACL は開けたままにしています。",
    },
  },
  {
    types: ["aws_network_acl_rule"],
    title: { en: "Network ACL rule", ja: "ネットワーク ACL ルール" },
    service: "VPC",
    what: {
      en: "One numbered allow or deny rule in a network ACL.",
      ja: "ネットワーク ACL 内の、番号付きの許可または拒否ルール 1 つです。",
    },
    analogy: {
      en: "Like one line in an ordered firewall list where the first match wins.",
      ja: "最初に一致したものが採用される、順序付きファイアウォールリストの 1 行のようなものです。",
    },
    effects: {
      create: {
        en: "Traffic matching the rule is allowed or denied at once for the whole subnet.",
        ja: "ルールに一致する通信が、サブネット全体ですぐに許可または拒否されます。",
      },
      delete: {
        en: "Traffic it allowed may now hit the final deny-all rule.",
        ja: "このルールで許可していた通信が、最後の全拒否ルールに当たるようになることがあります。",
      },
      replace: {
        en: "Rules are replaced rather than edited: a short window where the rule is missing.",
        ja: "ルールは編集ではなく置き換えになるため、ルールが無い短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
  },
  {
    types: ["aws_network_acl_association"],
    title: { en: "Network ACL association", ja: "ネットワーク ACL の関連付け" },
    service: "VPC",
    what: {
      en: "Connects one subnet to one network ACL.",
      ja: "1 つのサブネットを 1 つのネットワーク ACL に結び付けます。",
    },
    analogy: {
      en: "Like assigning a floor to a particular gate guard.",
      ja: "フロアを特定の警備員の担当にするようなものです。",
    },
    effects: {
      create: {
        en: "The subnet follows this ACL's rules immediately.",
        ja: "サブネットにすぐにこの ACL のルールが適用されます。",
      },
      delete: {
        en: "The subnet goes back to the VPC's default network ACL.",
        ja: "サブネットは VPC のデフォルトのネットワーク ACL に戻ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
  },
  {
    types: ["aws_default_network_acl"],
    title: { en: "Default network ACL (adopted)", ja: "デフォルトのネットワーク ACL（取り込み）" },
    service: "VPC",
    what: {
      en: "Brings the VPC's default network ACL, used by every subnet without its own ACL, under Terraform management.",
      ja: "独自の ACL を持たないすべてのサブネットが使う、VPC のデフォルトのネットワーク ACL を Terraform の管理下に取り込みます。",
    },
    analogy: {
      en: "Like taking over the default middleware stack that every route without its own config uses.",
      ja: "独自設定の無いすべてのルートが使うデフォルトのミドルウェア群を引き継ぐようなものです。",
    },
    effects: {
      create: {
        en: "Terraform removes every rule not declared in code: if you declare none, the subnets using it block all traffic.",
        ja: "Terraform がコードに宣言されていないルールをすべて削除します。何も宣言しないと、これを使うサブネットの通信がすべて遮断されます。",
      },
      update: {
        en: "Rules change at once for every subnet without its own ACL.",
        ja: "独自の ACL を持たないすべてのサブネットで、ルールがすぐに変わります。",
      },
      delete: {
        en: "Terraform only stops managing it; the ACL and its rules stay as they are.",
        ja: "Terraform が管理をやめるだけで、ACL とルールはそのまま残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html",
  },
];
