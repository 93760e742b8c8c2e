import autocannon from 'autocannon';

// The dashboard under load: 20 concurrent connections for 20 seconds, on loopback only.

export interface LoadFigures {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

export async function measureLoad(url: string, cookie: string, connections = 20, seconds = 20): Promise<LoadFigures> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error('The load test runs on loopback only');
  const result = await autocannon({ url, connections, duration: seconds, headers: { cookie } });
  return {
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}
