import type { CatalogEntry } from "../../types.js";

export const googleComputeEntries: CatalogEntry[] = [
  {
    types: ["google_compute_instance"],
    title: { en: "Compute Engine VM instance", ja: "Compute Engine の VM インスタンス" },
    service: "Compute Engine",
    what: {
      en: "A virtual machine with a machine type (CPU/RAM), a boot disk, network interfaces and a service account it runs as.",
      ja: "マシンタイプ（CPU/メモリ）、ブートディスク、ネットワークインターフェース、実行用サービスアカウントを持つ仮想マシンです。",
    },
    analogy: {
      en: "A server you SSH into and run your app on, like a long-lived dev box, except it is rented by the second.",
      ja: "SSH して自分でアプリを動かすサーバーです。長く使う開発機のようなものですが、秒単位で借りています。",
    },
    effects: {
      create: {
        en: "A new VM boots and runs its startup script; billing starts. An access_config block gives it a public IP.",
        ja: "新しい VM が起動し、スタートアップスクリプトが実行され、課金が始まります。access_config ブロックがあるとパブリック IP が付きます。",
      },
      update: {
        en: "Labels and metadata apply live; a machine type or service account change needs a stop/start (allow_stopping_for_update), i.e. a short outage for that VM.",
        ja: "ラベルやメタデータは稼働中に反映されます。マシンタイプやサービスアカウントの変更には停止/起動が必要で（allow_stopping_for_update）、その VM は短時間停止します。",
      },
      delete: {
        en: "The VM is destroyed; its boot disk is deleted with it by default (auto_delete), so files written on it are gone.",
        ja: "VM が削除されます。ブートディスクも既定で一緒に削除されるため（auto_delete）、そこに書いたファイルは失われます。",
      },
      replace: {
        en: "A brand-new VM from the image: local data on the boot disk is lost, an ephemeral public IP changes, and the app is down until it boots and starts again. Changes to the boot disk image, zone or metadata_startup_script cause this.",
        ja: "イメージからまったく新しい VM が作られます。ブートディスク上のデータは失われ、エフェメラルなパブリック IP は変わり、起動し直すまでアプリは停止します。ブートディスクのイメージ、ゾーン、metadata_startup_script の変更で起こります。",
      },
    },
    docs: "https://cloud.google.com/compute/docs/instances",
    stateful: true,
    related: {
      en: "Sits in a google_compute_subnetwork, is reached through google_compute_firewall rules, and can keep data on a separate google_compute_disk that survives replacement.",
      ja: "google_compute_subnetwork の中に置かれ、google_compute_firewall ルールを通して到達します。置き換えでも残したいデータは別の google_compute_disk に置けます。",
    },
  },
  {
    types: ["google_compute_disk"],
    title: { en: "Persistent disk", ja: "永続ディスク（Persistent Disk）" },
    service: "Compute Engine",
    what: {
      en: "A network block storage volume (balanced, SSD or standard) that a VM mounts; it keeps its data independently of the VM's lifetime.",
      ja: "VM がマウントするネットワーク型のブロックストレージ（balanced、SSD、standard）で、VM のライフサイクルとは独立してデータを保持します。",
    },
    analogy: {
      en: "An external hard drive you can unplug from one machine and plug into another, files included.",
      ja: "あるマシンから抜いて別のマシンに挿せる外付けハードディスクのようなものです。ファイルもそのまま付いてきます。",
    },
    effects: {
      create: {
        en: "An empty disk (or one restored from an image or snapshot) is created and billed by size.",
        ja: "空のディスク（またはイメージやスナップショットから復元したディスク）が作られ、容量に応じて課金されます。",
      },
      update: {
        en: "Growing size happens online (the filesystem still has to be resized inside the VM); labels change freely.",
        ja: "容量の拡張はオンラインで行われます（VM 内でファイルシステムの拡張は別途必要です）。ラベルは自由に変更できます。",
      },
      delete: {
        en: "All data on the disk is permanently lost unless you have a snapshot.",
        ja: "スナップショットがない限り、ディスク上のデータは完全に失われます。",
      },
      replace: {
        en: "Shrinking, changing type or image creates a new disk: the old data is deleted. Take a snapshot first.",
        ja: "縮小、タイプやイメージの変更では新しいディスクが作られ、古いデータは削除されます。先にスナップショットを取りましょう。",
      },
    },
    docs: "https://cloud.google.com/compute/docs/disks",
    stateful: true,
    related: {
      en: "Attached to a google_compute_instance; backed up with google_compute_snapshot or a snapshot schedule.",
      ja: "google_compute_instance にアタッチされ、google_compute_snapshot やスナップショットスケジュールでバックアップします。",
    },
  },
  {
    types: ["google_compute_snapshot"],
    title: { en: "Disk snapshot", ja: "ディスクのスナップショット" },
    service: "Compute Engine",
    what: {
      en: "A point-in-time backup of a persistent disk, from which new disks can be restored.",
      ja: "永続ディスクのある時点のバックアップで、ここから新しいディスクを復元できます。",
    },
    analogy: {
      en: "A database dump taken before a risky migration: it is the thing you restore from when something goes wrong.",
      ja: "危ないマイグレーションの前に取る DB ダンプのようなものです。何かあったときに戻すための元になります。",
    },
    effects: {
      create: {
        en: "A snapshot of the disk is taken (incremental, billed by stored size).",
        ja: "ディスクのスナップショットが取られます（増分保存で、保存容量に応じて課金されます）。",
      },
      update: {
        en: "Labels only; the captured data never changes.",
        ja: "ラベルの変更のみで、取得済みのデータは変わりません。",
      },
      delete: {
        en: "This restore point is gone for good; other snapshots of the same disk stay usable.",
        ja: "この復元ポイントは完全に失われます。同じディスクの他のスナップショットは引き続き使えます。",
      },
      replace: {
        en: "The old restore point is deleted and a new one is taken from the disk as it is now, not as it was.",
        ja: "古い復元ポイントは削除され、当時ではなく現在のディスクの状態から新しいスナップショットが取られます。",
      },
    },
    docs: "https://cloud.google.com/compute/docs/disks/snapshots",
    stateful: true,
  },
];
