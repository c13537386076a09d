import { explainChange } from "../../../src/explain/index.js";
import type { Text } from "../../../src/explain/types.js";
import { change, sensitive, unknown } from "../builders.js";

function sentences(c: Parameters<typeof change>[0]): Text[] {
  return explainChange(change(c)).sentences;
}

const definitions = (containers: object[]) => JSON.stringify(containers);
const web = { name: "web", image: "123.dkr.ecr.ap-northeast-1.amazonaws.com/web:v41", cpu: 256, memory: 512, essential: true, environment: [{ name: "DB_PASSWORD", value: "hunter2" }], portMappings: [{ containerPort: 80 }] };

describe("ECS sentences", () => {
  it("tells a new image of a container by name", () => {
    const texts = sentences({
      type: "aws_ecs_task_definition",
      action: "replace",
      before: { family: "web", container_definitions: definitions([web]) },
      after: { family: "web", container_definitions: definitions([{ ...web, image: "123.dkr.ecr.ap-northeast-1.amazonaws.com/web:v42" }]) },
      forces: ["container_definitions"],
    });
    expect(texts).toEqual([
      {
        en: "changes the container image of `web` to `123.dkr.ecr.ap-northeast-1.amazonaws.com/web:v42`",
        ja: "コンテナ `web` のイメージを `123.dkr.ecr.ap-northeast-1.amazonaws.com/web:v42` に変更します",
      },
    ]);
  });

  it("tells CPU, memory, ports and environment changes by name, never showing environment values", () => {
    const after = { ...web, cpu: 512, memory: 1024, environment: [{ name: "DB_PASSWORD", value: "correct-horse" }, { name: "LOG_LEVEL", value: "debug" }], portMappings: [{ containerPort: 8080 }] };
    const texts = sentences({
      type: "aws_ecs_task_definition",
      action: "replace",
      before: { container_definitions: definitions([web]), cpu: "256", memory: "512" },
      after: { container_definitions: definitions([after]), cpu: "512", memory: "1024" },
    });
    expect(texts.map((t) => t.en)).toEqual([
      "changes CPU of container `web` 256 → 512 units",
      "changes memory of container `web` 512 → 1024 MiB",
      "changes the ports of container `web` from 80 to 8080",
      "raises task CPU 256 → 512 units",
      "raises task memory 512 → 1024 MiB",
      "changes environment variables of container `web`: adds `LOG_LEVEL`; changes `DB_PASSWORD`",
    ]);
    expect(texts[5]?.ja).toBe("コンテナ `web` の環境変数を変更します（追加: `LOG_LEVEL`、変更: `DB_PASSWORD`）");
    const all = JSON.stringify(texts);
    expect(all).not.toContain("hunter2");
    expect(all).not.toContain("correct-horse");
  });

  it("lists the containers of a new task definition", () => {
    const texts = sentences({ type: "aws_ecs_task_definition", after: { family: "web", container_definitions: definitions([web, { name: "log-router", image: "fluent-bit:2" }]) } });
    expect(texts.slice(0, 2)).toEqual([
      { en: "runs container `web` from image `123.dkr.ecr.ap-northeast-1.amazonaws.com/web:v41`", ja: "コンテナ `web` をイメージ `123.dkr.ecr.ap-northeast-1.amazonaws.com/web:v41` で動かします" },
      { en: "runs container `log-router` from image `fluent-bit:2`", ja: "コンテナ `log-router` をイメージ `fluent-bit:2` で動かします" },
    ]);
  });

  it("never prints container definitions it cannot read, and says when they are unknown", () => {
    const broken = sentences({ type: "aws_ecs_task_definition", action: "replace", before: { container_definitions: definitions([web]) }, after: { container_definitions: '[{"name": "web", "environment": [{"name":"TOKEN","value":"s3cr3t"' } });
    expect(broken).toEqual([{ en: "changes the container definitions", ja: "コンテナ定義を変更します" }]);
    expect(sentences({ type: "aws_ecs_task_definition", action: "replace", before: { container_definitions: definitions([web]) }, after: { container_definitions: unknown } })[0]?.en)
      .toBe("the container definitions will be known after apply");
    expect(sentences({ type: "aws_ecs_task_definition", action: "replace", before: { container_definitions: sensitive }, after: { container_definitions: sensitive }, diffs: [{ path: ["container_definitions"], pathText: "container_definitions", before: sensitive, after: sensitive, forcesReplacement: true }] })[0]?.en)
      .toBe("changes the container definitions");
  });

  it("tells a service's desired count, deployment and launch type", () => {
    const before = { desired_count: 2, task_definition: "arn:aws:ecs:ap-northeast-1:123456789012:task-definition/web:41", launch_type: "EC2" };
    const texts = sentences({ type: "aws_ecs_service", before, after: { desired_count: 4, task_definition: "arn:aws:ecs:ap-northeast-1:123456789012:task-definition/web:42", launch_type: "FARGATE" } });
    expect(texts).toEqual([
      { en: "deploys task definition revision 42 of `web`", ja: "タスク定義 `web` のリビジョン 42 をデプロイします" },
      { en: "raises desired_count 2 → 4", ja: "desired_count を 2 から 4 に増やします" },
      { en: "changes the launch type from `EC2` to `FARGATE`", ja: "起動タイプを `EC2` から `FARGATE` に変更します" },
    ]);
    expect(sentences({ type: "aws_ecs_service", before, after: { ...before, desired_count: 1 } })[0]).toEqual({ en: "lowers desired_count 2 → 1", ja: "desired_count を 2 から 1 に減らします" });
    expect(sentences({ type: "aws_ecs_service", before, after: { ...before, task_definition: unknown } })[0]?.en).toBe("deploys a new task definition revision (known after apply)");
    expect(sentences({ type: "aws_ecs_service", after: { desired_count: 3, task_definition: "web" } }).map((t) => t.en)).toEqual([
      "deploys the latest revision of task definition `web`",
      "runs 3 copies of the task (desired_count 3)",
    ]);
  });

  it("tells network changes of a service: public IPs, security groups, subnets", () => {
    const before = { network_configuration: [{ subnets: ["subnet-a"], security_groups: ["sg-1"], assign_public_ip: false }] };
    const after = { network_configuration: [{ subnets: ["subnet-b"], security_groups: ["sg-1", "sg-2"], assign_public_ip: true }] };
    expect(sentences({ type: "aws_ecs_service", before, after }).map((t) => t.en)).toEqual([
      "gives each task a public IP address",
      "changes the security groups of the tasks: adds `sg-2`",
      "moves the tasks to different subnets",
    ]);
  });
});
