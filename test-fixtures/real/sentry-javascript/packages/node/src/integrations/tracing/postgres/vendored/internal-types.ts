/*
 * Copyright The OpenTelemetry Authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * NOTICE from the Sentry authors:
 * - Vendored from: https://github.com/open-telemetry/opentelemetry-js-contrib/tree/15ef7506553f631ea4181391e0c5725a56f0d082/packages/instrumentation-pg
 * - Upstream version: @opentelemetry/instrumentation-pg@0.70.0
 * - Types from `pg` and `pg-pool` packages inlined as simplified interfaces
 */

import type { PgClient } from './pg-types';
import type { PgPool } from './pg-pool-types';

export type PostgresCallback = (err: Error, res: object) => unknown;

// NB: this type describes the shape of a parsed, normalized form of the
// connection information that's stored inside each pg.Client instance. It's
// _not_ the same as the ConnectionConfig type exported from `@types/pg`. That
// type defines how data must be _passed in_ when creating a new `pg.Client`,
// which doesn't necessarily match the normalized internal form. E.g., a user
// can call `new Client({ connectionString: '...' }), but `connectionString`
// will never show up in the type below, because only the extracted host, port,
// etc. are recorded in this normalized config. The keys listed below are also
// incomplete, which is fine because the type is internal and these keys are the
// only ones our code is reading. See https://github.com/brianc/node-postgres/blob/fde5ec586e49258dfc4a2fcd861fcdecb4794fc3/lib/client.js#L25
export interface PgParsedConnectionParams {
  database?: string;
  host?: string;
  namespace?: string;
  port?: number;
  user?: string;
}

export interface PgClientExtended extends PgClient {
  connectionParameters: PgParsedConnectionParams;
}

export type PgPoolCallback = (err: Error, client: any, done: (release?: any) => void) => void;

export interface PgPoolOptionsParams {
  allowExitOnIdle: boolean;
  connectionString?: string; // connection string if provided directly
  database: string;
  host: string;
  idleTimeoutMillis: number; // the minimum amount of time that an object may sit idle in the pool before it is eligible for eviction due to idle time
  max: number;
  maxClient: number; // maximum size of the pool
  maxLifetimeSeconds: number;
  maxUses: number;
  namespace: string;
  port: number;
  user: string;
}

export interface PgPoolExtended extends PgPool {
  options: PgPoolOptionsParams;
}

export type PgClientConnect = (callback?: Function) => Promise<void> | void;
