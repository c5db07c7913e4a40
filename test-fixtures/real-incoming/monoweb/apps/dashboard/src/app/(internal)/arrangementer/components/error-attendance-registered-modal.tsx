import type { User } from "@dotkomonline/rpc/user"
import { type ContextModalProps, modals } from "@mantine/modals"
import type { FC } from "react"

interface AttendanceRegisteredModalProps {
  user: User
}

export const AlreadyAttendedModal: FC<ContextModalProps<AttendanceRegisteredModalProps>> = ({ innerProps }) => {
  return (
    <div className="w-full">
      <h1>Bruker allerede påmeldt</h1>
      <h2 className="text-">{innerProps.user.name}</h2>
      <p>{innerProps.user.email}</p>
    </div>
  )
}

export const openAlreadyAttendedModal =
  ({ user }: AttendanceRegisteredModalProps) =>
  () =>
    modals.openContextModal({
      modal: "event/attendance/registered-error",
      title: "Bruker Allerede påmeldt",
      innerProps: {
        user,
      },
    })
