import type { AuthenticationTokenPayload } from "lib/token/authenticationToken"
import type UserGroup from "types/UserGroup"

export interface UserServiceAccess {
  hasAccessToBichard: boolean
  hasAccessToUserManagement: boolean
  hasAccessToReports: boolean
}

const bichardGroups = [
  "B7Allocator",
  "B7Audit",
  "B7ExceptionHandler",
  "B7GeneralHandler",
  "B7Supervisor",
  "B7TriggerHandler"
]

export default ({ groups }: AuthenticationTokenPayload): UserServiceAccess => {
  const hasAccessToBichard = bichardGroups.some((g) => groups.includes(g as UserGroup))

  const hasAccessToUserManagement = groups.includes("B7UserManager" as UserGroup)

  const hasAccessToReports = bichardGroups.some((g) => groups.includes(g as UserGroup))

  return {
    hasAccessToBichard,
    hasAccessToUserManagement,
    hasAccessToReports
  }
}
