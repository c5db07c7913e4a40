import { z } from "../../../helpers/zod-with-open-api.js"
import { zObjectId } from "../../../models/common.js"
import { ZComputedJobsPartnersWrite } from "../../../models/jobs-partners-computed.model.js"
import type { IRoutesDef } from "../../common.routes.js"

import { zJobOfferApiReadV3, zJobOfferApiWriteV3, zJobOfferPublishingV3, zJobSearchApiV3Query, zJobSearchApiV3Response } from "./jobs.routes.v3.model.js"

export const zJobsRoutesV3 = {
  get: {
    "/v3/jobs/search": {
      method: "get",
      path: "/v3/jobs/search",
      querystring: zJobSearchApiV3Query,
      response: {
        "200": zJobSearchApiV3Response,
      },
      securityScheme: {
        auth: "api-apprentissage",
        access: null,
        resources: {},
      },
    },
    "/v3/jobs/:id": {
      method: "get",
      path: "/v3/jobs/:id",
      params: z.object({
        id: zObjectId,
      }),
      response: {
        "200": zJobOfferApiReadV3,
      },
      securityScheme: {
        auth: "api-apprentissage",
        access: null,
        resources: {},
      },
    },
    "/v3/jobs/:id/publishing-informations": {
      method: "get",
      path: "/v3/jobs/:id/publishing-informations",
      params: z.object({
        id: zObjectId,
      }),
      response: {
        "200": zJobOfferPublishingV3,
      },
      securityScheme: {
        auth: "api-apprentissage",
        access: null,
        resources: {},
      },
    },
    "/v3/jobs/export": {
      method: "get",
      path: "/v3/jobs/export",
      response: {
        "200": z.object({
          url: z.string(),
          lastUpdate: z.date(),
        }),
      },
      securityScheme: {
        auth: "api-apprentissage",
        access: null,
        resources: {},
      },
    },
  },
  post: {
    "/v3/jobs": {
      method: "post",
      path: "/v3/jobs",
      body: zJobOfferApiWriteV3,
      response: {
        "200": z.object({ id: zObjectId }),
      },
      securityScheme: {
        auth: "api-apprentissage",
        access: "api-apprentissage:jobs",
        resources: {},
      },
    },
    "/v3/jobs/multi-partner": {
      method: "post",
      path: "/v3/jobs/multi-partner",
      body: zJobOfferApiWriteV3.extend({
        partner_label: z.string(),
        partner_job_id: z.string(),
      }),
      response: {
        "200": z.object({ id: zObjectId }),
      },
      securityScheme: {
        auth: "api-key",
        access: null,
        resources: {},
      },
    },
    "/v4/jobs/multi-partner": {
      method: "post",
      path: "/v4/jobs/multi-partner",
      body: ZComputedJobsPartnersWrite,
      response: {
        "200": z.object({ id: zObjectId }),
        "304": z.object({ id: zObjectId }),
      },
      securityScheme: {
        auth: "api-key",
        access: null,
        resources: {},
      },
    },
    "/v4/jobs/multi-partner/bulk": {
      method: "post",
      path: "/v4/jobs/multi-partner/bulk",
      body: ZComputedJobsPartnersWrite.array(),
      response: {
        "200": z.object({ id: zObjectId.nullish(), status: z.number(), error: z.string().nullish() }).array(),
      },
      securityScheme: {
        auth: "api-key",
        access: null,
        resources: {},
      },
    },
    "/v3/jobs/:id/stats/:eventType": {
      method: "post",
      path: "/v3/jobs/:id/stats/:eventType",
      params: z.object({
        eventType: z.enum(["detail_view", "postuler_click"]),
        id: z.string(),
      }),
      response: {
        "200": z.object({}),
      },
      securityScheme: null,
    },
    "/v3/jobs/stats/search_view": {
      method: "post",
      path: "/v3/jobs/stats/search_view",
      body: z.array(zObjectId),
      response: {
        "200": z.object({}),
      },
      securityScheme: null,
    },
  },
  put: {
    "/v3/jobs/:id": {
      method: "put",
      path: "/v3/jobs/:id",
      params: z.object({
        id: zObjectId,
      }),
      body: zJobOfferApiWriteV3.omit({ identifier: true }),
      response: {
        "204": z.null(),
      },
      securityScheme: {
        auth: "api-apprentissage",
        access: "api-apprentissage:jobs",
        resources: {
          job: [{ _id: { type: "params", key: "id" } }],
        },
      },
    },
  },
} as const satisfies IRoutesDef
