/**
 * Thin centralized fetch wrapper for client-side API calls.
 *
 * Provides uniform error normalization, shared defaults, and auth error
 * detection. All methods are relative-path based (same-origin).
 */

export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthenticationError";
  }
}

export class AuthorizationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthorizationError";
  }
}

type ApiErrorBody = {
  error?: string;
  message?: string;
};

async function handleResponse<T>(response: Response): Promise<T> {
  if (response.status === 401) {
    throw new AuthenticationError("Unauthorized access");
  }

  if (response.status === 403) {
    throw new AuthorizationError("Access denied");
  }

  if (!response.ok) {
    let message = `Request failed with status ${response.status}`;
    try {
      const body: ApiErrorBody = await response.json();
      if (body.error) {
        message = body.error;
      } else if (body.message) {
        message = body.message;
      }
    } catch {
      // response body is not JSON — use the default message
    }
    throw new Error(message);
  }

  if (
    response.status === 204 ||
    response.headers.get("content-length") === "0"
  ) {
    return undefined as T;
  }

  const contentType = response.headers.get("content-type") ?? "";
  if (!contentType.includes("application/json")) {
    throw new Error(
      `Expected JSON response but received ${contentType || "no content-type"}`,
    );
  }

  return response.json() as Promise<T>;
}

const defaultHeaders: HeadersInit = {
  "Content-Type": "application/json",
};

export const apiClient = {
  async get<T>(path: string): Promise<T> {
    const response = await fetch(path, {
      method: "GET",
      cache: "no-store",
    });
    return handleResponse<T>(response);
  },

  async post<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(path, {
      method: "POST",
      headers: defaultHeaders,
      cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return handleResponse<T>(response);
  },

  async postForm<T>(path: string, formData: FormData): Promise<T> {
    // Omit Content-Type so the browser sets the multipart boundary automatically
    const response = await fetch(path, {
      method: "POST",
      cache: "no-store",
      body: formData,
    });
    return handleResponse<T>(response);
  },

  async put<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(path, {
      method: "PUT",
      headers: defaultHeaders,
      cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return handleResponse<T>(response);
  },

  async delete<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(path, {
      method: "DELETE",
      headers: body === undefined ? undefined : defaultHeaders,
      cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return handleResponse<T>(response);
  },
};
