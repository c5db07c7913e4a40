import express, {
  type NextFunction,
  type Request,
  type Response,
} from "express";
import morgan from "morgan";
import indexRouter from "#src/infrastructure/express/routes/index.js";
import livereload from "connect-livereload";
import config from "#src/infrastructure/config/config.js";
import {
  handleRouteNotFound,
  handleServerErrors,
} from "#src/infrastructure/express/middleware/errors/errors.js";
import { HTTP_NOT_FOUND } from "#src/infrastructure/locales/constants.js";
import { initializeI18nextSync } from "./infrastructure/express/middleware/nunjucks/i18nLoader.js";
import cookieParser from "cookie-parser";
import bodyParser from "body-parser";
import compression from "compression";
import session from "express-session";
import helmet from "helmet";
import { helmetConfig } from "./infrastructure/config/helmet.js";
import { setupLocaleData } from "./infrastructure/express/middleware/nunjucks/setupLocaleData.js";
import { setupNunjucks } from "./infrastructure/express/middleware/nunjucks/setupNunjucks.js";
import { setupCsrf } from "./infrastructure/express/middleware/security/setupCsrf.js";
import { setupRateLimiter } from "./infrastructure/express/middleware/security/setupRateLimiter.js";
import { createSessionStore } from "./infrastructure/express/session/sessionStore.js";
import crypto from "node:crypto";
import multer from "multer";
import { logger } from "#src/infrastructure/express/middleware/logger/logger.js";

const RANDOMBYTES = 16;
const TRUST_FIRST_PROXY = 1;
const TEMPORARY_REDIRECT = 307;
const HEALTH_ENDPOINTS = ["/health", "/status"];

const requiresHttps = config.app.environment === "production";

const getRequestRoutePath = (req: Request): string => {
  const route = req.route as { path?: unknown } | undefined;
  if (route !== undefined && typeof route.path === "string") {
    return route.path;
  }

  return req.path;
};

const nonceMiddleware = (
  _: Request,
  res: Response,
  next: NextFunction,
): void => {
  res.locals.cspNonce = crypto.randomBytes(RANDOMBYTES).toString("base64"); // Generate a secure random nonce
  next();
};

const app = express();

app.set("trust proxy", TRUST_FIRST_PROXY);
app.set("view engine", "njk");

initializeI18nextSync();

app.use(cookieParser());
app.use(bodyParser.urlencoded({ extended: true }));
app.use(express.static(config.paths.static));
app.use(express.json());
app.use(express.urlencoded({ extended: false }));

app.use((req: Request, res: Response, next: NextFunction): void => {
  const startedAt = Date.now();
  res.on("finish", () => {
    logger.logInfo({
      functionName: "app",
      message: "Request completed",
      request: req,
      extraContext: {
        event: "http_request_completed",
        route: getRequestRoutePath(req),
        method: req.method,
        status_code: res.statusCode,
        duration_ms: Date.now() - startedAt,
      },
    });
  });

  next();
});

app.use(
  compression({
    filter: (req: Request, res: Response): boolean => {
      if ("x-no-compression" in req.headers) {
        return false;
      }
      return compression.filter(req, res);
    },
  }),
);

app.disable("x-powered-by");

app.use((req: Request, res: Response, next: NextFunction): void => {
  if (HEALTH_ENDPOINTS.includes(req.path)) {
    next();
    return;
  }

  if (requiresHttps && !req.secure) {
    const host = req.get("host");

    if (host !== undefined && host !== "") {
      res.redirect(TEMPORARY_REDIRECT, `https://${host}${req.originalUrl}`);
      return;
    }
  }

  next();
});

app.use(
  session({
    ...config.session,
    store: createSessionStore(),
    proxy: requiresHttps,
    cookie: {
      ...config.session.cookie,
      secure: requiresHttps,
    },
  }),
);

app.use(setupRateLimiter(config));
app.use((req: Request, res: Response, next: NextFunction): void => {
  res.locals.config = config;
  res.locals.userName = req.session.user?.name;
  next();
});
app.use(setupLocaleData);
app.use(nonceMiddleware);
app.use(helmet(helmetConfig));
setupNunjucks(app);

const upload = multer({ storage: multer.memoryStorage() });
app.post(
  "/apply/upload-coroners-letter",
  upload.single("coroners-letter-file-upload"),
);

app.post("/claim/evidence/upload", upload.single("documents"), (req, res) => {
  indexRouter(req, res, () => {
    res.status(HTTP_NOT_FOUND).end();
  });
});

app.post("/claim/evidence/delete", (req, res) => {
  indexRouter(req, res, () => {
    res.status(HTTP_NOT_FOUND).end();
  });
});

setupCsrf(app);

if (process.env.NODE_ENV === "production") {
  app.use(morgan("combined"));
} else {
  app.use(morgan("dev"));
}

app.use("/", indexRouter);

app.all("{*splat}", handleRouteNotFound);
app.use(handleServerErrors);

if (process.env.NODE_ENV === "development") {
  app.use(livereload());
}

app.listen(config.app.port, () => {
  console.log(`Listening on http://localhost:${config.app.port}/...`);
});

export default app;
