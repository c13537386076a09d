/** Types for the JS load client, so TypeScript tests can import it. */
export interface LoadResult {
  sent: number;
  distinctDeliveryIds: number;
  perSecond: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}
export declare function sign(body: string, secret: string): string;
export declare function percentile(sorted: number[], p: number): number;
export declare function sendDeliveries(options: {
  url: string;
  rate: number;
  seconds?: number;
  amount?: number;
  connections?: number;
  event?: string;
  bodies: string[];
  secret: string;
}): Promise<LoadResult>;
