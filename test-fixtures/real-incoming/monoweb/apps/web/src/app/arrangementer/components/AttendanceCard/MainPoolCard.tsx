import { formatRollingCountdown } from "@/utils/countdown/formatRollingCountdown"
import { RollingNumber } from "@/components/RollingNumber"
import { useCountdown } from "@/utils/countdown/use-countdown"
import {
  type Attendance,
  type Attendee,
  getAttendablePool,
  getAttendee,
  getAttendeeQueuePosition,
  getReservedAttendeeCount,
  getUnreservedAttendeeCount,
  hasAttendeePaid,
} from "@dotkomonline/rpc/attendance"
import { type User, findActiveMembership } from "@dotkomonline/rpc/user"
import { Stripes, Text, Title, Tooltip, TooltipContent, TooltipTrigger, cn } from "@dotkomonline/ui"
import {
  IconArrowForward,
  IconArrowUpRight,
  IconCheck,
  IconClock,
  IconCoins,
  IconHourglassEmpty,
  IconUserX,
  IconX,
} from "@tabler/icons-react"
import {
  addDays,
  addSeconds,
  formatDate,
  formatDistanceToNowStrict,
  interval,
  isAfter,
  isFuture,
  isWithinInterval,
  roundToNearestHours,
  subMinutes,
} from "date-fns"
import { nb } from "date-fns/locale"
import Link from "next/link.js"
import type { FC } from "react"

// Stripe's refund processing time is maximum 10 business days, we therefore
// add 2 days to the processing time to account for weekends
// See https://support.stripe.com/questions/where-is-my-customers-refund
const MAX_REFUND_PROCESSING_DAYS = 12

interface MainPoolCardProps {
  attendance: Attendance
  user: User | null
  authorizeUrl: string
  chargeScheduleDate?: Date | null
}

export const MainPoolCard: FC<MainPoolCardProps> = ({ attendance, user, authorizeUrl, chargeScheduleDate }) => {
  const now = new Date()
  const attendee = getAttendee(attendance, user)

  const registerCountdownDisplay = useCountdown(attendance.registerStart, formatRollingCountdown)
  const registerCountdownInterval = interval(subMinutes(attendance.registerStart, 15), attendance.registerStart)
  const isWithinRegisterCountdown = isWithinInterval(now, registerCountdownInterval)
  const showRegisterCountdown = isWithinRegisterCountdown && !attendee

  const paymentCountdownDisplay = useCountdown(attendee?.paymentDeadline ?? null, formatRollingCountdown)
  const paymentCountdownInterval =
    attendee?.createdAt && attendee.paymentDeadline ? interval(attendee.createdAt, attendee.paymentDeadline) : null
  const isWithinPaymentCountdown =
    paymentCountdownInterval && hasAttendeePaid(attendee, attendance.attendancePrice) === false
      ? isWithinInterval(now, paymentCountdownInterval)
      : false
  const showPaymentCountdown = isWithinPaymentCountdown && attendee?.paymentLink != null

  const cardClassname = cn(
    "flex flex-col w-full min-h-40 gap-2 p-3 rounded-lg",
    "items-center text-center justify-center",
    "bg-gray-100 dark:bg-stone-700"
  )

  if (!user) {
    return (
      <a href={authorizeUrl} className={cn("group", cardClassname)}>
        <div className="flex flex-col gap-2">
          <Text>Du er ikke innlogget</Text>

          <div className="flex flex-row gap-1 items-center">
            <Text className="group-hover:underline">Logg inn</Text>
            <IconArrowUpRight className="size-[1.25em]" />
          </div>

          {attendance.attendancePrice && attendance.attendancePrice > 0 && (
            <div className="mt-4">
              <PaymentStatus attendance={attendance} attendee={attendee} chargeScheduleDate={chargeScheduleDate} />
            </div>
          )}
        </div>
      </a>
    )
  }

  const membership = findActiveMembership(user)

  if (!membership && !attendee) {
    return (
      <Link href="/innstillinger/medlemskap" className={cn("group", cardClassname)}>
        <div className="flex flex-col gap-2">
          <Text>Du har ikke registert medlemskap</Text>

          <div className="flex gap-[0.5ch] text-sm align-center">
            <Text>
              Gå til <span className="group-hover:underline">medlemskapssiden</span>
            </Text>
            <IconArrowUpRight className="size-[1.25em]" />
          </div>

          {attendance.attendancePrice && attendance.attendancePrice > 0 && (
            <div className="mt-4">
              <PaymentStatus attendance={attendance} attendee={attendee} chargeScheduleDate={chargeScheduleDate} />
            </div>
          )}
        </div>
      </Link>
    )
  }

  const pool = getAttendablePool(attendance, user)

  if (!pool) {
    return (
      <div className={cardClassname}>
        <Text>Du kan ikke melde deg på dette arrangementet</Text>
      </div>
    )
  }

  const unreservedAttendeeCount = getUnreservedAttendeeCount(attendance, pool.id)
  const reservedAttendeeCount = getReservedAttendeeCount(attendance, pool.id)
  const hasWaitlist = unreservedAttendeeCount > 0

  const servingPunishment =
    attendee?.earliestReservationAt &&
    isFuture(attendee.earliestReservationAt) &&
    isAfter(attendee.earliestReservationAt, addSeconds(attendee.createdAt, 1))

  return (
    <div
      className={cn(
        "flex flex-col w-full rounded-lg",
        !attendee && "bg-gray-100 dark:bg-stone-700/50",
        attendee?.reserved === true && "bg-green-100 dark:bg-green-900",
        attendee?.reserved === false && "bg-yellow-100 dark:bg-indigo-900/75"
      )}
    >
      <div
        className={cn(
          "flex flex-row gap-2 px-3 py-2 rounded-t-lg justify-center text-sm font-bold",
          !attendee && "bg-gray-200 dark:bg-stone-700",
          attendee?.reserved === true && "bg-green-200 dark:bg-green-800",
          attendee?.reserved === false && "bg-yellow-200 dark:bg-indigo-900"
        )}
      >
        <Title element="p" className="text-base">
          {pool.title}
        </Title>

        {pool.mergeDelayHours && pool.mergeDelayHours > 0 && <DelayPill mergeDelayHours={pool.mergeDelayHours} />}
      </div>

      <div className="flex flex-col min-h-40 gap-6 p-3 rounded-lg items-center text-center justify-center w-full">
        {!showRegisterCountdown && (
          <div className="flex grow flex-col gap-4 items-center text-center justify-center">
            <div className="flex flex-col gap-1 items-center">
              <Text
                className={cn(
                  "text-3xl px-2 py-1",
                  hasWaitlist && attendee?.reserved && "bg-green-200 dark:bg-green-800 rounded-lg"
                )}
              >
                <RollingNumber value={reservedAttendeeCount} />
                {/* Don't show capacity for merge pools (capacity = 0) */}
                {pool.capacity > 0 && (
                  <>
                    /<span className="font-mono">{pool.capacity}</span>
                  </>
                )}
              </Text>

              {hasWaitlist && (
                <Text
                  className={cn(
                    "text-lg px-2 py-0.5",
                    attendee?.reserved === false && "bg-yellow-200 dark:bg-indigo-800 rounded-md"
                  )}
                >
                  +<RollingNumber value={unreservedAttendeeCount} /> i kø
                </Text>
              )}
            </div>

            <div className="flex flex-col gap-2">
              {servingPunishment ? (
                <PunishmentStatus attendee={attendee} />
              ) : (
                <AttendanceStatus attendance={attendance} attendee={attendee} />
              )}
              <PaymentStatus attendance={attendance} attendee={attendee} chargeScheduleDate={chargeScheduleDate} />
            </div>
          </div>
        )}

        {showRegisterCountdown && (
          <div className="flex flex-col gap-1 items-center">
            <Text>{pool.capacity > 0 ? `${pool.capacity} plasser` : "Påmelding"} åpner om</Text>
            <Text className="text-4xl font-medium" suppressHydrationWarning>
              {registerCountdownDisplay}
            </Text>
          </div>
        )}

        {showPaymentCountdown && attendee?.paymentLink && (
          <Link href={attendee.paymentLink} className="group relative cursor-pointer items-center w-full">
            <Stripes
              colorA={cn("dark:bg-amber-600", attendee.reserved !== false ? "bg-amber-200" : "bg-indigo-200")}
              colorB={cn("dark:bg-amber-700", attendee.reserved !== false ? "bg-amber-300" : "bg-indigo-300")}
              stripeWidth={24}
              speed="2.0s"
              animated
              className="group flex items-center h-40 px-5 py-4 rounded-md"
            >
              <div className="relative flex flex-row justify-between items-center w-full">
                <div className="flex flex-col gap-1 items-center justify-center w-full">
                  <Text className="text-lg font-medium">Du må betale innen</Text>
                  <Text suppressHydrationWarning className="text-4xl font-medium">
                    {paymentCountdownDisplay}
                  </Text>
                </div>
                <IconArrowUpRight className="size-[1.25em] [@media(min-width:350px)]:absolute [@media(min-width:350px)]:right-0" />
              </div>
            </Stripes>

            {/* White/dark overlay */}
            <span
              className={cn(
                "absolute top-0 left-0 inset-0 rounded-md bg-linear-to-t pointer-events-none transition-colors duration-400",
                "from-white/50 via-white/30 group-hover:via-white/5 group-hover:from-white/15 to-transparent",
                "dark:from-black/50 dark:via-black/30 dark:group-hover:via-black/5 dark:group-hover:from-black/15 dark:to-transparent"
              )}
            />
          </Link>
        )}
      </div>
    </div>
  )
}

interface DelayPillProps {
  mergeDelayHours: number | null
}

const DelayPill = ({ mergeDelayHours }: DelayPillProps) => {
  const content = mergeDelayHours
    ? `Denne gruppen får plasser ${mergeDelayHours} timer etter påmeldingsstart`
    : "Denne påmeldingsgruppen kan få plasser senere"

  return (
    <Tooltip delayDuration={100}>
      <TooltipTrigger asChild>
        <div className="flex items-center gap-1">
          <IconHourglassEmpty className="size-4" />
          <Text className="text-xs">{mergeDelayHours ? `${mergeDelayHours}t` : "TBD"}</Text>
        </div>
      </TooltipTrigger>
      <TooltipContent className="font-normal">
        <Text>{content}</Text>
      </TooltipContent>
    </Tooltip>
  )
}

interface AttendanceStatusProps {
  attendance: Attendance
  attendee: Attendee | null
}

const AttendanceStatus = ({ attendance, attendee }: AttendanceStatusProps) => {
  if (!attendee) {
    return (
      <div className="flex flex-row items-center gap-2">
        <IconUserX className="size-[1.25em]" />
        <Text>Du er ikke påmeldt</Text>
      </div>
    )
  }

  if (attendee.reserved === true) {
    return (
      <div className="flex flex-row items-center gap-2">
        <IconCheck className="size-[1.25em] text-green-700 dark:text-green-300" />
        <Text>Du er påmeldt</Text>
      </div>
    )
  }

  const queuePosition = getAttendeeQueuePosition(attendance, attendee.user)

  return (
    <div className="flex flex-row items-center gap-2">
      <IconClock className="size-[1.25em] dark:text-indigo-400" />
      <Text>Du er {queuePosition !== null && `${queuePosition}. `}i køen</Text>
    </div>
  )
}

interface PaymentStatusProps {
  attendance: Attendance
  attendee: Attendee | null
  chargeScheduleDate?: Date | null
}

const PaymentStatus = ({ attendance, attendee, chargeScheduleDate }: PaymentStatusProps) => {
  const hasPaid = hasAttendeePaid(attendee, attendance.attendancePrice)

  if (hasPaid === null) {
    return null
  }

  if (!attendee) {
    return (
      <div className="flex flex-row items-center gap-2">
        <IconCoins className="size-[1.25em]" />
        <Text>{attendance.attendancePrice} kr</Text>
      </div>
    )
  }

  if (!hasPaid) {
    return (
      <div className="flex flex-row items-center gap-2">
        <IconX className="size-[1.25em] text-red-700 dark:text-red-400" />
        <Text>{attendance.attendancePrice} kr ubetalt</Text>
      </div>
    )
  }

  if (attendee.paymentRefundedAt) {
    return (
      <>
        <div className="flex flex-row items-center gap-2">
          <IconArrowForward className="size-[1.25em]" />
          <Text>Du er refundert {attendance.attendancePrice} kr</Text>
        </div>
        <Text className="text-xs">
          Pengene ankommer senest{" "}
          {formatDate(
            roundToNearestHours(addDays(attendee.paymentRefundedAt, MAX_REFUND_PROCESSING_DAYS)),
            "dd. MMM 'kl.' HH",
            { locale: nb }
          )}{" "}
        </Text>
      </>
    )
  }

  if (attendee.paymentChargedAt) {
    return (
      <div className="flex flex-row items-center gap-2">
        <IconCheck className="size-[1.25em] text-green-700 dark:text-green-400" />
        <Text>Du har betalt {attendance.attendancePrice} kr</Text>
      </div>
    )
  }

  if (attendee.paymentReservedAt) {
    return (
      <div className="flex flex-row items-center gap-2">
        <IconCheck className="size-[1.25em] text-green-700 dark:text-green-400" />

        <div className="flex flex-col gap-0 items-start">
          <Text>Du har reservert {attendance.attendancePrice} kr</Text>

          {chargeScheduleDate && (
            <Text className="text-xs">
              Du blir trukket rundt{" "}
              {formatDate(roundToNearestHours(chargeScheduleDate), "dd. MMM 'kl.' HH", { locale: nb })}
            </Text>
          )}
        </div>
      </div>
    )
  }

  return null
}

interface PunishmentStatusProps {
  attendee: Attendee
}

const PunishmentStatus = ({ attendee }: PunishmentStatusProps) => {
  return (
    <Tooltip delayDuration={100}>
      <TooltipTrigger asChild>
        <div className="flex flex-row gap-2 items-center">
          <IconHourglassEmpty className="size-[1.25em] text-yellow-600 dark:text-indigo-300" />
          <Text>
            {formatDistanceToNowStrict(attendee.earliestReservationAt, {
              locale: nb,
            })}{" "}
            utsettelse
          </Text>
        </div>
      </TooltipTrigger>
      <TooltipContent className="font-normal">
        Utsettelsen varer til{" "}
        {formatDate(attendee.earliestReservationAt, "eeee dd. MMM yyyy 'kl.' HH:mm:ss", { locale: nb })}
      </TooltipContent>
    </Tooltip>
  )
}
