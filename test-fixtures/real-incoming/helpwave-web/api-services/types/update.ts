export type Update<T> = {
  previous?: T,
  update: T,
}
