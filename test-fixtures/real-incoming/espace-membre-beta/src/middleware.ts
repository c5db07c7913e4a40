import { HttpStatusCode } from "axios";
import { jwtVerify } from "jose";
import { NextRequest, NextResponse } from "next/server";

import { getArrayFromEnv } from "./lib/env";

interface UserJwtPayload {
  jti: string;
  iat: number;
  exp: number;
}

export async function verifyAuth(req: NextRequest) {
  const token = (
    req.cookies.get("next-auth.session-token") ||
    req.cookies.get("__Secure-next-auth.session-token")
  )?.value;

  if (!token) throw new Error(`Missing user token for ${req.url}`);

  try {
    // here we use jwtVerify from jose, because jwt verify from jsonwebtoken use
    // node crypto api which cannot be use in "Edge Runtime" for the time being
    const verified = await jwtVerify(
      token,
      new TextEncoder().encode(process.env.SESSION_SECRET!),
      {
        algorithms: ["HS512"], // Assurez-vous que l'algorithme correspond à celui utilisé pour signer le token
      },
    );
    return verified.payload as UserJwtPayload;
  } catch (err) {
    throw new Error("Your token has expired.");
  }
}

// Allow having apex domain and subdomains
// e.g. https://ademe.fr, https://www.ademe.fr, https://subdomain.ademe.fr
const allowedOrigins = getArrayFromEnv("PROTECTED_API_ALLOWED_ORIGINS", [
  "gouv.fr",
  "ademe.fr",
  "incubateur.net",
]).flatMap((origin) =>
  origin === "*"
    ? /https:\/\/.*/
    : [
        new RegExp(String.raw`https://.*\.${origin}`),
        new RegExp(`https://${origin}`),
      ],
);

const corsOptions = {
  "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "*",
};

function getCorsHeaders(req: NextRequest): Record<string, string> {
  const origin = req.headers.get("origin") ?? "";
  const isAllowedOrigin = allowedOrigins.some((allowedOrigin) =>
    allowedOrigin.test(origin),
  );

  return {
    ...(isAllowedOrigin && { "Access-Control-Allow-Origin": origin }),
    ...corsOptions,
  };
}

async function handleProtectedApiRoute(req: NextRequest) {
  const headers = getCorsHeaders(req);
  if (req.method === "OPTIONS") {
    // preflight request
    return NextResponse.json({}, { headers });
  }

  // the OpenAPI doc is also readable by logged-in users, not just API key holders
  if (req.nextUrl.pathname === "/api/protected/openapi.json") {
    const verifiedToken = await verifyAuth(req).catch(() => null);
    if (verifiedToken) {
      const response = NextResponse.next();
      Object.entries(headers).forEach(([key, value]) =>
        response.headers.set(key, value),
      );
      return response;
    }
  }

  const PROTECTED_API_KEYS = getArrayFromEnv("PROTECTED_API_KEYS");
  if (!req.headers.has("X-Api-Key")) {
    return NextResponse.json(
      { error: { message: "Api key is required." } },
      { status: HttpStatusCode.UnprocessableEntity, headers },
    );
  }
  const apiKey = req.headers.get("X-Api-Key") ?? "";
  if (!PROTECTED_API_KEYS.includes(apiKey)) {
    return NextResponse.json(
      { error: { message: "Invalid api key." } },
      { status: HttpStatusCode.Unauthorized, headers },
    );
  }

  const response = NextResponse.next();
  Object.entries(headers).forEach(([key, value]) =>
    response.headers.set(key, value),
  );
  return response;
}

export async function middleware(req: NextRequest) {
  // control protected routes
  if (req.nextUrl.pathname.startsWith("/api/protected/")) {
    return handleProtectedApiRoute(req);
  }

  // validate the user is authenticated
  const verifiedToken = await verifyAuth(req).catch((err) => {
    console.error(err.message);
  });

  if (!verifiedToken) {
    // if this an API request, respond with JSON
    if (req.nextUrl.pathname.startsWith("/api/")) {
      return new NextResponse(
        JSON.stringify({
          error: { message: "authentication required" },
        }),
        { status: HttpStatusCode.Unauthorized },
      );
    }
    // otherwise, redirect to the set token page
    else {
      // /!\ redirecting to pathname as req.url always use localhost:3000 as hostname
      return NextResponse.redirect(
        new URL(`/login?next=${req.nextUrl.pathname}`, req.url),
      );
    }
  }
}

export const config = {
  matcher: [
    /*
     * Match all request paths except for the ones starting with:
     * - public routes
     * - api/hook
     * - _next/static (static files)
     * - _next/image (image optimization files)
     * - favicon.ico, sitemap.xml, robots.txt (metadata files)
     */
    // "/dashboard",
    "/((?!accessibilite|keskispasse|components|login|signin|api/hook|api/auth|api/public|static/|_next/static|_next/image|favicon.ico|sitemap.xml|robots.txt).*)",
  ],
};
