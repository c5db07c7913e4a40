export interface WebIdResponse {
    user_id: string;
    expose_email: boolean;
    custom_triples?: string;
}
