/**
 * How each AWS subnet reaches the internet: through the route tables
 * associated with it, their default route (0.0.0.0/0) and the gateway it
 * points to. An internet gateway makes a public subnet; a NAT gateway a
 * private one that can call out but cannot be called.
 */
import { ofTypes, type StudyContext } from "./context.js";
import { blocksOf } from "./expressions.js";
import type { StudyResource } from "./model.js";

export type WayOut = "internet-gateway" | "nat-gateway" | "other" | "none";

export interface SubnetRoute {
  subnet: StudyResource;
  /** The associated route table; undefined when the subnet uses its VPC's main route table. */
  routeTable: StudyResource | undefined;
  /** The VPC whose main route table the subnet uses, when that table gets a default route here. */
  mainOf: StudyResource | undefined;
  gateway: StudyResource | undefined;
  wayOut: WayOut;
}

const GATEWAY_ATTRIBUTES = ["gateway_id", "nat_gateway_id", "transit_gateway_id", "egress_only_gateway_id", "network_interface_id", "vpc_peering_connection_id"];
const DEFAULT_ROUTES = new Set(["0.0.0.0/0", "::/0"]);

export function readSubnetRoutes(context: StudyContext): SubnetRoute[] {
  const defaultGateway = new Map<string, StudyResource>();
  const note = (table: StudyResource | undefined, route: Record<string, unknown>, owner: StudyResource) => {
    if (!table || defaultGateway.has(table.id)) return;
    const destination = context.resolver.literalText(owner.instance, route["destination_cidr_block"] ?? route["cidr_block"] ?? route["destination_ipv6_cidr_block"] ?? route["ipv6_cidr_block"]);
    if (destination === undefined || !DEFAULT_ROUTES.has(destination)) return;
    for (const attribute of GATEWAY_ATTRIBUTES) {
      const [gateway] = context.resolver.targets(owner.instance, route[attribute]).filter((target) => target.mode === "managed");
      if (gateway) {
        defaultGateway.set(table.id, gateway);
        return;
      }
    }
  };
  for (const table of ofTypes(context, /^aws_(default_)?route_table$/)) for (const route of blocksOf(table.body["route"])) note(table, route, table);
  for (const route of ofTypes(context, /^aws_route$/)) {
    // `route_table_id = aws_vpc.main.main_route_table_id` adds to the VPC's main route table.
    const table = tableOf(context, route, route.body["route_table_id"]) ?? vpcOf(context, route, route.body["route_table_id"]);
    note(table, route.body, route);
  }
  const routes: SubnetRoute[] = [];
  const associations = ofTypes(context, /^aws_route_table_association$/);
  for (const subnet of ofTypes(context, /^aws_(default_)?subnet$/)) {
    const tables = associations
      .filter((association) => context.resolver.targets(association.instance, association.body["subnet_id"]).some((target) => target.id === subnet.id))
      .map((association) => tableOf(context, association, association.body["route_table_id"]))
      .filter((table): table is StudyResource => table !== undefined);
    const routeTable = tables.find((table) => defaultGateway.has(table.id)) ?? tables[0];
    const vpc = routeTable ? undefined : vpcOf(context, subnet, subnet.body["vpc_id"]);
    const mainOf = vpc && defaultGateway.has(vpc.id) ? vpc : undefined;
    const gateway = defaultGateway.get((routeTable ?? mainOf)?.id ?? "");
    routes.push({ subnet, routeTable, mainOf, gateway, wayOut: wayOutThrough(gateway) });
  }
  return routes;
}

function tableOf(context: StudyContext, from: StudyResource, value: unknown): StudyResource | undefined {
  return context.resolver.targets(from.instance, value).find((target) => /^aws_(default_)?route_table$/.test(target.type));
}

function vpcOf(context: StudyContext, from: StudyResource, value: unknown): StudyResource | undefined {
  return context.resolver.targets(from.instance, value).find((target) => target.type === "aws_vpc");
}

function wayOutThrough(gateway: StudyResource | undefined): WayOut {
  if (!gateway) return "none";
  if (gateway.type === "aws_internet_gateway") return "internet-gateway";
  if (gateway.type === "aws_nat_gateway") return "nat-gateway";
  return "other";
}
