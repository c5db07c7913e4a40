export interface BasmError extends Error {
  statusCode: number
}