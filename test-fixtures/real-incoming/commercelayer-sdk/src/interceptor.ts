import type { FetchError, FetchRequestOptions } from "./fetch"


type InterceptorEventManager<S extends (RequestInterceptor | ResponseInterceptor), F extends (ErrorInterceptor | ResponseInterceptor)> = {
	onSuccess?: S
	onFailure?: F
}


type RequestEventManager = InterceptorEventManager<RequestInterceptor, ErrorInterceptor>
type ResponseEventManager = InterceptorEventManager<ResponseInterceptor, ErrorInterceptor>
type ErrorEventManager = InterceptorEventManager<ResponseInterceptor, ResponseInterceptor>


type InterceptorManager = {
	request?: RequestEventManager
	response?: ResponseEventManager
	rawReader?: ErrorEventManager
}


// Request
type RequestObj = { url: URL, options: FetchRequestOptions }
type RequestInterceptor = (request: RequestObj) => RequestObj | Promise<RequestObj>

// Response
type ResponseObj = Response
type ResponseInterceptor = (response: ResponseObj) => ResponseObj | Promise<ResponseObj>

// Headers
type ApiHeadersLock = 'x-ratelimit-limit' | 'x-ratelimit-interval' | 'x-ratelimit-remaining' // | 'x-ratelimit-count' | 'x-ratelimit-period'
type ApiHeaders = { [key in ApiHeadersLock]: string | number | boolean }
type HeadersObj = Record<string, string> | ApiHeaders

// Error
type ErrorObj = FetchError
type ErrorInterceptor = (error: ErrorObj) => ErrorObj | Promise<ErrorObj>

type InterceptorType = 'request' | 'response'


export type { ErrorInterceptor, ErrorObj, HeadersObj, InterceptorManager, InterceptorType, RequestInterceptor, RequestObj, ResponseInterceptor, ResponseObj }



type RawResponseReader = {
	id: number
	rawResponse?: any
	headers?: HeadersObj
	ok: boolean
}


export type { RawResponseReader }
