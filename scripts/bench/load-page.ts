import autocannon from "autocannon";
import { percentile } from "./report";

export interface PageLoad {
  requestsPerSecond: number;
  /** Answers received in the run. */
  requests: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers other than 2xx, and connection errors and timeouts. */
  failures: number;
}

/** Load on one URL for a bounded time (autocannon), with the latency of every answer kept. */
export async function loadPage(
  url: string,
  options: { seconds: number; connections: number; cookie?: string },
): Promise<PageLoad> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        headers: options.cookie ? { cookie: options.cookie } : {},
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // autocannon's summary has p90 and p97.5 but no p95: it is computed from every answer.
    instance.on("response", (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
