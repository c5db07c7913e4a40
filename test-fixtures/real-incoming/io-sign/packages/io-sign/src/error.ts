export class ActionNotAllowedError extends Error {
  name = "ActionNotAllowedError";
}

export class EntityNotFoundError extends Error {
  name = "EntityNotFoundError";
}
export class TooManyRequestsError extends Error {
  name = "TooManyRequestsError";
}
