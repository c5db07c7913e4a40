import { RequestService, APIResponse } from "../services/request.service";
import { EmailVerification, EmailVerificationQueryParams, EmailVerificationResultQueryParams, EmailVerificationSingleQueryParams } from "../models";

export class EmailVerificationModule extends RequestService {
    constructor(apiKey: string, baseUrl: string) {
        super(apiKey, baseUrl);
    }

    async list(queryParams?: EmailVerificationQueryParams): Promise<APIResponse> {
        return await this.get(`/email-verification`, queryParams);
    }

    async single(emailVerificationId: string, queryParams?: EmailVerificationSingleQueryParams): Promise<APIResponse> {
        return await this.get(`/email-verification/${emailVerificationId}`, queryParams);
    }

    async create(emailVerification: EmailVerification): Promise<APIResponse> {
        return await this.post<EmailVerification>(`/email-verification`, emailVerification);
    }

    async verifyList(emailVerificationId: string): Promise<APIResponse> {
        return await this.get(`/email-verification/${emailVerificationId}/verify`);
    }

    async getListResult(emailVerificationId: string, queryParams: EmailVerificationResultQueryParams): Promise<APIResponse> {
        return await this.get(`/email-verification/${emailVerificationId}/results`, queryParams);
    }

    async verifyEmail(email: string): Promise<APIResponse> {
        return await this.post<{ email: string }>(`/email-verification/verify`, { email: email });
    }

    async verifyEmailAsync(email: string): Promise<APIResponse> {
        return await this.post<{ email: string }>(`/email-verification/verify-async`, { email: email });
    }

    async getVerifyEmailAsyncStatus(id: string): Promise<APIResponse> {
        return await this.get(`/email-verification/verify-async/${id}`);
    }
}
