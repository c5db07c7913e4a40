// Configuration type definitions

export interface AppConfig {
  port: number;
  environment: string;
  appName: string;
  useHttps: boolean;
}

export interface CsrfConfig {
  cookieName: string;
  secure: boolean;
  httpOnly: boolean;
}

export interface RedisConfig {
  host: string;
  enabled: boolean;
  auth_token?: string;
  port?: number;
  tls_enabled?: boolean;
}

export interface SessionConfig {
  secret: string;
  name: string;
  resave: boolean;
  saveUninitialized: boolean;
  rolling: boolean;
  cookie: {
    secure: boolean;
    httpOnly: boolean;
    sameSite: 'strict' | 'lax' | 'none';
    maxAge: number;
  };
}

export interface PathsConfig {
  static: string;
  views: string;
}

export interface ApiConfig {
  baseUrl: string;
  auth: {
    clientId: string;
    clientSecret: string;
  };
}

export interface SilasConfig {
  authority: string;
  tenantId: string;
  appId: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scopes: string[];
  expectedAudience: string;
}

export interface PaginationConfig {
  defaultPage: number;
  defaultLimit: number;
}

export interface SentryConfig {
  dsn: string | undefined;
  environment: string;
  release: string;
  sendDefaultPii: boolean;
  sentryCspReportUri: string | null;
}

export interface Config {
  CONTACT_EMAIL: string | undefined;
  DEPARTMENT_NAME: string | undefined;
  DEPARTMENT_URL: string | undefined;
  RATELIMIT_HEADERS_ENABLED: string | undefined;
  RATE_LIMIT_MAX: number | string;
  RATE_WINDOW_MS: number;
  SERVICE_NAME: string | undefined;
  SERVICE_PHASE: string | undefined;
  SERVICE_URL: string | undefined;
  CHARACTER_THRESHOLD: number;
  MAX_NOTE_LENGTH: number;
  MAX_OPERATOR_FEEDBACK_COMMENT_LENGTH: number;
  MAX_PROVIDER_NOTE_LENGTH: number;
  MAX_POSTCODE_LENGTH: number;
  app: AppConfig;
  csrf: CsrfConfig;
  session: SessionConfig;
  paths: PathsConfig;
  api: ApiConfig;
  silas: SilasConfig;
  pagination: PaginationConfig;
  redis: RedisConfig;
  sentry: SentryConfig;
}