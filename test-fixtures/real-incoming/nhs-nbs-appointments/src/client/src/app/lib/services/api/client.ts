'use server';
import { cookies } from 'next/headers';
import { ApiResponse } from '@types';

interface ClientOptions {
  baseUrl: string;
  token?: string;
}

class Client {
  private readonly baseUrl: string;

  public constructor({ baseUrl }: ClientOptions) {
    this.baseUrl = baseUrl;
  }

  public async get<T = unknown>(
    path: string,
    config?: RequestInit,
  ): Promise<ApiResponse<T>> {
    const cookieStore = await cookies();

    const tokenCookie = cookieStore.get('token');

    return fetch(`${this.baseUrl}/${path}`, {
      method: 'GET',
      headers: tokenCookie
        ? {
            Authorization: `Bearer ${tokenCookie.value}`,
          }
        : undefined,
      ...config,
    }).then(async response => {
      return await this.handleResponse<T>(response);
    });
  }

  public async post<T = unknown>(
    path: string,
    payload?: BodyInit,
    config?: RequestInit,
  ): Promise<ApiResponse<T>> {
    const cookieStore = await cookies();

    const tokenCookie = cookieStore.get('token');

    return fetch(`${this.baseUrl}/${path}`, {
      method: 'POST',
      body: payload,
      headers: tokenCookie?.value
        ? {
            Authorization: `Bearer ${tokenCookie.value}`,
          }
        : undefined,
      ...config,
    }).then(async response => {
      return await this.handleResponse<T>(response);
    });
  }

  public getBaseUrl(): string {
    return this.baseUrl;
  }

  private stripParamsFromUrl(url: string): string {
    if (url.includes('?')) {
      return url.split('?')[0];
    }
    return url;
  }

  private async handleResponse<T = unknown>(
    response: Response,
  ): Promise<ApiResponse<T>> {
    if (response.status === 401) {
      return {
        success: false,
        httpStatusCode: 401,
        errorMessage:
          'Unauthorized: You must be logged in to view this resource',
        url: this.stripParamsFromUrl(response.url),
      };
    }

    if (response.status === 403) {
      return {
        success: false,
        httpStatusCode: 403,
        errorMessage: 'Forbidden: You lack the necessary permissions',
        url: this.stripParamsFromUrl(response.url),
      };
    }

    if (response.status === 404) {
      return {
        success: false,
        httpStatusCode: 404,
        errorMessage: 'Not found',
        url: this.stripParamsFromUrl(response.url),
      };
    }

    if (response.status === 200) {
      return {
        success: true,
        data: await this.extractResponseBody<T>(response),
      };
    }

    return {
      success: false,
      httpStatusCode: response.status,
      errorMessage: `Unexpected status ${response.status} from ${response.url}`,
      url: this.stripParamsFromUrl(response.url),
    };
  }

  private async extractResponseBody<T>(response: Response): Promise<T | null> {
    const contentType = response.headers.get('Content-Type');

    if (contentType?.includes('application/json')) {
      return response.json();
    }

    if (contentType?.includes('text/csv')) {
      return response.blob() as Promise<T>;
    }

    return null;
  }
}

export default Client;
