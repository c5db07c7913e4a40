import {
  createRoute,
  createTypedRoute,
  type GetParams,
} from "@commercelayer/app-elements"
import type { Link, Order } from "@commercelayer/sdk"
import type { RouteComponentProps } from "wouter"

export type AppRoute = keyof typeof appRoutes

export type PageProps<
  Route extends {
    makePath: (...arg: any[]) => string
  },
> = RouteComponentProps<GetParams<Route>> & { overlay?: boolean }

// Object to be used as source of truth to handel application routes
// each page should correspond to a key and each key should have
// a `path` property to be used as patter matching in <Route path> component
// and `makePath` method to be used to generate the path used in navigation and links
export const appRoutes = {
  home: createRoute("/"),
  /**
   * Legacy path of the orders list, now a redirect to `home`.
   * Kept because `useAppLinking` still points here when linking to this app
   * without a resource id. Do not link to it from within the app.
   */
  list: createRoute("/list/"),
  new: createRoute("/new/:orderId?/"),
  details: createRoute("/list/:orderId/"),
  refund: createRoute("/list/:orderId/refund/"),
  return: createRoute("/list/:orderId/return/"),
  linkDetails: createTypedRoute<{ orderId: Order["id"] }>()(
    "/list/:orderId/link/",
  ),
  linkEdit: createTypedRoute<{
    orderId: Order["id"]
    linkId: Link["id"]
  }>()("/list/:orderId/links/:linkId/edit/"),
}
