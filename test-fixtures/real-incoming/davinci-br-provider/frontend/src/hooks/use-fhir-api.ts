import { useQuery } from "@tanstack/react-query";
import type {
  Bundle,
  CapabilityStatement,
  FhirResource,
  OperationOutcome,
  Parameters,
} from "fhir/r4";
import { useMemo } from "react";
import { fhirProxyUrl } from "@/lib/api";
import { getSessionServerUrl } from "@/lib/auth";
import {
  type FhirServer,
  getServerByRequestUrl,
  isTrustedServerUrl,
  matchesRequestUrl,
} from "@/lib/fhir-config";
import { isOperationOutcome } from "@/lib/fhir-types";
import { networkLogStore } from "@/lib/network-log-store";

interface FhirError extends Error {
  status?: number;
  operationOutcome?: OperationOutcome;
}

function parseResourceType(
  requestUrl: string,
  server?: FhirServer,
): string | null {
  const resolvedServer = server ?? getServerByRequestUrl(requestUrl);
  if (!resolvedServer) return null;
  const path = requestUrl.slice(resolvedServer.url.length).replace(/^\//, "");
  const segment = path.split(/[/?]/)[0];
  // Resource types start with uppercase
  return segment && /^[A-Z]/.test(segment) ? segment : null;
}

function serializeFetchError(error: unknown): {
  message: string;
  name?: string;
} {
  if (error instanceof Error) {
    return {
      message: error.message,
      name: error.name,
    };
  }

  return {
    message: typeof error === "string" ? error : "Unknown fetch error",
  };
}

function addNetworkLogEntry({
  startTime,
  url,
  server,
  status,
  responseBody,
  error,
}: {
  startTime: number;
  url: string;
  server?: FhirServer;
  status: number | null;
  responseBody: unknown;
  error: boolean;
}): void {
  networkLogStore.addEntry({
    id: crypto.randomUUID(),
    timestamp: startTime,
    method: "GET",
    url,
    serverUrl: server?.url ?? "",
    serverName: server?.name ?? "Unknown",
    resourceType: parseResourceType(url, server),
    status,
    duration: Date.now() - startTime,
    responseBody,
    requestBody: null,
    error,
  });
}

/**
 * Determines whether a FHIR request should route through the BFF proxy.
 * Returns true for configured trusted servers and the custom server
 * authenticated in the current session.
 */
function shouldUseProxy(url: string): boolean {
  if (isTrustedServerUrl(url)) return true;
  const sessionServer = getSessionServerUrl();
  return sessionServer !== null && matchesRequestUrl(url, sessionServer);
}

export async function fhirFetch<T>(url: string): Promise<T> {
  const startTime = Date.now();
  const server = getServerByRequestUrl(url);

  let response: Response;
  try {
    const headers: Record<string, string> = {
      Accept: "application/fhir+json",
    };

    if (shouldUseProxy(url)) {
      const proxyUrl = fhirProxyUrl(url);
      response = await fetch(proxyUrl, { headers, credentials: "include" });
    } else {
      response = await fetch(url, { headers });
    }
  } catch (error) {
    addNetworkLogEntry({
      startTime,
      url,
      server,
      status: null,
      responseBody: serializeFetchError(error),
      error: true,
    });
    throw error;
  }

  // On 401, nudge the server to refresh the token before TanStack Query retries
  if (response.status === 401) {
    await fetch("/auth/session", { credentials: "include" }).catch(() => {});
  }

  if (!response.ok) {
    const error: FhirError = new Error(
      `FHIR request failed: ${response.status} ${response.statusText}`,
    );
    error.status = response.status;
    let errorBody: unknown = null;
    try {
      const body = await response.json();
      errorBody = body;
      if (isOperationOutcome(body)) {
        error.operationOutcome = body;
        error.message =
          body.issue[0]?.diagnostics ||
          body.issue[0]?.details?.text ||
          error.message;
      }
    } catch {
      // Ignore JSON parse errors
    }
    addNetworkLogEntry({
      startTime,
      url,
      server,
      status: response.status,
      responseBody: errorBody,
      error: true,
    });
    throw error;
  }

  const data: T = await response.json();

  addNetworkLogEntry({
    startTime,
    url,
    server,
    status: response.status,
    responseBody: data,
    error: false,
  });

  return data;
}

export function useCapabilityStatement(serverUrl: string) {
  return useQuery({
    queryKey: ["fhir", "metadata", serverUrl],
    queryFn: () => fhirFetch<CapabilityStatement>(`${serverUrl}/metadata`),
    staleTime: 5 * 60 * 1000, // 5 minutes
    retry: 1,
    enabled: !!serverUrl,
  });
}

export function getResourceTypes(
  capability: CapabilityStatement | undefined,
): string[] {
  if (!capability?.rest) {
    return [];
  }

  const serverRest = capability.rest.find((r) => r.mode === "server");
  if (!serverRest?.resource) {
    return [];
  }

  return serverRest.resource
    .map((r) => r.type)
    .filter((type): type is string => !!type)
    .sort();
}

export function useServerStatus(serverUrl: string) {
  const query = useQuery({
    queryKey: ["fhir", "status", serverUrl],
    queryFn: async () => {
      const start = Date.now();
      const capability = await fhirFetch<CapabilityStatement>(
        `${serverUrl}/metadata`,
      );
      const latency = Date.now() - start;
      return {
        connected: true,
        latency,
        capability,
      };
    },
    staleTime: 30 * 1000, // 30 seconds
    retry: 0,
    enabled: !!serverUrl,
  });

  return {
    ...query,
    isConnected: query.isSuccess,
    isDisconnected: query.isError,
    latency: query.data?.latency,
  };
}

/**
 * Like useServerStatus but routes through the BFF proxy with payer=true
 * to use B2B client_credentials auth instead of the user session token.
 * This allows the same server to serve both provider and payer roles.
 */
export function usePayerStatus(fhirUrl: string) {
  const query = useQuery({
    queryKey: ["payer", "status", fhirUrl],
    queryFn: async () => {
      const start = Date.now();
      const proxyUrl = fhirProxyUrl(`${fhirUrl}/metadata`, { payer: true });
      const response = await fetch(proxyUrl, {
        headers: { Accept: "application/fhir+json" },
        credentials: "include",
      });
      if (!response.ok) {
        throw new Error(`Payer server returned ${response.status}`);
      }
      const latency = Date.now() - start;
      return { connected: true, latency };
    },
    staleTime: 30 * 1000,
    retry: 0,
    enabled: !!fhirUrl,
  });

  return {
    ...query,
    isConnected: query.isSuccess,
    isDisconnected: query.isError,
    latency: query.data?.latency,
  };
}

export function useResourceCounts(serverUrl: string, enabled: boolean) {
  return useQuery({
    queryKey: ["fhir", "resource-counts", serverUrl],
    queryFn: async () => {
      const counts: Record<string, number> = {};

      const params = await fhirFetch<Parameters>(
        `${serverUrl}/$get-resource-counts`,
      );

      for (const param of params.parameter || []) {
        if (param.name && param.valueInteger !== undefined) {
          counts[param.name] = param.valueInteger;
        }
      }
      return counts;
    },
    staleTime: 60 * 1000,
    retry: 0,
    enabled: !!serverUrl && enabled,
  });
}

export function getPaginationLinks(bundle: Bundle | undefined) {
  if (!bundle?.link) {
    return {
      self: undefined,
      previous: undefined,
      next: undefined,
    };
  }

  const findLink = (relation: string) =>
    bundle.link?.find((l) => l.relation === relation)?.url;

  return {
    self: findLink("self"),
    previous: findLink("previous") || findLink("prev"),
    next: findLink("next"),
  };
}

export function useResourceSearchWithParams(
  serverUrl: string,
  resourceType: string,
  searchParams: Record<string, string>,
  pageUrl?: string,
  count: number = 50,
) {
  const url = useMemo(() => {
    if (pageUrl) return pageUrl;

    const params = new URLSearchParams();
    params.set("_count", count.toString());
    params.set("_total", "accurate");

    const sortedEntries = Object.entries(searchParams).sort(([a], [b]) =>
      a.localeCompare(b),
    );
    for (const [key, value] of sortedEntries) {
      if (value) {
        params.set(key, value);
      }
    }

    return `${serverUrl}/${resourceType}?${params.toString()}`;
  }, [serverUrl, resourceType, searchParams, pageUrl, count]);

  const searchParamsKey = useMemo(
    () => JSON.stringify(Object.entries(searchParams).sort()),
    [searchParams],
  );

  return useQuery({
    queryKey: ["fhir", "search", serverUrl, resourceType, searchParamsKey, url],
    queryFn: () => fhirFetch<Bundle<FhirResource>>(url),
    staleTime: 30 * 1000, // 30 seconds
    retry: 1,
    enabled: !!serverUrl && !!resourceType,
  });
}
