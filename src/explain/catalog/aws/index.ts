import type { CatalogEntry } from "../../types.js";
import { accountEntries } from "./account.js";
import { apiGatewayEntries } from "./apigateway.js";
import { computeEntries } from "./compute.js";
import { databaseEntries } from "./databases.js";
import { devtoolsEntries } from "./devtools.js";
import { ecrEntries } from "./ecr.js";
import { ecsEntries } from "./ecs.js";
import { edgeEntries } from "./edge.js";
import { eksEntries } from "./eks.js";
import { elbEntries } from "./elb.js";
import { hybridNetworkEntries } from "./hybrid-network.js";
import { iamIdentityEntries } from "./iam-identities.js";
import { iamPolicyEntries } from "./iam-policies.js";
import { lambdaEntries } from "./lambda.js";
import { messagingEntries } from "./messaging.js";
import { networkAclEntries } from "./network-acl.js";
import { observabilityEntries } from "./observability.js";
import { platformEntries } from "./platforms.js";
import { rdsEntries } from "./rds.js";
import { route53Entries } from "./route53.js";
import { routingEntries } from "./routing.js";
import { s3Entries } from "./s3.js";
import { sagemakerEntries } from "./sagemaker.js";
import { securityEntries } from "./security.js";
import { securityGroupEntries } from "./security-groups.js";
import { vpcEntries } from "./vpc.js";

/**
 * Every AWS catalog entry. The team's study topics come first (IAM; Route 53, load balancing,
 * security groups and the VPC; ECS and ECR), then the other services by family.
 */
export const awsEntries: CatalogEntry[] = [
  ...iamIdentityEntries,
  ...iamPolicyEntries,
  ...route53Entries,
  ...elbEntries,
  ...securityGroupEntries,
  ...vpcEntries,
  ...routingEntries,
  ...networkAclEntries,
  ...hybridNetworkEntries,
  ...ecsEntries,
  ...ecrEntries,
  ...s3Entries,
  ...rdsEntries,
  ...databaseEntries,
  ...observabilityEntries,
  ...messagingEntries,
  ...lambdaEntries,
  ...securityEntries,
  ...computeEntries,
  ...eksEntries,
  ...apiGatewayEntries,
  ...edgeEntries,
  ...devtoolsEntries,
  ...sagemakerEntries,
  ...platformEntries,
  ...accountEntries,
];
