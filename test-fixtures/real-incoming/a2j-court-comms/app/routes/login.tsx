import { useState } from "react";
import {
  Form,
  Link,
  redirect,
  useLoaderData,
  useSearchParams,
} from "react-router";
import { PageMetadata } from "~/components/PageMetadata";
import { config } from "~/config/config";
import { getAuthData } from "~/services/auth/authSession.server";
import { useTranslations } from "~/services/translations/context";
import { LoginError, LoginType } from "./action.login-user";
import { LogoutType } from "./action.logout-user";

// Alert state type
type AlertState =
  | ""
  | LogoutType.Automatic
  | LogoutType.ByUser
  | LoginError.BeA
  | LoginError.Demo
  | LoginError.KomplaIdp;

export async function loader({ request }: { request: Request }) {
  const userIsLoggedIn = await getAuthData(request);

  if (userIsLoggedIn) {
    throw redirect("/");
  }

  const environment = config().ENVIRONMENT;
  return { environment };
}

export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const { environment } = useLoaderData<typeof loader>();
  const { alerts, buttons, routes } = useTranslations();
  const [loginType, setLoginType] = useState<LoginType | undefined>(undefined);
  const alertStatus = searchParams.get("status") as AlertState;
  const isDevelopment = environment === "development";

  let alertMarkup = null;
  switch (alertStatus) {
    case LogoutType.Automatic:
      alertMarkup = (
        <div
          className="kern-alert kern-alert--warning my-kern-space-default"
          role="alert"
        >
          <div className="kern-alert__header">
            <span
              className="kern-icon kern-icon--warning kern-icon--small"
              aria-hidden
            ></span>
            <span className="kern-title">{alerts.LOGOUT_AUTOMATIC_TITLE}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{alerts.LOGOUT_AUTOMATIC_MESSAGE}</p>
          </div>
        </div>
      );
      break;
    case LogoutType.ByUser:
      alertMarkup = (
        <div
          className="kern-alert kern-alert--success my-kern-space-default"
          role="alert"
        >
          <div className="kern-alert__header">
            <span
              className="kern-icon kern-icon--success kern-icon--small"
              aria-hidden
            ></span>
            <span className="kern-title">{alerts.LOGOUT_BY_USER_MESSAGE}</span>
          </div>
        </div>
      );
      break;
    case LoginError.BeA:
      alertMarkup = (
        <div
          className="kern-alert kern-alert--danger my-kern-space-default"
          role="alert"
        >
          <div className="kern-alert__header">
            <span
              className="kern-icon kern-icon--danger kern-icon--small"
              aria-hidden
            ></span>
            <span className="kern-title">{alerts.LOGIN_ERROR_BEA_TITLE}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{alerts.LOGIN_ERROR_BEA_MESSAGE}</p>
          </div>
        </div>
      );
      break;
    case LoginError.Demo:
      alertMarkup = (
        <div
          className="kern-alert kern-alert--danger my-kern-space-default"
          role="alert"
        >
          <div className="kern-alert__header">
            <span
              className="kern-icon kern-icon--danger kern-icon--small"
              aria-hidden
            ></span>
            <span className="kern-title">{alerts.LOGIN_ERROR_DEMO_TITLE}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{alerts.LOGIN_ERROR_DEMO_MESSAGE}</p>
          </div>
        </div>
      );
      break;
    case LoginError.KomplaIdp:
      alertMarkup = (
        <div
          className="kern-alert kern-alert--danger my-kern-space-default"
          role="alert"
        >
          <div className="kern-alert__header">
            <span
              className="kern-icon kern-icon--danger kern-icon--small"
              aria-hidden
            ></span>
            <span className="kern-title">
              {alerts.LOGIN_ERROR_KOMPLA_IDP_TITLE}
            </span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{alerts.LOGIN_ERROR_KOMPLA_IDP_MESSAGE}</p>
          </div>
        </div>
      );
      break;
  }

  return (
    <>
      <PageMetadata />

      <div className="flex items-center justify-center">
        <div className="max-w-[512px]">
          {alertMarkup}

          <h1 className="kern-heading-medium text-center">
            {routes.login.headline}
          </h1>

          <p className="kern-subline my-kern-space-default text-center">
            {routes.login.intro}
          </p>

          <Form method="post" action="/action/login-user">
            <div className="py-kern-space-large gap-kern-space-default flex flex-row flex-wrap items-start self-stretch">
              <input type="hidden" name="loginType" value={loginType} />

              {isDevelopment && (
                <button
                  type="submit"
                  className="kern-btn kern-btn--block kern-btn--primary"
                  onClick={() => setLoginType(LoginType.Developer)}
                >
                  <span className="kern-label">
                    {buttons.LOGIN_BUTTON_DEVELOPER}
                  </span>
                </button>
              )}

              <button
                type="submit"
                className="kern-btn kern-btn--block kern-btn--primary"
                onClick={() => setLoginType(LoginType.BeA)}
              >
                <span className="kern-label">{buttons.LOGIN_BUTTON_BEA}</span>
              </button>

              <Link
                to="/auth/start-demo-login"
                className="kern-btn kern-btn--block kern-btn--secondary w-full"
                data-testid="demo-button"
              >
                <span className="kern-label">
                  {buttons.LOGIN_BUTTON_DEMO_LABEL}
                </span>
              </Link>
            </div>
          </Form>

          <Form method="post" action="/action/login-user">
            <input type="hidden" name="loginType" value={LoginType.KomplaIdp} />
            <button
              type="submit"
              className="kern-btn kern-btn--block kern-btn--secondary w-full"
              data-testid="kompla-idp-login-button"
            >
              <span className="kern-label">
                {buttons.LOGIN_BUTTON_KOMPLA_IDP_LABEL}
              </span>
            </button>
          </Form>
        </div>
      </div>
    </>
  );
}
