import { getLogger } from "@logtape/logtape";
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import metadata from "../deno.json" with { type: "json" };
import preloadedContexts from "./contexts.ts";
import { HttpHeaderLink } from "./link.ts";
import {
  createActivityPubRequest,
  FetchError,
  type GetUserAgentOptions,
  logRequest,
} from "./request.ts";
import { UrlError, validatePublicUrl } from "./url.ts";

const logger = getLogger(["fedify", "runtime", "docloader"]);
const DEFAULT_MAX_REDIRECTION = 20;
const MAX_HTML_SIZE = 1024 * 1024; // 1MB

/**
 * A remote JSON-LD document and its context fetched by
 * a {@link DocumentLoader}.
 */
export interface RemoteDocument {
  /**
   * The URL of the context document.
   */
  contextUrl: string | null;

  /**
   * The fetched JSON-LD document.
   */
  document: unknown;

  /**
   * The URL of the fetched document.
   */
  documentUrl: string;
}

/**
 * Options for {@link DocumentLoader}.
 * @since 1.8.0
 */
export interface DocumentLoaderOptions {
  /**
   * An `AbortSignal` for cancellation.
   * @since 1.8.0
   */
  signal?: AbortSignal;
}

/**
 * A JSON-LD document loader that fetches documents from the Web.
 * @param url The URL of the document to load.
 * @param options The options for the document loader.
 * @returns The loaded remote document.
 */
export type DocumentLoader = (
  url: string,
  options?: DocumentLoaderOptions,
) => Promise<RemoteDocument>;

/**
 * A factory function that creates a {@link DocumentLoader} with options.
 * @param options The options for the document loader.
 * @returns The document loader.
 * @since 1.4.0
 */
export type DocumentLoaderFactory = (
  options?: DocumentLoaderFactoryOptions,
) => DocumentLoader;

/**
 * Options for {@link DocumentLoaderFactory}.
 * @see {@link DocumentLoaderFactory}
 * @see {@link AuthenticatedDocumentLoaderFactory}
 * @since 1.4.0
 */
export interface DocumentLoaderFactoryOptions {
  /**
   * Whether to allow fetching private network addresses.
   * Turned off by default.
   * @default `false``
   */
  allowPrivateAddress?: boolean;

  /**
   * Options for making `User-Agent` string.
   * If a string is given, it is used as the `User-Agent` header value.
   * If an object is given, it is passed to {@link getUserAgent} function.
   */
  userAgent?: GetUserAgentOptions | string;

  /**
   * The maximum number of redirections to follow.
   * @default `20`
   * @since 2.2.0
   */
  maxRedirection?: number;
}

/**
 * A factory function that creates an authenticated {@link DocumentLoader} for
 * a given identity.  This is used for fetching documents that require
 * authentication.
 * @param identity The identity to create the document loader for.
 *                 The actor's key pair.
 * @param options The options for the document loader.
 * @returns The authenticated document loader.
 * @since 0.4.0
 */
export type AuthenticatedDocumentLoaderFactory = (
  identity: { keyId: URL; privateKey: CryptoKey },
  options?: DocumentLoaderFactoryOptions,
) => DocumentLoader;

function createResponseMetadata(response: Response): Response {
  return new Response(null, {
    headers: response.headers,
    status: response.status,
    statusText: response.statusText,
  });
}

async function cancelResponseBody(response: Response): Promise<void> {
  if (response.body != null) {
    await response.body.cancel();
  }
}

async function readBoundedText(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; size: number; tooLarge: boolean }> {
  const contentLength = response.headers.get("Content-Length");
  if (contentLength != null) {
    const size = Number(contentLength);
    if (size > maxBytes) {
      await cancelResponseBody(response);
      return { text: "", size, tooLarge: true };
    }
  }

  if (response.body == null) return { text: "", size: 0, tooLarge: false };

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  try {
    while (true) {
      const result = await reader.read();
      if (result.done) break;
      const chunkSize = result.value.byteLength;
      if (size + chunkSize > maxBytes) {
        size += chunkSize;
        await reader.cancel();
        return { text: "", size, tooLarge: true };
      }
      size += chunkSize;
      text += decoder.decode(result.value, { stream: true });
    }
    text += decoder.decode();
    return { text, size, tooLarge: false };
  } finally {
    reader.releaseLock();
  }
}

/**
 * Gets a {@link RemoteDocument} from the given response.
 * @param url The URL of the document to load.
 * @param response The response to get the document from.
 * @param fetch The function to fetch the document.
 * @returns The loaded remote document.
 * @throws {FetchError} If the response is not OK.
 * @internal
 */
export async function getRemoteDocument(
  url: string,
  response: Response,
  fetch: (
    url: string,
    options?: DocumentLoaderOptions,
  ) => Promise<RemoteDocument>,
): Promise<RemoteDocument> {
  const documentUrl = response.url === "" ? url : response.url;
  const docUrl = new URL(documentUrl);
  if (!response.ok) {
    logger.error(
      "Failed to fetch document: {status} {url} {headers}",
      {
        status: response.status,
        url: documentUrl,
        headers: Object.fromEntries(response.headers.entries()),
      },
    );
    throw new FetchError(
      documentUrl,
      `HTTP ${response.status}: ${documentUrl}`,
      response.clone(),
    );
  }
  const contentType = response.headers.get("Content-Type");
  const jsonLd = contentType == null ||
    contentType === "application/activity+json" ||
    contentType.startsWith("application/activity+json;") ||
    contentType === "application/ld+json" ||
    contentType.startsWith("application/ld+json;");
  const linkHeader = response.headers.get("Link");
  let contextUrl: string | null = null;
  if (linkHeader != null) {
    let link: HttpHeaderLink;
    try {
      link = new HttpHeaderLink(linkHeader);
    } catch (e) {
      if (e instanceof SyntaxError) {
        link = new HttpHeaderLink();
      } else {
        throw e;
      }
    }
    if (jsonLd) {
      const entries = link.getByRel("http://www.w3.org/ns/json-ld#context");
      for (const [uri, params] of entries) {
        if ("type" in params && params.type === "application/ld+json") {
          contextUrl = uri;
          break;
        }
      }
    } else {
      const entries = link.getByRel("alternate");
      for (const [uri, params] of entries) {
        const altUri = new URL(uri, docUrl);
        if (
          "type" in params &&
          (params.type === "application/activity+json" ||
            params.type === "application/ld+json" ||
            params.type.startsWith("application/ld+json;")) &&
          altUri.href !== docUrl.href
        ) {
          logger.debug(
            "Found alternate document: {alternateUrl} from {url}",
            { alternateUrl: altUri.href, url: documentUrl },
          );
          return await fetch(altUri.href);
        }
      }
    }
  }
  let document: unknown;
  if (
    !jsonLd &&
    (contentType === "text/html" || contentType?.startsWith("text/html;") ||
      contentType === "application/xhtml+xml" ||
      contentType?.startsWith("application/xhtml+xml;"))
  ) {
    const errorResponse = createResponseMetadata(response);
    const html = await readBoundedText(response, MAX_HTML_SIZE);
    if (html.tooLarge) {
      logger.warn(
        "HTML response too large, skipping alternate link discovery: {url}",
        { url: documentUrl, size: html.size },
      );
      throw new FetchError(
        documentUrl,
        `HTML document is too large to scan for an ActivityPub alternate link ` +
          `(Content-Type: ${contentType})`,
        errorResponse,
      );
    } else {
      // Safe regex patterns without nested quantifiers to prevent ReDoS
      // (CVE-2025-68475)
      // Step 1: Extract <a ...> or <link ...> tags
      const tagPattern = /<(a|link)\s+([^>]*?)\s*\/?>/gi;
      // Step 2: Parse attributes
      const attrPattern =
        /([a-z][a-z:_-]*)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

      let tagMatch: RegExpExecArray | null;
      while ((tagMatch = tagPattern.exec(html.text)) !== null) {
        const tagContent = tagMatch[2];
        let attrMatch: RegExpExecArray | null;
        const attribs: Record<string, string> = {};

        // Reset regex state for attribute parsing
        attrPattern.lastIndex = 0;
        while ((attrMatch = attrPattern.exec(tagContent)) !== null) {
          const key = attrMatch[1].toLowerCase();
          const value = attrMatch[2] ?? attrMatch[3] ?? attrMatch[4] ?? "";
          attribs[key] = value;
        }

        if (
          attribs.rel === "alternate" && "type" in attribs && (
            attribs.type === "application/activity+json" ||
            attribs.type === "application/ld+json" ||
            attribs.type.startsWith("application/ld+json;")
          ) && "href" in attribs &&
          new URL(attribs.href, docUrl).href !== docUrl.href
        ) {
          logger.debug(
            "Found alternate document: {alternateUrl} from {url}",
            { alternateUrl: attribs.href, url: documentUrl },
          );
          return await fetch(new URL(attribs.href, docUrl).href);
        }
      }
      try {
        document = JSON.parse(html.text);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw new FetchError(
          documentUrl,
          `HTML document has no ActivityPub alternate link ` +
            `(Content-Type: ${contentType})`,
          errorResponse,
        );
      }
    }
  } else {
    document = await response.json();
  }
  logger.debug(
    "Fetched document: {status} {url} {headers}",
    {
      status: response.status,
      url: documentUrl,
      headers: Object.fromEntries(response.headers.entries()),
    },
  );
  return { contextUrl, document, documentUrl };
}

/**
 * Options for {@link getDocumentLoader}.
 * @since 1.3.0
 */
export interface GetDocumentLoaderOptions extends DocumentLoaderFactoryOptions {
  /**
   * Whether to preload the frequently used contexts.
   */
  skipPreloadedContexts?: boolean;
}

/**
 * Creates a JSON-LD document loader that utilizes the browser's `fetch` API.
 *
 * The created loader preloads the below frequently used contexts by default
 * (unless `options.skipPreloadedContexts` is set to `true`):
 *
 * - <https://www.w3.org/ns/activitystreams>
 * - <https://w3id.org/security/v1>
 * - <https://w3id.org/security/data-integrity/v1>
 * - <https://w3id.org/security/data-integrity/v2>
 * - <https://www.w3.org/ns/did/v1>
 * - <https://w3id.org/security/multikey/v1>
 * - <https://w3id.org/fep/ef61>
 * - <https://purl.archive.org/socialweb/webfinger>
 * - <http://schema.org/>
 * @param options Options for the document loader.
 * @returns The document loader.
 * @since 1.3.0
 */
export function getDocumentLoader(
  { allowPrivateAddress, maxRedirection, skipPreloadedContexts, userAgent }:
    GetDocumentLoaderOptions = {},
): DocumentLoader {
  const tracerProvider = trace.getTracerProvider();
  const tracer = tracerProvider.getTracer(metadata.name, metadata.version);
  const maximumRedirection = maxRedirection ?? DEFAULT_MAX_REDIRECTION;

  async function load(
    url: string,
    options?: DocumentLoaderOptions,
    redirected = 0,
    visited = new Set<string>(),
  ): Promise<RemoteDocument> {
    options?.signal?.throwIfAborted();
    const currentUrl = new URL(url).href;
    if (!skipPreloadedContexts && currentUrl in preloadedContexts) {
      logger.debug("Using preloaded context: {url}.", { url: currentUrl });
      return {
        contextUrl: null,
        document: preloadedContexts[currentUrl],
        documentUrl: currentUrl,
      };
    }
    if (!allowPrivateAddress) {
      try {
        await validatePublicUrl(currentUrl);
      } catch (error) {
        if (error instanceof UrlError) {
          logger.error("Disallowed private URL: {url}", {
            url: currentUrl,
            error,
          });
        }
        throw error;
      }
    }
    visited.add(currentUrl);

    return await tracer.startActiveSpan(
      "activitypub.fetch_document",
      {
        kind: SpanKind.CLIENT,
        attributes: {
          "url.full": currentUrl,
        },
      },
      async (span) => {
        try {
          const request = createActivityPubRequest(currentUrl, { userAgent });
          logRequest(logger, request);
          const response = await fetch(request, {
            // Since Bun has a bug that ignores the `Request.redirect` option,
            // to work around it we specify `redirect: "manual"` here too:
            // https://github.com/oven-sh/bun/issues/10754
            redirect: "manual",
            signal: options?.signal,
          });
          span.setAttribute("http.response.status_code", response.status);

          // Follow redirects manually to get the final URL:
          if (
            response.status >= 300 && response.status < 400 &&
            response.headers.has("Location")
          ) {
            if (redirected >= maximumRedirection) {
              logger.error(
                "Too many redirections ({redirections}) while fetching document.",
                { redirections: redirected + 1, url: currentUrl },
              );
              throw new FetchError(
                currentUrl,
                `Too many redirections (${redirected + 1})`,
              );
            }
            const redirectUrl = new URL(
              response.headers.get("Location")!,
              response.url === "" ? currentUrl : response.url,
            ).href;
            span.setAttribute("http.redirect.url", redirectUrl);
            if (visited.has(redirectUrl)) {
              logger.error(
                "Detected a redirect loop while fetching document: {url} -> " +
                  "{redirectUrl}",
                { url: currentUrl, redirectUrl },
              );
              throw new FetchError(
                currentUrl,
                `Redirect loop detected: ${redirectUrl}`,
              );
            }
            return await load(redirectUrl, options, redirected + 1, visited);
          }

          const result = await getRemoteDocument(currentUrl, response, load);
          span.setAttribute("docloader.document_url", result.documentUrl);
          if (result.contextUrl != null) {
            span.setAttribute("docloader.context_url", result.contextUrl);
          }
          return result;
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({
            code: SpanStatusCode.ERROR,
            message: String(error),
          });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  }
  return load;
}
