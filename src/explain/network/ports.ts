import type { Severity } from "../types.js";
import { isEveryPort, type NetworkRule } from "./rules.js";

export type ExposureClass = "admin" | "database" | "every-port" | "other" | "web";

/** Ports attackers scan for first: remote administration. */
const ADMIN_PORTS: ReadonlyMap<number, string> = new Map([
  [21, "FTP"], [22, "SSH"], [23, "Telnet"], [135, "Windows RPC"], [445, "SMB"], [2375, "Docker API"], [2376, "Docker API"],
  [3389, "RDP"], [5900, "VNC"], [5985, "WinRM"], [5986, "WinRM"], [6443, "Kubernetes API"], [10250, "kubelet"],
]);

/** Data stores that should never face the internet. */
const DATABASE_PORTS: ReadonlyMap<number, string> = new Map([
  [1433, "SQL Server"], [1521, "Oracle"], [2379, "etcd"], [3306, "MySQL"], [5432, "PostgreSQL"], [5439, "Redshift"],
  [5672, "RabbitMQ"], [5984, "CouchDB"], [6379, "Redis"], [8086, "InfluxDB"], [9042, "Cassandra"], [9092, "Kafka"],
  [9200, "Elasticsearch"], [9300, "Elasticsearch"], [11211, "Memcached"], [27017, "MongoDB"],
]);

const WEB_PORTS: ReadonlySet<number> = new Set([80, 443]);

export interface Exposure {
  cls: ExposureClass;
  /** Services recognised in the exposed ports, e.g. ["SSH"]. */
  services: string[];
}

/** How bad it is to open these ports to everyone. */
export function classifyExposure(rule: Pick<NetworkRule, "protocol" | "ports">): Exposure {
  const { protocol, ports } = rule;
  if (protocol !== "tcp" && protocol !== "udp" && protocol !== "all") return { cls: "other", services: [] };
  if (ports === "all" || ports === "unknown" || isEveryPort(ports)) return { cls: "every-port", services: [] };
  const admin = namedIn(ports, ADMIN_PORTS);
  if (admin.length > 0) return { cls: "admin", services: admin };
  const database = namedIn(ports, DATABASE_PORTS);
  if (database.length > 0) return { cls: "database", services: database };
  const webOnly = ports.every((s) => s.from === s.to && WEB_PORTS.has(s.from));
  return { cls: webOnly ? "web" : "other", services: [] };
}

function namedIn(spans: { from: number; to: number }[], known: ReadonlyMap<number, string>): string[] {
  const names: string[] = [];
  known.forEach((name, port) => {
    if (!names.includes(name) && spans.some((s) => s.from <= port && port <= s.to)) names.push(name);
  });
  return names;
}

const SEVERITY: Readonly<Record<ExposureClass, Severity>> = { admin: "high", database: "high", "every-port": "high", other: "medium", web: "low" };
const RANK: Readonly<Record<ExposureClass, number>> = { admin: 4, database: 3, "every-port": 5, other: 2, web: 1 };

export function exposureSeverity(cls: ExposureClass): Severity {
  return SEVERITY[cls];
}

export function worseExposure(a: ExposureClass, b: ExposureClass): ExposureClass {
  return RANK[a] >= RANK[b] ? a : b;
}
