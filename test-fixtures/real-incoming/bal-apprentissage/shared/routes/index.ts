import type { ConditionalExcept, EmptyObject, Jsonify } from "type-fest";
import type { z } from "zod/v4-mini";
import type { $ZodType } from "zod/v4/core";

import { zAuthRoutes } from "./auth.routes";
import type { IRouteSchema, IRouteSchemaWrite } from "./common.routes";
import { zCoreRoutes } from "./core.routes";
import { zEmailRoutes } from "./emails.routes";
import { zAdminOrganisationRoutes } from "./organisation.routes";
import { zPersonRoutes } from "./person.routes";
import { zUploadSupportRoutes } from "./upload.support.routes";
import { zUserAdminRoutes, zUserRoutes } from "./user.routes";
import { zBouncerV1Routes } from "./v1/bouncer.routes";
import { zBrevoWebhooks } from "./v1/brevo.routes";
import { zDecaV1Routes } from "./v1/deca.routes";
import { zOrganisationV1Routes } from "./v1/organisation.routes";
import { zProcessorAdminRoutes } from "./admin/processor.admin.routes";
import { zPrivateMailingListRoutes } from "./_private/mailing-list.routes";
import { zUserPrivateRoutes } from "./_private/user.routes";

const zRoutesGet = {
  ...zUserAdminRoutes.get,
  ...zUserRoutes.get,
  ...zAuthRoutes.get,
  ...zCoreRoutes.get,
  ...zEmailRoutes.get,
  ...zPersonRoutes.get,
  ...zAdminOrganisationRoutes.get,
  ...zUploadSupportRoutes.get,
  ...zProcessorAdminRoutes.get,
  ...zPrivateMailingListRoutes.get,
  ...zUserPrivateRoutes.get,
} as const;

const zRoutesPost = {
  ...zUserAdminRoutes.post,
  ...zAuthRoutes.post,
  ...zEmailRoutes.post,
  ...zOrganisationV1Routes.post,
  ...zDecaV1Routes.post,
  ...zUploadSupportRoutes.post,
  ...zBouncerV1Routes.post,
  ...zBrevoWebhooks.post,
  ...zPrivateMailingListRoutes.post,
} as const;

const zRoutesPut = {
  ...zPrivateMailingListRoutes.put,
} as const;

const zRoutesDelete = {
  ...zUploadSupportRoutes.delete,
  ...zUserAdminRoutes.delete,
  ...zPrivateMailingListRoutes.delete,
} as const;

export type IGetRoutes = typeof zRoutesGet;
export type IPostRoutes = typeof zRoutesPost;
export type IPutRoutes = typeof zRoutesPut;
export type IDeleteRoutes = typeof zRoutesDelete;

type IRoutes = {
  get: IGetRoutes;
  post: IPostRoutes;
  put: IPutRoutes;
  delete: IDeleteRoutes;
};

export const zRoutes: IRoutes = {
  get: zRoutesGet,
  post: zRoutesPost,
  put: zRoutesPut,
  delete: zRoutesDelete,
} as const;

export type IResponse<S extends IRouteSchema> = S["response"][`200`] extends $ZodType
  ? Jsonify<z.output<S["response"][`200`]>>
  : S["response"][`2${string}`] extends $ZodType
    ? Jsonify<z.output<S["response"][`2${string}`]>>
    : never;

export type IBody<S extends IRouteSchemaWrite> = S["body"] extends $ZodType ? z.input<S["body"]> : never;

export type IQuery<S extends IRouteSchema> = S["querystring"] extends $ZodType ? z.input<S["querystring"]> : never;

type IParam<S extends IRouteSchema> = S["params"] extends $ZodType ? z.input<S["params"]> : never;

type IHeadersAuth<S extends IRouteSchema> = S extends { securityScheme: { auth: infer A } }
  ? A extends "access-token" | "api-key"
    ? { authorization: `Bearer ${string}` }
    : object
  : object;

type IHeaders<S extends IRouteSchema> = S["headers"] extends $ZodType
  ? Omit<z.input<S["headers"]>, "referrer">
  : object;

type IRequestRaw<S extends IRouteSchema> = {
  params: IParam<S>;
  querystring: IQuery<S>;
  headers: IHeaders<S> & IHeadersAuth<S> extends EmptyObject ? never : IHeaders<S> & IHeadersAuth<S>;
  body: S extends IRouteSchemaWrite ? IBody<S> : never;
};

export type IRequest<S extends IRouteSchema> =
  ConditionalExcept<IRequestRaw<S>, never> extends EmptyObject ? EmptyObject : ConditionalExcept<IRequestRaw<S>, never>;
