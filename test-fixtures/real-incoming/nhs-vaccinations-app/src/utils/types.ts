export type Brand<T, B> = T & { readonly __brand: B };
