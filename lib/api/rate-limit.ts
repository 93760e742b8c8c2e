// A fixed-window rate limit per token (or per signed-in user), kept in the server process: enough
// for one Node server; several servers would each allow the limit. Configured by
// API_RATE_LIMIT (requests per window, default 300) and API_RATE_WINDOW_SECONDS (default 60).

interface Window {
  startedAt: number;
  count: number;
}

export interface RateLimitConfig {
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function rateLimitConfigFromEnv(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  return { limit: positive(env.API_RATE_LIMIT, 300), windowMs: positive(env.API_RATE_WINDOW_SECONDS, 60) * 1000 };
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly config: RateLimitConfig) {}

  take(key: string, now = Date.now()): RateDecision {
    const { limit, windowMs } = this.config;
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      if (this.windows.size > 10_000) this.dropExpired(now);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));
    return { allowed: window.count <= limit, limit, remaining: Math.max(0, limit - window.count), resetSeconds };
  }

  private dropExpired(now: number) {
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.config.windowMs) this.windows.delete(key);
  }
}

const globalForLimiter = globalThis as unknown as { dpsApiRateLimiter?: RateLimiter };

/** The process's limiter, built from the environment on first use. */
export const apiRateLimiter = () => (globalForLimiter.dpsApiRateLimiter ??= new RateLimiter(rateLimitConfigFromEnv()));
