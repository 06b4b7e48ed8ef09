import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '@igc/service-kit';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const WINDOW_SECONDS = 60;

/**
 * Requests per minute per client: the subject of a valid bearer token, else the caller's IP
 * address. Every answer carries the IETF draft `RateLimit-Policy` and `RateLimit` headers; past the
 * limit the answer is 429 with `Retry-After`. Counters live in this process's memory
 * (rate-limiter-flexible), so each gateway replica counts its own clients.
 */
export function rateLimit(
  perMinute: number,
  identify: (authorization: string | undefined) => Promise<Principal | null>,
): ((req: IncomingMessage, res: ServerResponse) => Promise<boolean>) | undefined {
  if (perMinute <= 0) return undefined;
  const limiter = new RateLimiterMemory({ points: perMinute, duration: WINDOW_SECONDS });
  return async (req, res) => {
    const principal = await identify(req.headers.authorization);
    const key = principal ? `sub:${principal.subject}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`;
    let state: RateLimiterRes;
    let allowed = true;
    try {
      state = await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      state = rejection;
      allowed = false;
    }
    const reset = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    res.setHeader('RateLimit-Policy', `${perMinute};w=${WINDOW_SECONDS}`);
    res.setHeader('RateLimit', `limit=${perMinute}, remaining=${state.remainingPoints}, reset=${reset}`);
    if (allowed) return true;
    res.statusCode = 429;
    res.setHeader('Retry-After', String(reset));
    res.setHeader('content-type', 'application/json; charset=utf-8');
    const message = `Too many requests: at most ${perMinute} a minute per client; retry in ${reset} s.`;
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] }));
    return false;
  };
}
