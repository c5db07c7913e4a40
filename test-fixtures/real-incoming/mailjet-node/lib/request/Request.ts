/*external modules*/
import {
  AxiosProxyConfig,
  AxiosRequestConfig,
  RawAxiosRequestHeaders,
  ResponseType,
} from 'axios';
/*types*/
import { TObject } from '../types';
/*utils*/
/*lib*/
/*other*/

export interface RequestConfig {
  host: string;
  version: `v${number}` | `v${number}.${number}`;
  output: ResponseType;
}

export interface RequestOptions {
  timeout?: number;
  proxy?: AxiosProxyConfig;
  headers?: RawAxiosRequestHeaders;
  maxBodyLength?: number;
  maxContentLength?: number;
  maxRetries?: number;
  retryDelay?: number;
}

export type SubPath = 'REST' | 'DATA' | '';

export type RequestData = string | TObject.UnknownRec;
export type RequestParams = TObject.UnknownRec;
export type RequestConstructorConfig = null | Partial<RequestConfig>;

export type RequestAxiosConfig = Required<Pick<
    AxiosRequestConfig,
    | 'url'
    | 'data'
    | 'params'
    | 'method'
    | 'headers'
    | 'responseType'
    | 'transformResponse'
  >
> & Pick<AxiosRequestConfig, 'auth' | 'timeout' | 'proxy' | 'maxBodyLength' | 'maxContentLength'>
