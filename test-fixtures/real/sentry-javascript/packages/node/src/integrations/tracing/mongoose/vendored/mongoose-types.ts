/*
 * Simplified type definitions vendored from mongoose.
 * Only includes the types actually accessed by the instrumentation.
 */

export interface Collection {
  name: string;
  conn: Connection;
  [key: string]: any;
}

export interface Connection {
  name: string;
  host: string;
  port: number;
  user?: string;
  [key: string]: any;
}

export declare const Model: {
  prototype: any;
  collection: Collection;
  modelName: string;
  aggregate: Function;
  insertMany: Function;
  bulkWrite: Function;
  [key: string]: any;
};

export declare const Query: {
  prototype: any;
  [key: string]: any;
};

export declare const Aggregate: {
  prototype: any;
  [key: string]: any;
};

export interface MongooseError extends Error {
  code?: number;
}
