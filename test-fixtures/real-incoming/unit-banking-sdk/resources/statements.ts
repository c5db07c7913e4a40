import { BaseListParams, QueryParameters, Statement, UnitConfig, UnitResponse } from "../types"
import { BaseResource } from "./baseResource"
import {responseEncoding, ResponseType} from "axios"

export class Statments extends BaseResource {
    constructor(token: string, basePath: string, config?: UnitConfig) {
        super(token, basePath + "/statements", config)
    }

    public async list(params?: StatementsListParams): Promise<UnitResponse<Statement[]>> {
        const parameters: QueryParameters = {
            "page[limit]": (params?.limit ? params.limit : 100),
            "page[offset]": (params?.offset ? params.offset : 0),
            ...(params?.accountId && { "filter[accountId]": params.accountId }),
            ...(params?.customerId && { "filter[customerId]": params.customerId }),
            ...(params?.period && { "filter[period]": params.period }),
            ...(params?.sort && { "sort": params.sort })
        }

        if (params?.accountIds)
            params.accountIds.forEach((id, idx) => {
                parameters[`filter[accountIds][${idx}]`] = id
            })

        return this.httpGet<UnitResponse<Statement[]>>("", { params: parameters })
    }

    public get(statementId: string, customerId?: string, isPDF = false, responseEncoding: responseEncoding = "binary", language: "en" | "es" = "en"): Promise<string> {
        const parameters = {
            ...(customerId && { "filter[customerId]": customerId }),
            language: language
        }

        const url = isPDF ? `/${statementId}/pdf` : `/${statementId}/html`
        return this.httpGet<string>(url, {params: parameters, responseEncoding})
    }

    public getBinary(statementId: string, customerId?: string, isPDF = false, language: "en" | "es" = "en"): Promise<string> {
        return this.get(statementId, customerId, isPDF, "binary", language)
    }

    public getBankVerification(accountId: string, includeProofOfFunds = false, responseEncoding: responseEncoding = "binary", responseType: ResponseType = "blob"): Promise<string> {
        return this.httpGet<string>(`/${accountId}/bank/pdf`, {params: {includeProofOfFunds}, responseEncoding, responseType})
    }
}

export interface StatementsListParams extends BaseListParams {
    /**
     * Optional. Filters the results by the specified account id.
     * default: empty
     */
    accountId?: string

    /**
     * Optional. Filters the results by the specified customer id.
     * default: empty
     */
    customerId?: string

    /**
     * Optional. sort=period for ascending order. Provide sort=-period (leading minus sign) for descending order.
     * default: sort=-period
     */
    sort?: "period" | "-period"

    /**
     * Optional. Filters the results for a specific month. e.g. 2021-01
     * ISO8601 Date string
     */
    period?: string

    /**
     * Optional. Filters the results by the specified account ids.
     */
    accountIds?: string[]
}
