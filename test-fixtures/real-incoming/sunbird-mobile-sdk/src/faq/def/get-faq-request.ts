export interface GetFaqRequest {
    language: string;
    faqUrl: string;
}
