export interface EmitRequest<T> {
    namespace: string;
    event: T;
}
