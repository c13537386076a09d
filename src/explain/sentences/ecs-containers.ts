import { cachedByText, parseJsonSafely } from "../json-cache.js";

/** What a reader needs from one container definition; environment values are never kept. */
export interface ContainerSummary {
  name: string;
  image: string | undefined;
  cpu: number | undefined;
  memory: number | undefined;
  memoryReservation: number | undefined;
  /** Environment variable name → a fingerprint of its value, to tell "changed" without showing it. */
  environment: Map<string, string>;
  secrets: Map<string, string>;
  ports: number[];
  /** The whole definition without env values, to notice any other change. */
  fingerprint: string;
}

/** Parses `container_definitions` once per distinct text; undefined when it is not a JSON list. */
export const parseContainers: (text: string) => ContainerSummary[] | undefined = cachedByText((text) => {
  const json = parseJsonSafely(text);
  if (!Array.isArray(json)) return undefined;
  return json.filter(isRecord).map((c, i) => summarise(c, i));
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function numberOf(v: unknown): number | undefined {
  return typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : undefined;
}

function namedValues(list: unknown, valueKey: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!Array.isArray(list)) return map;
  for (const item of list) {
    if (isRecord(item) && typeof item.name === "string") map.set(item.name, JSON.stringify(item[valueKey] ?? null));
  }
  return map;
}

function summarise(c: Record<string, unknown>, index: number): ContainerSummary {
  const ports = Array.isArray(c.portMappings)
    ? c.portMappings.map((p) => (isRecord(p) ? numberOf(p.containerPort) : undefined)).filter((p): p is number => p !== undefined)
    : [];
  return {
    name: typeof c.name === "string" ? c.name : `#${index + 1}`,
    image: typeof c.image === "string" ? c.image : undefined,
    cpu: numberOf(c.cpu),
    memory: numberOf(c.memory),
    memoryReservation: numberOf(c.memoryReservation),
    environment: namedValues(c.environment, "value"),
    secrets: namedValues(c.secrets, "valueFrom"),
    ports,
    fingerprint: JSON.stringify(c, (key, value: unknown) => (key === "environment" ? undefined : value)),
  };
}
