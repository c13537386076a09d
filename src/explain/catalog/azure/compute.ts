import type { CatalogEntry } from "../../types.js";

export const azureComputeEntries: CatalogEntry[] = [
  {
    types: ["azurerm_virtual_machine", "azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"],
    title: { en: "Azure virtual machine", ja: "Azure 仮想マシン" },
    service: "Azure Virtual Machines",
    what: {
      en: "A virtual machine with a size (CPU/RAM), an OS disk, optional data disks and network interfaces. azurerm_virtual_machine is the legacy resource; the Linux and Windows variants replace it.",
      ja: "サイズ（CPU/メモリ）、OS ディスク、任意のデータディスク、ネットワークインターフェースを持つ仮想マシンです。azurerm_virtual_machine は旧リソースで、Linux 用と Windows 用のリソースが後継です。",
    },
    analogy: {
      en: "A server you SSH or RDP into and run your app on, rented by the minute.",
      ja: "SSH や RDP で入ってアプリを動かすサーバーを、分単位で借りるようなものです。",
    },
    effects: {
      create: {
        en: "The VM is provisioned and boots (custom_data / cloud-init runs once); billing starts.",
        ja: "VM が用意されて起動し（custom_data や cloud-init が1回実行されます）、課金が始まります。",
      },
      update: {
        en: "Resizing restarts the VM (a short outage); tags change live.",
        ja: "サイズ変更では VM が再起動し、短時間停止します。タグは稼働中に変わります。",
      },
      delete: {
        en: "The VM is removed. The Linux/Windows resources delete the OS disk with it; the legacy azurerm_virtual_machine keeps disks unless delete_os_disk_on_termination / delete_data_disks_on_termination are set.",
        ja: "VM が削除されます。Linux/Windows 用リソースでは OS ディスクも一緒に削除され、旧 azurerm_virtual_machine は delete_os_disk_on_termination や delete_data_disks_on_termination を設定しない限りディスクを残します。",
      },
      replace: {
        en: "A new VM from the image: data on the OS disk is lost, the app is down until it boots, and a dynamic IP may change. Image, custom_data, admin credentials and availability set changes cause this.",
        ja: "イメージから新しい VM が作られます。OS ディスクのデータは失われ、起動するまでアプリは停止し、動的 IP は変わることがあります。イメージ、custom_data、管理者の認証情報、可用性セットの変更で起こります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-machines/overview",
    stateful: true,
    related: {
      en: "Connected through azurerm_network_interface in an azurerm_subnet; can be spread over fault domains with azurerm_availability_set.",
      ja: "azurerm_subnet 内の azurerm_network_interface でネットワークにつながり、azurerm_availability_set で障害ドメインに分散できます。",
    },
  },
  {
    types: ["azurerm_availability_set"],
    title: { en: "Availability set", ja: "可用性セット" },
    service: "Azure Virtual Machines",
    what: {
      en: "Spreads the VMs placed in it over separate fault domains (racks) and update domains (maintenance batches) so they do not all go down together.",
      ja: "中に置いた VM を別々の障害ドメイン（ラック）と更新ドメイン（メンテナンスの単位）に分散させ、同時に落ちないようにします。",
    },
    analogy: {
      en: "Running your app replicas on different hosts so one broken machine does not take all of them down.",
      ja: "アプリのレプリカを別々のホストで動かし、1台の故障で全部が落ちないようにするようなものです。",
    },
    effects: {
      create: {
        en: "An empty set is created; it is free, only the VMs in it cost money.",
        ja: "空のセットが作られます。無料で、費用がかかるのは中の VM だけです。",
      },
      update: {
        en: "Tags only; the domain counts cannot change in place.",
        ja: "タグの変更のみで、ドメイン数はその場で変えられません。",
      },
      delete: {
        en: "Only possible once no VM uses it.",
        ja: "どの VM も使っていない場合のみ削除できます。",
      },
      replace: {
        en: "VMs can only join a set when they are created, so every VM in it has to be recreated.",
        ja: "VM は作成時にしかセットに入れないため、中の VM はすべて作り直しになります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-machines/availability-set-overview",
  },
  {
    types: ["azurerm_kubernetes_cluster"],
    title: { en: "AKS cluster", ja: "AKS クラスタ" },
    service: "Azure Kubernetes Service",
    what: {
      en: "A managed Kubernetes cluster: Azure runs the control plane, and the default node pool (plus any extra pools) runs your Pods.",
      ja: "マネージドな Kubernetes クラスタです。コントロールプレーンは Azure が動かし、既定のノードプール（と追加のプール）で Pod を動かします。",
    },
    analogy: {
      en: "A self-hosted Heroku for containers: the cluster is the platform, node pools are the machines.",
      ja: "コンテナ向けの自前の Heroku のようなものです。クラスタがプラットフォーム、ノードプールがマシンです。",
    },
    effects: {
      create: {
        en: "A new cluster comes up in several minutes; it also creates a separate node resource group (MC_...) for its VMs and disks.",
        ja: "数分で新しいクラスタが起動します。VM やディスク用に別のノードリソースグループ（MC_...）も作られます。",
      },
      update: {
        en: "Kubernetes upgrades and node pool changes roll node by node (Pods restart); some default_node_pool changes rotate the pool through temporary_name_for_rotation.",
        ja: "Kubernetes のアップグレードやノードプールの変更はノード単位で順に適用され、Pod が再起動します。default_node_pool の一部の変更は temporary_name_for_rotation を使ってプールを入れ替えます。",
      },
      delete: {
        en: "The cluster, its node resource group and every workload, Secret and dynamically created disk in it are deleted.",
        ja: "クラスタとノードリソースグループ、中のすべてのワークロード、Secret、動的に作られたディスクが削除されます。",
      },
      replace: {
        en: "Network plugin, DNS prefix, identity and similar changes force a brand-new cluster: every app goes down and must be redeployed to new endpoints.",
        ja: "ネットワークプラグイン、DNS プレフィックス、ID などの変更ではまったく新しいクラスタになり、すべてのアプリが停止し、新しいエンドポイントへの再デプロイが必要です。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/aks/what-is-aks",
    stateful: true,
  },
  {
    types: ["azurerm_service_plan", "azurerm_app_service_plan"],
    title: { en: "App Service plan", ja: "App Service プラン" },
    service: "Azure App Service",
    what: {
      en: "The machines (size, count, OS) that App Service web apps and function apps run on; you pay for the plan, not per app.",
      ja: "App Service の Web アプリや関数アプリが動くマシン（サイズ、台数、OS）です。料金はアプリ単位ではなくプランに対してかかります。",
    },
    analogy: {
      en: "The dyno size and count of a Heroku app, shared by several apps.",
      ja: "Heroku の dyno のサイズと台数を、複数のアプリで共有するようなものです。",
    },
    effects: {
      create: {
        en: "Capacity is reserved and billed even with no app on it.",
        ja: "アプリがなくても容量が確保され、課金されます。",
      },
      update: {
        en: "Scaling up or out moves or adds instances; apps may restart briefly.",
        ja: "スケールアップやスケールアウトでインスタンスが移動・追加され、アプリが一時的に再起動することがあります。",
      },
      delete: {
        en: "Refused while apps still use it.",
        ja: "アプリが使っている間は削除できません。",
      },
      replace: {
        en: "Changing the OS or region needs a new plan, and every app on it must move: downtime for those apps.",
        ja: "OS やリージョンを変えるには新しいプランが必要で、上のアプリをすべて移す必要があり、ダウンタイムが発生します。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/app-service/overview-hosting-plans",
  },
  {
    types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"],
    title: { en: "App Service web app", ja: "App Service の Web アプリ" },
    service: "Azure App Service",
    what: {
      en: "A managed web app (code or container) with its own *.azurewebsites.net hostname, app settings, TLS and deployment slots, running on an App Service plan.",
      ja: "コードやコンテナを動かすマネージドな Web アプリで、*.azurewebsites.net のホスト名、アプリ設定、TLS、デプロイスロットを持ち、App Service プラン上で動きます。",
    },
    analogy: {
      en: "A Heroku or Vercel app: push code or an image, get a URL.",
      ja: "Heroku や Vercel のアプリのようなものです。コードやイメージを渡すと URL がもらえます。",
    },
    effects: {
      create: {
        en: "The app and its hostname are created; it serves a placeholder until code is deployed.",
        ja: "アプリとホスト名が作られ、コードをデプロイするまでは既定のページを返します。",
      },
      update: {
        en: "Changing app settings or the runtime restarts the app: in-flight requests can fail and cold starts follow.",
        ja: "アプリ設定やランタイムを変えるとアプリが再起動し、処理中のリクエストが失敗したりコールドスタートが起きたりします。",
      },
      delete: {
        en: "The site and its hostname disappear; custom domains pointing at it stop working.",
        ja: "サイトとホスト名が消え、それを指すカスタムドメインも動かなくなります。",
      },
      replace: {
        en: "A new app is created: code must be redeployed and custom domains and certificates bound again.",
        ja: "新しいアプリになります。コードの再デプロイと、カスタムドメインや証明書の再設定が必要です。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/app-service/overview",
  },
  {
    types: ["azurerm_container_registry"],
    title: { en: "Azure Container Registry", ja: "Azure Container Registry（コンテナレジストリ）" },
    service: "Azure Container Registry",
    what: {
      en: "A private registry for container images and Helm charts that AKS, App Service and CI pull from and push to.",
      ja: "AKS、App Service、CI が pull/push するコンテナイメージや Helm チャート用のプライベートレジストリです。",
    },
    analogy: {
      en: "A private Docker Hub or npm registry for your company's images.",
      ja: "社内イメージ用のプライベートな Docker Hub や npm レジストリのようなものです。",
    },
    effects: {
      create: {
        en: "An empty registry with a global name (<name>.azurecr.io) is created.",
        ja: "グローバルに一意な名前（<name>.azurecr.io）の空のレジストリが作られます。",
      },
      update: {
        en: "SKU, admin user or network rules change; turning off public access blocks pulls from outside allowed networks.",
        ja: "SKU、管理者ユーザー、ネットワークルールが変わります。パブリックアクセスを切ると、許可されたネットワーク以外からの pull が遮断されます。",
      },
      delete: {
        en: "Every image in it is gone: deployments and autoscaling that pull them fail.",
        ja: "中のイメージがすべて失われ、それを pull するデプロイやオートスケールが失敗します。",
      },
      replace: {
        en: "A new, empty registry: images must be pushed again before anything can deploy.",
        ja: "新しい空のレジストリになり、何かをデプロイする前にイメージを再度 push する必要があります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-intro",
    stateful: true,
  },
];
