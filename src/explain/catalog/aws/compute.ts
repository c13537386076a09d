import type { CatalogEntry } from "../../types.js";

// EC2 servers, their disks and images, and the Auto Scaling machinery around them.

export const computeEntries: CatalogEntry[] = [
  {
    types: ["aws_instance"],
    title: { en: "EC2 instance", ja: "EC2 インスタンス" },
    service: "EC2",
    what: {
      en: "A virtual server with an operating system image (AMI), an instance type (CPU/memory), a root disk, network interfaces and security groups.",
      ja: "OS イメージ（AMI）、インスタンスタイプ（CPU/メモリ）、ルートディスク、ネットワークインターフェイス、セキュリティグループを持つ仮想サーバーです。",
    },
    analogy: {
      en: "Like a VPS you SSH into: a whole machine you own, patch and look after, unlike a container that ECS replaces for you.",
      ja: "SSH で入る VPS のようなものです。ECS が入れ替えてくれるコンテナと違い、マシン全体を自分で持ち、パッチを当て、面倒を見ます。",
    },
    effects: {
      create: {
        en: "A new server boots and runs its user_data script; billed per second while running.",
        ja: "新しいサーバーが起動し、user_data のスクリプトを実行します。起動している間、秒単位で課金されます。",
      },
      update: {
        en: "Tags and security groups change live; an instance type or user_data change STOPS and starts the server (downtime, and a new public IP unless it has an Elastic IP).",
        ja: "タグやセキュリティグループは稼働したまま変わります。インスタンスタイプや user_data の変更ではサーバーが停止・起動します（停止時間が発生し、Elastic IP が無ければパブリック IP も変わります）。",
      },
      delete: {
        en: "The server is terminated; its root disk (and any disk set to delete on termination) is deleted with everything stored on it.",
        ja: "サーバーが終了（削除）されます。ルートディスク（と終了時に削除する設定のディスク）も、保存されていたデータごと削除されます。",
      },
      replace: {
        en: "Caused by an AMI, subnet, key pair or similar change: a NEW server with new IP addresses; anything stored only on the old server's local disk is lost.",
        ja: "AMI、サブネット、キーペアなどの変更が原因です。新しい IP アドレスを持つ新しいサーバーになり、古いサーバーのローカルディスクだけにあったデータは失われます。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/concepts.html",
    stateful: true,
    related: {
      en: "Gets AWS permissions through an aws_iam_instance_profile, its image from aws_ami, extra disks through aws_ebs_volume + aws_volume_attachment, and a fixed public address from aws_eip.",
      ja: "AWS の権限は aws_iam_instance_profile、イメージは aws_ami、追加ディスクは aws_ebs_volume と aws_volume_attachment、固定のパブリックアドレスは aws_eip から得ます。",
    },
  },
  {
    types: ["aws_ami"],
    title: { en: "AMI (machine image)", ja: "AMI（マシンイメージ）" },
    service: "EC2",
    what: {
      en: "An operating-system image used to launch instances; as a data source it looks up an image ID (often 'the most recent Amazon Linux'), as a resource it registers your own image.",
      ja: "インスタンスの起動に使う OS イメージです。データソースとしてはイメージ ID を検索し（よく「最新の Amazon Linux」を探します）、リソースとしては独自のイメージを登録します。",
    },
    analogy: {
      en: "Like the `FROM node:20` line of a Dockerfile: with most_recent = true it behaves like an unpinned `latest` tag.",
      ja: "Dockerfile の `FROM node:20` の行のようなものです。most_recent = true にすると、バージョンを固定しない `latest` タグのように振る舞います。",
    },
    effects: {
      create: {
        en: "A new image is registered from snapshots; new instances can launch from it.",
        ja: "スナップショットから新しいイメージが登録され、そこから新しいインスタンスを起動できるようになります。",
      },
      update: {
        en: "Usually the description or tags.",
        ja: "多くは説明やタグの変更です。",
      },
      delete: {
        en: "The image is deregistered: running instances keep running, but launch templates and Auto Scaling groups that use it cannot start new instances.",
        ja: "イメージが登録解除されます。実行中のインスタンスは動き続けますが、それを使う起動テンプレートや Auto Scaling グループは新しいインスタンスを起動できなくなります。",
      },
      replace: {
        en: "A new image ID; everything that references it launches from the new image from now on.",
        ja: "イメージ ID が新しくなり、参照しているものはこれ以降新しいイメージから起動します。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html",
    related: {
      en: "When data.aws_ami with most_recent = true feeds an aws_instance, a newly published image makes the next plan REPLACE that instance: pin the AMI or add lifecycle ignore_changes if that is not wanted.",
      ja: "most_recent = true の data.aws_ami を aws_instance に渡していると、新しいイメージが公開されたときに次のプランでインスタンスが置き換えになります。望まない場合は AMI を固定するか、lifecycle の ignore_changes を追加してください。",
    },
  },
  {
    types: ["aws_key_pair"],
    title: { en: "EC2 key pair", ja: "EC2 キーペア" },
    service: "EC2",
    what: {
      en: "A registered SSH public key that EC2 installs on instances launched with it.",
      ja: "登録した SSH 公開鍵で、これを指定して起動したインスタンスに EC2 が設定します。",
    },
    analogy: {
      en: "Like adding your public key to GitHub so you can push: here it lets you SSH into new servers.",
      ja: "push できるように GitHub に公開鍵を登録するようなものです。ここでは新しいサーバーに SSH できるようになります。",
    },
    effects: {
      create: {
        en: "New instances can be launched with this key.",
        ja: "このキーで新しいインスタンスを起動できるようになります。",
      },
      delete: {
        en: "Instances already running keep the key installed; new launches naming this key fail.",
        ja: "実行中のインスタンスにはキーが残ったままです。このキーを指定した新しい起動は失敗します。",
      },
      replace: {
        en: "A new public key is registered under the name; only instances launched afterwards get it, and an instance whose key_name changes is itself replaced.",
        ja: "その名前で新しい公開鍵が登録されます。反映されるのはこの後に起動したインスタンスだけで、key_name が変わるインスタンスはそれ自体が置き換えになります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html",
  },
  {
    types: ["aws_ebs_volume"],
    title: { en: "EBS volume", ja: "EBS ボリューム" },
    service: "EBS",
    what: {
      en: "A network block disk in one availability zone that is attached to an EC2 instance and keeps its data independently of the instance.",
      ja: "1 つのアベイラビリティーゾーン内にあるネットワーク型のブロックディスクで、EC2 インスタンスにアタッチし、インスタンスとは独立してデータを保持します。",
    },
    analogy: {
      en: "Like a Docker named volume, or an external SSD you plug into a server.",
      ja: "Docker の名前付きボリューム、あるいはサーバーに挿す外付け SSD のようなものです。",
    },
    effects: {
      create: {
        en: "A new empty disk (or one restored from a snapshot) is created; billed per GB-month.",
        ja: "新しい空のディスク（またはスナップショットから復元したディスク）が作成されます。GB 月単位で課金されます。",
      },
      update: {
        en: "Size, type and IOPS change online; sizes can only grow, and the file system must be extended inside the OS.",
        ja: "サイズ、タイプ、IOPS はオンラインで変更できます。サイズは増やすことしかできず、OS 内でファイルシステムの拡張が必要です。",
      },
      delete: {
        en: "The disk and all its data are deleted (unless a final snapshot is configured).",
        ja: "ディスクとデータがすべて削除されます（最終スナップショットを設定していない場合）。",
      },
      replace: {
        en: "Caused by an availability-zone, snapshot or encryption change: the old disk and its data are DELETED and a new one created.",
        ja: "アベイラビリティーゾーン、スナップショット、暗号化の変更が原因です。古いディスクとデータが削除され、新しいディスクが作られます。",
      },
    },
    docs: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes.html",
    stateful: true,
  },
  {
    types: ["aws_ebs_snapshot"],
    title: { en: "EBS snapshot", ja: "EBS スナップショット" },
    service: "EBS",
    what: {
      en: "A point-in-time backup of an EBS volume, stored in S3 by AWS, from which new volumes or images can be created.",
      ja: "EBS ボリュームのある時点のバックアップで、AWS が S3 に保存し、そこから新しいボリュームやイメージを作成できます。",
    },
    analogy: {
      en: "Like a disk image backup you can restore from.",
      ja: "復元に使えるディスクイメージのバックアップのようなものです。",
    },
    effects: {
      create: {
        en: "A backup of the volume as it is now is taken (billed for stored data).",
        ja: "現在の状態のボリュームのバックアップが取られます（保存データ量で課金されます）。",
      },
      delete: {
        en: "The backup is permanently deleted; volumes or images restored from it keep working.",
        ja: "バックアップが完全に削除されます。そこから復元済みのボリュームやイメージは引き続き使えます。",
      },
      replace: {
        en: "The old backup is deleted and a new one taken of the current data.",
        ja: "古いバックアップが削除され、現在のデータで取り直されます。",
      },
    },
    docs: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-snapshots.html",
    stateful: true,
  },
  {
    types: ["aws_volume_attachment"],
    title: { en: "EBS volume attachment", ja: "EBS ボリュームのアタッチ" },
    service: "EBS",
    what: {
      en: "Attaches an EBS volume to an instance as a device (for example /dev/sdf).",
      ja: "EBS ボリュームをデバイス（例：/dev/sdf）としてインスタンスにアタッチします。",
    },
    analogy: {
      en: "Like plugging an external disk into a server.",
      ja: "サーバーに外付けディスクを挿すようなものです。",
    },
    effects: {
      create: {
        en: "The disk appears on the instance; it still has to be mounted inside the OS.",
        ja: "インスタンスにディスクが現れます。OS 内でのマウントは別途必要です。",
      },
      delete: {
        en: "The disk is detached; if it is still mounted and in use, writes can be lost or the file system corrupted. The volume itself is kept.",
        ja: "ディスクがデタッチされます。マウントされたまま使用中だと、書き込みが失われたりファイルシステムが壊れたりすることがあります。ボリューム自体は残ります。",
      },
      replace: {
        en: "Detach then attach: the application loses the disk for a moment.",
        ja: "デタッチしてからアタッチし直すため、アプリケーションは一瞬ディスクを失います。",
      },
    },
    docs: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-attaching-volume.html",
  },
  {
    types: ["aws_launch_template"],
    title: { en: "EC2 launch template", ja: "EC2 起動テンプレート" },
    service: "EC2",
    what: {
      en: "A versioned recipe for launching instances (AMI, instance type, security groups, user data, IAM profile) used by Auto Scaling groups, EKS node groups and ECS capacity.",
      ja: "インスタンスを起動するためのバージョン付きレシピ（AMI、インスタンスタイプ、セキュリティグループ、ユーザーデータ、IAM プロファイル）で、Auto Scaling グループ、EKS ノードグループ、ECS の実行基盤で使います。",
    },
    analogy: {
      en: "Like a versioned docker-compose service template that new machines are stamped from.",
      ja: "新しいマシンを量産するための、バージョン付きの docker-compose のサービステンプレートのようなものです。",
    },
    effects: {
      create: {
        en: "Nothing launches until an Auto Scaling group or node group uses it.",
        ja: "Auto Scaling グループやノードグループが使うまで、何も起動しません。",
      },
      update: {
        en: "A new template version is created; running instances are unchanged until they are replaced (instance refresh, scale-in/out or node group update).",
        ja: "テンプレートの新しいバージョンが作られます。実行中のインスタンスは、入れ替え（インスタンスの更新、スケールイン/アウト、ノードグループの更新）が起こるまで変わりません。",
      },
      delete: {
        en: "Groups that use it can no longer launch instances (scale-out and replacement of failed instances fail).",
        ja: "これを使うグループがインスタンスを起動できなくなります（スケールアウトや故障したインスタンスの入れ替えが失敗します）。",
      },
      replace: {
        en: "Groups must switch to the new template; launches fail if the old one is deleted first.",
        ja: "グループを新しいテンプレートに切り替える必要があり、古いものが先に削除されると起動が失敗します。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html",
  },
  {
    types: ["aws_launch_configuration"],
    title: { en: "Launch configuration (legacy)", ja: "起動設定（旧来）" },
    service: "EC2 Auto Scaling",
    what: {
      en: "The older, immutable recipe for Auto Scaling instances; AWS recommends launch templates instead and newer instance types are not supported.",
      ja: "Auto Scaling のインスタンス用の、古く変更不可なレシピです。AWS は起動テンプレートへの移行を推奨しており、新しいインスタンスタイプには対応していません。",
    },
    analogy: {
      en: "Like an old, unversioned config file you can only replace, never edit.",
      ja: "編集できず、丸ごと差し替えるしかない、バージョン管理の無い古い設定ファイルのようなものです。",
    },
    effects: {
      create: {
        en: "Nothing launches until an Auto Scaling group uses it.",
        ja: "Auto Scaling グループが使うまで、何も起動しません。",
      },
      delete: {
        en: "Fails while an Auto Scaling group uses it.",
        ja: "Auto Scaling グループが使用中の間は失敗します。",
      },
      replace: {
        en: "Any change creates a new configuration; the group must switch to it (create_before_destroy), and only new instances use it.",
        ja: "どんな変更でも新しい設定が作られます。グループを切り替える必要があり（create_before_destroy）、新しいインスタンスだけが使います。",
      },
    },
    docs: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html",
  },
  {
    types: ["aws_autoscaling_group"],
    title: { en: "EC2 Auto Scaling group", ja: "EC2 Auto Scaling グループ" },
    service: "EC2 Auto Scaling",
    what: {
      en: "Keeps a number of EC2 instances (between min and max) running across subnets, replaces unhealthy ones and registers them with load balancers.",
      ja: "複数のサブネットにまたがって EC2 インスタンスを（最小〜最大の範囲で）動かし続け、異常なものを入れ替え、ロードバランサーに登録します。",
    },
    analogy: {
      en: "Like an ECS service, but for whole servers: 'keep 3 machines alive from this template'.",
      ja: "サーバー単位の ECS サービスのようなものです。「このテンプレートからマシンを 3 台動かし続ける」を担当します。",
    },
    effects: {
      create: {
        en: "Instances are launched up to the desired capacity.",
        ja: "希望する台数までインスタンスが起動されます。",
      },
      update: {
        en: "Size changes launch or terminate instances now; a new launch template version affects only new instances unless an instance refresh is configured.",
        ja: "台数の変更ですぐにインスタンスが起動・終了されます。起動テンプレートの新しいバージョンは、インスタンスの更新を設定していない限り新しいインスタンスにだけ反映されます。",
      },
      delete: {
        en: "Every instance in the group is terminated.",
        ja: "グループ内のすべてのインスタンスが終了されます。",
      },
      replace: {
        en: "All instances are terminated and new ones launched: capacity drops to zero in between unless create_before_destroy is used.",
        ja: "すべてのインスタンスが終了され、新しいものが起動されます。create_before_destroy を使わない限り、その間の処理能力はゼロになります。",
      },
    },
    docs: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/auto-scaling-groups.html",
    related: {
      en: "Launches from an aws_launch_template (or the legacy aws_launch_configuration); can feed an aws_ecs_capacity_provider or register in an aws_lb_target_group (aws_autoscaling_attachment).",
      ja: "aws_launch_template（または旧来の aws_launch_configuration）から起動し、aws_ecs_capacity_provider の基盤にしたり、aws_lb_target_group に登録したり（aws_autoscaling_attachment）できます。",
    },
  },
  {
    types: ["aws_autoscaling_attachment"],
    title: { en: "Auto Scaling load balancer attachment", ja: "Auto Scaling グループとロードバランサーの関連付け" },
    service: "EC2 Auto Scaling",
    what: {
      en: "Connects an Auto Scaling group to a target group or Classic Load Balancer so its instances are registered automatically.",
      ja: "Auto Scaling グループをターゲットグループや Classic Load Balancer につなぎ、インスタンスが自動で登録されるようにします。",
    },
    analogy: {
      en: "Like telling nginx to add every new app server to its upstream automatically.",
      ja: "新しいアプリサーバーを自動で upstream に追加するよう nginx に設定するようなものです。",
    },
    effects: {
      create: {
        en: "The group's instances are registered and start receiving traffic once healthy.",
        ja: "グループのインスタンスが登録され、正常になると通信を受け始めます。",
      },
      delete: {
        en: "All the group's instances are deregistered: the load balancer sends them no more traffic.",
        ja: "グループのすべてのインスタンスが登録解除され、ロードバランサーから通信が届かなくなります。",
      },
      replace: {
        en: "Instances are deregistered and registered again: a brief drop in capacity.",
        ja: "インスタンスが登録解除されてから再登録されるため、処理能力が一時的に下がります。",
      },
    },
    docs: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/attach-load-balancer-asg.html",
  },
  {
    types: ["aws_autoscaling_policy"],
    title: { en: "EC2 Auto Scaling policy", ja: "EC2 Auto Scaling ポリシー" },
    service: "EC2 Auto Scaling",
    what: {
      en: "The rule that grows or shrinks an Auto Scaling group, for example 'keep average CPU at 60%'.",
      ja: "Auto Scaling グループを増減させるルールで、例えば「平均 CPU を 60% に保つ」です。",
    },
    analogy: {
      en: "Like the target of a Kubernetes HorizontalPodAutoscaler, for servers.",
      ja: "サーバー版の Kubernetes HorizontalPodAutoscaler の目標値のようなものです。",
    },
    effects: {
      create: {
        en: "The group starts scaling on the metric.",
        ja: "グループがメトリクスに応じてスケールし始めます。",
      },
      update: {
        en: "A different target changes how many instances run (cost versus headroom).",
        ja: "目標値を変えると、動くインスタンス数（コストと余裕のバランス）が変わります。",
      },
      delete: {
        en: "The group no longer scales on this metric.",
        ja: "このメトリクスではスケールしなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scale-based-on-demand.html",
  },
  {
    types: ["aws_autoscaling_schedule"],
    title: { en: "EC2 Auto Scaling scheduled action", ja: "EC2 Auto Scaling のスケジュールアクション" },
    service: "EC2 Auto Scaling",
    what: {
      en: "Changes an Auto Scaling group's size on a schedule (for example, scale to zero at night).",
      ja: "Auto Scaling グループの台数をスケジュールで変更します（例：夜間は 0 台にする）。",
    },
    analogy: {
      en: "Like a cron job that resizes the server pool.",
      ja: "サーバープールの台数を変える cron ジョブのようなものです。",
    },
    effects: {
      create: {
        en: "At the scheduled time the group is resized automatically.",
        ja: "予定時刻にグループの台数が自動で変わります。",
      },
      update: {
        en: "The schedule or target sizes change from the next run.",
        ja: "次回の実行からスケジュールや目標台数が変わります。",
      },
      delete: {
        en: "The scheduled resize no longer happens.",
        ja: "予定していた台数変更が行われなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scheduled-scaling.html",
  },
  {
    types: ["aws_ec2_tag"],
    title: { en: "EC2 tag (single)", ja: "EC2 タグ（単体）" },
    service: "EC2",
    what: {
      en: "Manages one tag on an EC2 resource that Terraform does not otherwise manage (for example a subnet or ENI created elsewhere).",
      ja: "Terraform が他では管理していない EC2 リソース（他所で作ったサブネットや ENI など）に付けるタグ 1 つを管理します。",
    },
    analogy: {
      en: "Like adding one label to a GitHub issue someone else opened.",
      ja: "他の人が作った GitHub の Issue にラベルを 1 つ付けるようなものです。",
    },
    effects: {
      create: {
        en: "The tag is added; tag-based discovery (such as Kubernetes load balancer subnet tags) or cost reports may change.",
        ja: "タグが追加されます。タグによる自動検出（Kubernetes のロードバランサー用サブネットタグなど）やコストレポートが変わることがあります。",
      },
      update: {
        en: "The tag value changes.",
        ja: "タグの値が変わります。",
      },
      delete: {
        en: "The tag is removed; anything that finds resources by this tag stops finding it.",
        ja: "タグが削除され、このタグでリソースを探しているものはそれを見つけられなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html",
  },
];
