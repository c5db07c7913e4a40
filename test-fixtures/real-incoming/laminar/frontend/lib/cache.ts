import { Redis } from "ioredis";

// Singleton Redis client
const getRedisSingleton = (() => {
  let client: Redis | null = null;

  return () => {
    if (!client) {
      client = new Redis(process.env.REDIS_URL!, {
        maxRetriesPerRequest: 3,
        retryStrategy(times) {
          const delay = Math.min(times * 50, 2000);
          return delay;
        },
      });
    }
    return client;
  };
})();

interface CacheEntry<T> {
  value: T;
  expiresAt: number | null;
}

interface RedisSetOptions {
  expireAfterSeconds?: number;
  expireAt?: Date;
}

export class CacheManager {
  private redisClient: Redis | null = null;
  private memoryCache: Map<string, CacheEntry<any>> = new Map();
  private readonly useRedis: boolean;

  constructor() {
    this.useRedis = !!process.env.REDIS_URL;
    // Initialize Redis client immediately if we're using Redis
    if (this.useRedis) {
      this.redisClient = getRedisSingleton();
      this.redisClient.on("error", (err) => console.error("Redis Client Error", err));
    }
  }

  private async getRedisClient(): Promise<Redis> {
    if (!this.redisClient) {
      this.redisClient = getRedisSingleton();
    }
    if (["reconnecting", "wait"].includes(this.redisClient.status)) {
      await this.redisClient.connect();
    }
    return this.redisClient;
  }

  async get<T>(key: string): Promise<T | null> {
    if (this.useRedis) {
      const client = await this.getRedisClient();
      const value = await client.get(key);
      try {
        return value ? JSON.parse(value) : null;
      } catch (e) {
        console.error("Error parsing value from cache", e);
        throw e;
      }
    } else {
      const entry = this.memoryCache.get(key);
      if (!entry) {
        return null;
      }
      if (entry.expiresAt && entry.expiresAt < Date.now()) {
        this.memoryCache.delete(key);
        return null;
      }
      return entry.value;
    }
  }

  async set<T>(key: string, value: T, options: RedisSetOptions = {}): Promise<void> {
    if (this.useRedis) {
      const client = await this.getRedisClient();
      const args: any[] = [];
      if (options.expireAfterSeconds) {
        args.push("EX", options.expireAfterSeconds);
      }
      if (options.expireAt) {
        args.push("PXAT", options.expireAt.getTime());
      }
      try {
        await client.set(key, JSON.stringify(value), ...args);
      } catch (e) {
        console.error("Error setting entry in cache", e);
        throw e;
      }
    } else {
      let expiresAt: number | null = null;
      if (options.expireAfterSeconds) {
        expiresAt = Date.now() + options.expireAfterSeconds * 1000;
      } else if (options.expireAt) {
        expiresAt = options.expireAt.getTime();
      }
      this.memoryCache.set(key, { value, expiresAt });
    }
  }

  async remove(key: string): Promise<void> {
    if (this.useRedis) {
      const client = await this.getRedisClient();
      try {
        await client.del(key);
      } catch (e) {
        console.error("Error deleting entry from cache", e);
        throw e;
      }
    } else {
      this.memoryCache.delete(key);
    }
  }

  // Atomically reads a JSON entry and deletes it only when its `field` equals
  // `value`. Returns the parsed value on a match (entry consumed), or null when
  // the key is missing/expired OR the field does not match. A non-matching
  // caller never consumes the entry, so a single-use token survives for its
  // rightful owner while concurrent matching callers cannot both read it.
  async getAndRemoveIfMatch<T>(key: string, field: string, value: string): Promise<T | null> {
    if (this.useRedis) {
      const client = await this.getRedisClient();
      // Lua runs server-side, so the GET + conditional DEL is one atomic step.
      const script = `
        local v = redis.call('GET', KEYS[1])
        if not v then return nil end
        local ok, payload = pcall(cjson.decode, v)
        if ok and payload[ARGV[1]] == ARGV[2] then
          redis.call('DEL', KEYS[1])
          return v
        end
        return nil
      `;
      try {
        const raw = (await client.eval(script, 1, key, field, value)) as string | null;
        return raw ? (JSON.parse(raw) as T) : null;
      } catch (e) {
        console.error("Error in getAndRemoveIfMatch", e);
        throw e;
      }
    } else {
      // Single-process memory cache: get/check/delete is already atomic.
      const entry = this.memoryCache.get(key);
      if (!entry) {
        return null;
      }
      if (entry.expiresAt && entry.expiresAt < Date.now()) {
        this.memoryCache.delete(key);
        return null;
      }
      if (entry.value && entry.value[field] === value) {
        this.memoryCache.delete(key);
        return entry.value;
      }
      return null;
    }
  }

  async expire(key: string, seconds: number): Promise<boolean> {
    if (this.useRedis) {
      const client = await this.getRedisClient();
      try {
        const result = await client.expire(key, seconds);
        return result === 1;
      } catch (e) {
        console.error("Error setting expiry in cache", e);
        return false;
      }
    } else {
      const entry = this.memoryCache.get(key);
      if (!entry) return false;
      entry.expiresAt = Date.now() + seconds * 1000;
      return true;
    }
  }

  async zrange(key: string, start: number, stop: number): Promise<string[]> {
    if (this.useRedis) {
      const client = await this.getRedisClient();
      try {
        return await client.zrange(key, start, stop);
      } catch (e) {
        console.error("Error getting zrange from cache", e);
        return [];
      }
    } else {
      return [];
    }
  }

  async zrangebylex(key: string, min: string, max: string, limit: number): Promise<string[]> {
    if (this.useRedis) {
      const client = await this.getRedisClient();
      try {
        return await client.zrangebylex(key, min, max, "LIMIT", 0, limit);
      } catch (e) {
        console.error("Error getting zrangebylex from cache", e);
        return [];
      }
    } else {
      return [];
    }
  }

  async exists(key: string): Promise<boolean> {
    if (this.useRedis) {
      const client = await this.getRedisClient();
      try {
        const result = await client.exists(key);
        return result === 1;
      } catch (e) {
        console.error("Error checking if key exists in cache", e);
        return false;
      }
    } else {
      const entry = this.memoryCache.get(key);
      if (!entry) {
        return false;
      }
      if (entry.expiresAt && entry.expiresAt < Date.now()) {
        this.memoryCache.delete(key);
        return false;
      }
      return true;
    }
  }
}

export const cache = new CacheManager();

export const PROJECT_API_KEY_CACHE_KEY = "project_api_key";
// Must stay in sync with `PROJECT_CACHE_KEY` in `app-server/src/cache/keys.rs`
// — the frontend invalidates entries the Rust app-server fills, so a drift
// would orphan Postgres writes from cache reads. The cached struct dropped its
// old `signalStepsLimit` keys for the LAM-1757 cost fields without a serde
// default, so any stale pre-rename entry fails to deserialize on the Rust side
// and is repopulated from a fresh DB query — no key bump needed.
export const PROJECT_CACHE_KEY = "project";
export const WORKSPACE_BYTES_USAGE_CACHE_KEY = "workspace_bytes_usage";
// Signal usage is cached as raw accumulated token counts (input, cache-read,
// and output kept in separate keys because each is priced at a different
// per-token rate); cost in micro-USD is derived at read time so a rate change
// re-prices the hot cache too. These keys are brand new (the old step-count key
// was `workspace_signal_runs_usage`), so no version suffix is needed.
// Must stay in sync with the Rust constants in `app-server/src/cache/keys.rs`.
export const WORKSPACE_SIGNAL_INPUT_TOKENS_USAGE_CACHE_KEY = "workspace_signal_runs_usage_input_tokens";
export const WORKSPACE_SIGNAL_CACHE_READ_TOKENS_USAGE_CACHE_KEY = "workspace_signal_runs_usage_cache_read_tokens";
export const WORKSPACE_SIGNAL_OUTPUT_TOKENS_USAGE_CACHE_KEY = "workspace_signal_runs_usage_output_tokens";
export const TRACE_CHATS_CACHE_KEY = "trace_chats";
export const TRACE_SUMMARIES_CACHE_KEY = "trace_summaries";
export const SIGNAL_TRIGGERS_CACHE_KEY = "signal_triggers";
export const ALERT_FILTERS_CACHE_KEY = "alert_filters";
export const SUMMARY_TRIGGER_SPANS_CACHE_KEY = "summary_trigger_spans";
export const WORKSPACE_DEPLOYMENTS_CACHE_KEY = "workspace_deployment_config";
export const WORKSPACE_DEPLOYMENTS_BY_WORKSPACE_CACHE_KEY = "workspace_deployment_config_by_ws";
export const WORKSPACE_USAGE_WARNINGS_CACHE_KEY = "workspace_usage_warnings";

export const WORKSPACE_MEMBER_CACHE_KEY = (workspaceId: string, userId: string) =>
  `workspace_member:${workspaceId}:${userId}`;

export const PROJECT_MEMBER_CACHE_KEY = (projectId: string, userId: string) => `project_member:${projectId}:${userId}`;

export const AUTOCOMPLETE_CACHE_KEY = (resource: string, projectId: string, field: string): string =>
  `autocomplete:${resource}:${projectId}:${field}`;

export const SPAN_RENDERING_KEY_CACHE_KEY = (projectId: string, schemaFingerprint: string): string =>
  `span_rendering_key:${projectId}:${schemaFingerprint}`;
