"use client"
import {
  type Attendance,
  type AttendeeId,
  getAttendeeQueuePosition,
  getUnreservedAttendeeCount,
} from "@dotkomonline/rpc/attendance"
import { type User, findActiveMembership, getMembershipTypeName, getGenderName } from "@dotkomonline/rpc/user"
import { getCurrentUTC, getStudyGrade } from "@dotkomonline/utils"
import { Button, Flex, Group, Image, Stack, Text, Title, useComputedColorScheme } from "@mantine/core"
import { useMediaQuery } from "@mantine/hooks"
import { type ContextModalProps, modals } from "@mantine/modals"
import { IconAlertTriangle, IconCheck, IconX } from "@tabler/icons-react"
import { formatDate, formatDistanceToNow } from "date-fns"
import { nb } from "date-fns/locale"
import type { FC } from "react"
import { useUpdateEventAttendanceMutation } from "../mutations"

interface ModalProps {
  attendance: Attendance
  attendeeId: AttendeeId
  onClose?: () => void
}

export const QRCodeScannedModal: FC<ContextModalProps<ModalProps>> = ({
  context,
  id,
  innerProps: { attendance, attendeeId },
}) => {
  const isMobile = useMediaQuery("(max-width: 48em)") || false
  const registerAttendance = useUpdateEventAttendanceMutation()

  const attendee = attendance.attendees.find((attendee) => attendee.id === attendeeId)
  const pool = attendee && attendance.pools.find((pool) => pool.id === attendee.attendancePoolId)

  const unreservedAttendeeCount = getUnreservedAttendeeCount(attendance)
  const spotInQueue = attendee ? getAttendeeQueuePosition(attendance, attendee.user) : null

  if (!attendee) {
    return (
      <Stack>
        <Group gap={6}>
          <IconX color="var(--mantine-color-red-6)" size={28} />
          <Title order={4}>Ingen deltaker funnet</Title>
        </Group>
        <Text>Det kan være at QR-koden er til et annet arrangement</Text>
        <Group>
          <Button onClick={() => context.closeModal(id)}>Okay</Button>
        </Group>
      </Stack>
    )
  }

  if (!pool) {
    return (
      <Stack>
        <UserBox user={attendee.user} isMobile={isMobile} />
        <Group gap={6}>
          <IconX color="var(--mantine-color-red-6)" size={28} />
          <Title order={4}>Gruppe mangler</Title>
        </Group>
        <Text>Deltaker ble funnet, men påmeldingsgruppen mangler</Text>
        <Group>
          <Button onClick={() => context.closeModal(id)}>Okay</Button>
        </Group>
      </Stack>
    )
  }

  if (attendee.attendedAt) {
    return (
      <Stack>
        <UserBox user={attendee.user} isMobile={isMobile} />
        <Group gap={6}>
          <IconX color="var(--mantine-color-red-6)" size={28} />
          <Title order={4}>Allerede registrert</Title>
        </Group>
        <Stack gap={4}>
          <Text>Deltaker har allerede registrert oppmøte</Text>
          <Text size="sm">
            Registrert for {formatDistanceToNow(attendee.attendedAt, { locale: nb, addSuffix: true })} (
            {formatDate(attendee.attendedAt, "dd. MMM yyyy 'kl.' HH:mm", { locale: nb })})
          </Text>
        </Stack>
        <Group>
          <Button onClick={() => context.closeModal(id)}>Okay</Button>
        </Group>
      </Stack>
    )
  }

  const handleYes = () => {
    registerAttendance.mutate({ id: attendeeId, at: getCurrentUTC() })

    context.closeModal(id)
  }

  const handleNo = () => {
    context.closeModal(id)
  }

  return (
    <Stack>
      <UserBox user={attendee.user} isMobile={isMobile} />
      <Stack gap={4}>
        <Group gap={6}>
          {attendee.reserved ? (
            <>
              <IconCheck color="var(--mantine-color-green-6)" size={20} />
              <Text>Reservert plass</Text>
            </>
          ) : (
            <>
              <IconAlertTriangle color="var(--mantine-color-red-6)" size={20} />
              <Text>
                {spotInQueue}. plass i kø ({unreservedAttendeeCount} totalt i kø)
              </Text>
            </>
          )}
        </Group>

        {attendance.attendancePrice && (
          <Group gap={6}>
            {attendee.paymentChargedAt ? (
              <>
                <IconCheck color="var(--mantine-color-green-6)" size={20} />
                <Text>Betalt</Text>
              </>
            ) : attendee.paymentReservedAt ? (
              <>
                <IconCheck color="var(--mantine-color-green-6)" size={20} />
                <Text>Reservert betaling</Text>
              </>
            ) : (
              <>
                <IconAlertTriangle color="var(--mantine-color-red-6)" size={20} />
                <Text>Ikke betalt</Text>
              </>
            )}
          </Group>
        )}
      </Stack>

      <Stack>
        <Text>Er du sikker på at du vil registrere oppmøte?</Text>
        <Group>
          <Button color="blue" onClick={handleYes} style={{ flexGrow: isMobile ? 1 : 0 }}>
            Ja
          </Button>
          <Button color="gray" onClick={handleNo} style={{ flexGrow: isMobile ? 1 : 0 }}>
            Nei
          </Button>
        </Group>
      </Stack>
    </Stack>
  )
}

interface UserBoxProps {
  user: User
  isMobile: boolean
}

const UserBox = ({ user, isMobile }: UserBoxProps) => {
  const isLightMode = useComputedColorScheme() === "light"

  const membership = findActiveMembership(user)
  const grade = membership?.semester != null ? getStudyGrade(membership.semester) : null
  const membershipType = membership && getMembershipTypeName(membership.type)

  return (
    <Stack>
      <Flex
        direction={isMobile ? "column" : "row"}
        gap="md"
        p="sm"
        bg={isLightMode ? "gray.1" : "dark.5"}
        style={{ borderRadius: 16 }}
        align="flex-start"
        wrap="nowrap"
      >
        <Image src={user.imageUrl} alt={user.name ?? user.username} radius="md" w={100} h={100} />
        <Stack gap={2}>
          <Title order={4}>{user.name}</Title>
          <Text size="sm">{membership ? `Medlemskap: ${membershipType}` : "Ingen aktivt medlemskap"}</Text>
          <Text size="sm">{membership ? (grade ? `Klasse: ${grade}` : "Ingen klassetrinn") : "-"}</Text>
          <Text size="sm">Kjønn: {getGenderName(user.gender)}</Text>
          <Text size="sm">Kostholdsrestriksjoner: {user.dietaryRestrictions || "Ingen"}</Text>
        </Stack>
      </Flex>
    </Stack>
  )
}

export const openQRCodeScannedModal = ({ attendance, attendeeId, onClose }: ModalProps) =>
  modals.openContextModal({
    modal: "event/attendance/attendee/qr-code-scanned",
    title: "QR-kode skannet",
    innerProps: { attendance, attendeeId },
    centered: true,
    onClose,
  })
