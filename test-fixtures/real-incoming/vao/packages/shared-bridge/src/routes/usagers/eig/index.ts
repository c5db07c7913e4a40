import { type GetUsagersRoute, GetUsagersRouteSchema } from "./get";

export type EigUsagersRoutes = {
  Get: GetUsagersRoute;
};

export const EigUsagersRoutesSchema = {
  Get: GetUsagersRouteSchema,
};
