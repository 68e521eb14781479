// The small part of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  type Req = { method?: string; path?: string; body?: string; headers?: Record<string, string> };
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };
  type Options = {
    url: string;
    method?: string;
    duration?: number;
    connections?: number;
    headers?: Record<string, string>;
    body?: string;
    requests?: { setupRequest?: (req: Req) => Req; onResponse?: (status: number, body: string, context: unknown) => void }[];
  };
  type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number };
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
