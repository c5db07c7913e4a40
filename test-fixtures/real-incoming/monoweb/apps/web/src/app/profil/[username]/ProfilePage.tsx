"use client"

import { EventList } from "@/app/arrangementer/components/EventList"
import { useEventAllSummariesByAttendingUserIdInfiniteQuery } from "@/app/arrangementer/components/queries"
import { GroupLogoAvatar } from "@/components/atoms/GroupLogo"
import { OnlineIcon } from "@/components/atoms/OnlineIcon"
import { EventListItemSkeleton } from "@/components/molecules/EventListItem/EventListItem"
import { MembershipDisplay } from "@/components/molecules/MembershipDisplay/MembershipDisplay"
import { env } from "@/env"
import { useTRPC } from "@/utils/trpc/client"
import { useFullPathname } from "@/utils/use-full-pathname"
import { useUser } from "@auth0/nextjs-auth0/client"
import type { VisiblePersonalMarkDetails } from "@dotkomonline/rpc/mark"
import { createGroupPageUrl, getGroupDisplayName } from "@dotkomonline/rpc/group"
import { findActiveMembership, getGenderName, getMembershipTypeName } from "@dotkomonline/rpc/user"
import {
  Avatar,
  AvatarFallback,
  AvatarImage,
  Button,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
  RadialProgress,
  ReadMore,
  RichText,
  Text,
  Title,
  Tooltip,
  TooltipContent,
  TooltipTrigger,
  cn,
} from "@dotkomonline/ui"
import {
  capitalizeFirstLetter,
  createAuthorizeUrl,
  getCurrentUTC,
  getPunishmentExpiryDate,
  getStudyGrade,
} from "@dotkomonline/utils"
import {
  IconChefHatOff,
  IconEdit,
  IconExternalLink,
  IconGenderBigender,
  IconLock,
  IconMail,
  IconPhone,
  IconPointFilled,
  IconQuestionMark,
  IconSettings,
  IconUser,
} from "@tabler/icons-react"
import { useQueries } from "@tanstack/react-query"
import { differenceInMilliseconds, formatDate, formatDistanceToNowStrict, isPast } from "date-fns"
import { nb } from "date-fns/locale"
import Link from "next/link"
import { notFound, redirect, useParams } from "next/navigation"
import { type ElementType, useMemo } from "react"
import { PenaltyDialog } from "./components/PenaltyDialog"
import SkeletonProfilePage from "./loading"
import { useIsAdminQuery } from "./queries"

const UserProp = (props: { label: string; value: string | number | null; icon: ElementType }) => {
  const Icon = props.icon

  return (
    <>
      <div className="flex flex-row gap-2 items-center text-gray-600 dark:text-stone-400">
        <Icon className="size-5 shrink-0" />
        <Text className="text-sm leading-6">{props.label}:</Text>
      </div>
      {props.value !== null ? (
        <Text className="text-base ml-7 mb-4 sm:ml-0 sm:mb-0 md:ml-7 md:mb-4 lg:ml-0 lg:mb-0 wrap-break-word min-w-0">
          {props.value}
        </Text>
      ) : (
        <Text className="text-base ml-7 mb-4 sm:ml-0 sm:mb-0 md:ml-7 md:mb-4 lg:ml-0 lg:mb-0 text-gray-500 dark:text-stone-400">
          Ingen informasjon
        </Text>
      )}
    </>
  )
}

function MarkDisplay({ markInformation: { mark, personalMark } }: { markInformation: VisiblePersonalMarkDetails }) {
  const expires = getPunishmentExpiryDate(personalMark.createdAt, mark.duration)
  const hasExpired = isPast(expires)

  const percentageLeft = useMemo(() => {
    const totalDuration = differenceInMilliseconds(expires, personalMark.createdAt)
    const remainingDuration = Math.max(0, differenceInMilliseconds(expires, new Date()))
    const ratio = Math.min(1, Math.max(0, remainingDuration / totalDuration))

    return ratio * 100
  }, [expires, personalMark.createdAt])

  return (
    <div
      className={cn(
        "p-3 border rounded-md flex flex-row gap-3 justify-between w-full border-gray-200 dark:border-stone-700",
        hasExpired && "text-gray-500 dark:text-stone-400"
      )}
    >
      <div className="flex gap-3 items-center h-fit w-full">
        <div className="flex flex-col gap-3 w-full">
          <div className={cn("flex flex-col", hasExpired ? "gap-1" : "gap-2")}>
            {hasExpired ? (
              <Text className="text-base">{mark.title}</Text>
            ) : (
              <div className="flex flex-col gap-1 text-sm">
                <div className="flex flex-row gap-1 items-center">
                  {!hasExpired && <IconPointFilled className="text-red-500 -mx-1" width={20} height={20} />}
                  <Text className={cn(!hasExpired && "text-lg font-medium")}>{mark.title}</Text>
                </div>
                <div className={cn("flex flex-row flex-wrap gap-2 items-center")}>
                  <Text>
                    {mark.weight} prikk{mark.weight !== 1 ? "er" : ""}
                  </Text>

                  <IconPointFilled className="text-gray-500 dark:text-stone-400" width={16} height={16} />

                  <Tooltip delayDuration={100}>
                    <TooltipTrigger className="flex flex-row items-center gap-2">
                      <RadialProgress percentage={percentageLeft} size={16} strokeWidth={4} reverse hideText />

                      <Text>Utløper om {formatDistanceToNowStrict(expires)}</Text>
                    </TooltipTrigger>
                    <TooltipContent>
                      <Text className="text-xs text-gray-500 dark:text-stone-400">
                        Utløper {formatDate(expires, "dd. MMMM yyyy HH:mm")}
                      </Text>
                    </TooltipContent>
                  </Tooltip>
                </div>
              </div>
            )}

            <Text className="text-sm">{mark.details}</Text>
          </div>

          <Text className={cn("text-xs text-gray-500 dark:text-stone-400")}>
            Gitt {formatDate(personalMark.createdAt, "dd. MMM yyyy")} av{" "}
            {mark.groups.map((group) => getGroupDisplayName(group)).join(", ")}
          </Text>
        </div>
      </div>
    </div>
  )
}

export function ProfilePage() {
  const now = useMemo(() => getCurrentUTC(), [])

  const { username: rawUsername } = useParams<{ username: string }>()
  const username = decodeURIComponent(rawUsername)

  const trpc = useTRPC()
  const fullPathname = useFullPathname()
  const { user: sessionUser, isLoading: sessionLoading } = useUser()

  const [userResult] = useQueries({
    queries: [trpc.user.findByUsername.queryOptions(username)],
  })

  const { data: user, isLoading: userLoading } = userResult

  // "Compilation" is an inaugural tradition in Online where you "officially" become a member
  const isCompiled = false // TODO: Reimplement compilation with flags
  const isLoggedIn = sessionUser != null
  const isUser = user ? user.id === sessionUser?.sub : false

  const [{ data: groups }, { data: futureEventWithAttendances }, { data: marks }, { data: eventsMissingFeedback }] =
    useQueries({
      queries: [
        trpc.group.allByMember.queryOptions({ userId: user?.id ?? "" }, { enabled: isLoggedIn && Boolean(user?.id) }),
        trpc.event.allSummariesByAttendingUserId.queryOptions(
          {
            id: user?.id ?? "",
            filter: {
              byEndDate: {
                min: now,
                max: null,
              },
            },
          },
          { enabled: isLoggedIn && Boolean(user?.id) }
        ),
        trpc.personalMark.getVisibleInformation.queryOptions({ userId: user?.id ?? "" }, { enabled: isUser }),
        trpc.event.findUnansweredByUser.queryOptions(user?.id ?? "", { enabled: isUser }),
      ],
    })

  const { eventDetails: pastEventWithAttendances, fetchNextPage } = useEventAllSummariesByAttendingUserIdInfiniteQuery({
    id: user?.id ?? "",
    filter: {
      byEndDate: {
        max: now,
        min: null,
      },
    },
    enabled: isLoggedIn && Boolean(user?.id),
  })

  const allGroups = useMemo(
    () =>
      groups
        ? [
            ...groups.map((group) => ({
              ...group,
              pageUrl: createGroupPageUrl(group),
            })),
          ]
        : [],
    [groups]
  )

  const { isAdmin } = useIsAdminQuery()

  if (!sessionLoading && sessionUser === null) {
    redirect(createAuthorizeUrl({ returnTo: fullPathname }))
  }

  if (user === undefined || userLoading) {
    return <SkeletonProfilePage />
  }

  if (user === null) {
    notFound()
  }

  const activeMembership = findActiveMembership(user)
  const grade = activeMembership?.semester != null ? getStudyGrade(activeMembership.semester) : null

  const dashboardUrl = new URL(`/brukere/${user.id}`, env.NEXT_PUBLIC_DASHBOARD_URL).toString()

  const settingsButton =
    isUser && isAdmin ? (
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" size="icon-xl" aria-label="Innstillinger for profil">
            <IconSettings />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem asChild>
            <Link href="/innstillinger/profil" className="flex flex-row items-center gap-2">
              <IconEdit className="size-5 shrink-0" />
              <Text className="text-sm">Rediger profil</Text>
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link
              href={dashboardUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="flex flex-row items-center gap-2"
            >
              <IconExternalLink className="size-5 shrink-0" />
              <Text className="text-sm">Administrer bruker</Text>
            </Link>
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    ) : isUser ? (
      <Button
        element={Link}
        href="/innstillinger/profil"
        variant="secondary"
        size="icon-xl"
        aria-label="Rediger profil"
        icon={<IconSettings />}
      />
    ) : isAdmin ? (
      <Button
        element={Link}
        href={dashboardUrl}
        target="_blank"
        rel="noopener noreferrer"
        variant="secondary"
        size="icon-xl"
        aria-label="Administrer bruker"
        icon={<IconSettings />}
      />
    ) : null

  return (
    <div className="flex flex-col gap-8 w-full">
      <div className="flex flex-row items-start gap-4">
        <Avatar className="w-16 h-16 md:w-32 md:h-32 shrink-0">
          <AvatarImage src={user.imageUrl ?? undefined} className="object-cover" />
          <AvatarFallback className="bg-gray-200 dark:bg-stone-600">
            <IconUser width={64} height={64} />
          </AvatarFallback>
        </Avatar>

        <div className="flex flex-col gap-1 min-w-0 grow">
          <div className="flex flex-row gap-2">
            <div className="flex flex-col gap-1 min-w-0 grow ">
              <div className="flex flex-row flex-wrap w-full justify-between items-start gap-2 pt-2">
                <Title element="h1" className="font-semibold text-xl md:text-2xl wrap-break-word min-w-0">
                  {user.name}
                </Title>
                {(isUser || isAdmin) && (
                  <div className="hidden lg:flex flex-row flex-wrap gap-2 items-center shrink-0">
                    {isUser && (
                      <Button element={Link} href="/innstillinger/profil" icon={<IconEdit width={20} height={20} />}>
                        Rediger profil
                      </Button>
                    )}
                    {isAdmin && (
                      <Button
                        element={Link}
                        href={dashboardUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        variant="secondary"
                        icon={<IconExternalLink width={20} height={20} />}
                      >
                        Administrer bruker
                      </Button>
                    )}
                  </div>
                )}
              </div>

              <div className="flex flex-row flex-wrap items-center text-sm gap-x-2 gap-y-1">
                {activeMembership ? (
                  <Text>
                    {grade && `${grade}. klasse (`}
                    {getMembershipTypeName(activeMembership.type)}
                    {grade && ")"}
                  </Text>
                ) : (
                  <Text className="text-gray-500 dark:text-stone-400">Ingen klasseinformasjon</Text>
                )}

                <IconPointFilled className="text-gray-500 dark:text-stone-400 shrink-0" width={16} height={16} />

                {user.createdAt && (
                  <Tooltip delayDuration={100}>
                    <TooltipTrigger>
                      <Text>
                        {capitalizeFirstLetter(formatDistanceToNowStrict(user.createdAt, { locale: nb }))} i Online
                      </Text>
                    </TooltipTrigger>
                    <TooltipContent>
                      <Text className="text-xs text-gray-500 dark:text-stone-400">
                        Registrert {formatDate(user.createdAt, "dd. MMMM yyyy HH:mm")}
                      </Text>
                    </TooltipContent>
                  </Tooltip>
                )}
              </div>
            </div>

            {settingsButton && <div className="lg:hidden shrink-0">{settingsButton}</div>}
          </div>

          {isCompiled && (
            <div className="flex flex-row items-center gap-2 text-sm">
              <div className="flex flex-row items-center w-fit gap-2 p-1.5 bg-gray-100 dark:bg-stone-700 rounded-md">
                <OnlineIcon height={16} width={16} />
                <Text>Kompilert</Text>
              </div>
            </div>
          )}

          <div className="mt-3">
            {user.biography ? (
              <ReadMore maxLines={3} toggleButtonClassName="mr-auto">
                <Text className="whitespace-pre-line wrap-break-word max-w-prose">{user.biography}</Text>
              </ReadMore>
            ) : (
              <Text className="text-gray-500 dark:text-stone-400">Ingen biografi</Text>
            )}
          </div>
        </div>
      </div>

      {isUser && (
        <div className="grid grid-cols-1 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-6 p-4 border border-gray-200 dark:border-stone-700 rounded-xl">
          <div className="flex flex-col gap-3 min-w-0">
            <Title>Din bruker</Title>
            <div className="grid sm:grid-cols-[auto_1fr] md:grid-cols-1 lg:grid-cols-[auto_1fr] items-start gap-1 sm:gap-3 md:gap-1 lg:gap-3 text-sm sm:text-base">
              <UserProp label="Brukernavn" value={user.username} icon={IconUser} />
              <UserProp label="E-post" value={user.email} icon={IconMail} />
              <UserProp label="Kjønn" value={getGenderName(user.gender)} icon={IconGenderBigender} />
              <UserProp label="Telefon" value={user.phone} icon={IconPhone} />
              <UserProp
                label="Kostholdsrestriksjoner"
                value={user.dietaryRestrictions || "Ingen kostholdsrestriksjoner"}
                icon={IconChefHatOff}
              />
            </div>
          </div>

          <div className="flex flex-col gap-3">
            <Title>Medlemskap</Title>

            <MembershipDisplay activeMembership={activeMembership} name={user.name} />
          </div>

          {marks && marks.length > 0 && (
            <div className="flex flex-col gap-3 md:col-span-2">
              <div>
                <Title>Prikker og suspensjoner</Title>
                <PenaltyDialog />
              </div>
              <div className="flex flex-col gap-2">
                {marks.map((markInfo) => (
                  <MarkDisplay key={markInfo.mark.id} markInformation={markInfo} />
                ))}
              </div>
            </div>
          )}
        </div>
      )}

      {eventsMissingFeedback && eventsMissingFeedback.length > 0 && (
        <div className="flex flex-col gap-3 md:p-4 md:border md:border-gray-200 md:dark:border-stone-800 md:rounded-xl">
          <Title>Manglende tilbakemelding</Title>

          <div className="grid grid-cols-1 md:grid-cols-2 gap-3">
            {eventsMissingFeedback.map((event) => {
              return (
                <Link
                  key={event.id}
                  href={`/tilbakemelding/${event.id}`}
                  className="flex flex-row items-center gap-3 p-3 rounded-md bg-gray-50 hover:bg-gray-100 dark:bg-stone-800 dark:hover:bg-stone-700 transition-colors"
                >
                  <div className="flex flex-col gap-0.5 min-w-0">
                    <Text className="text-lg wrap-break-word">{event.title}</Text>
                    <Text className="text-sm text-wrap overflow-hidden line-clamp-2">
                      Gi tilbakemelding på {event.title} som du deltok på{" "}
                      {formatDate(event.start, "dd. MMM yyyy", { locale: nb })}
                    </Text>
                    <Text className="text-sm text-red-400">
                      Fristen for å svare er{" "}
                      {formatDate(event.feedbackForm.answerDeadline, "dd. MMM yyyy HH:mm", { locale: nb })}
                    </Text>
                  </div>
                </Link>
              )
            })}
          </div>
        </div>
      )}

      {allGroups.length > 0 && (
        <div className="flex flex-col gap-3 md:p-4 md:border md:border-gray-200 md:dark:border-stone-700 md:rounded-xl">
          <Title>Grupper</Title>

          <div className="grid grid-cols-1 md:grid-cols-2 gap-3">
            {allGroups.map((group) => {
              const displayName = getGroupDisplayName(group)

              return (
                <Link
                  key={group.slug}
                  href={group.pageUrl}
                  className="flex flex-row items-center gap-3 p-3 rounded-md bg-gray-50 hover:bg-gray-100 dark:bg-stone-800 dark:hover:bg-stone-700 transition-colors"
                >
                  <GroupLogoAvatar
                    src={group.imageUrl}
                    alt={displayName}
                    className="w-14 h-14 p-0.75 shrink-0"
                    fallback={
                      <AvatarFallback className="bg-gray-200 dark:bg-stone-500">
                        <IconQuestionMark className="size-8 text-muted-foreground" />
                      </AvatarFallback>
                    }
                  />
                  <div className="flex flex-col gap-0.5 grow min-w-0">
                    <Text className="text-lg">{displayName}</Text>
                    <RichText
                      maxLines={3}
                      className="line-clamp-2 text-muted-foreground"
                      hideToggleButton={true}
                      content={group.description}
                    />
                  </div>
                </Link>
              )
            })}
          </div>
        </div>
      )}

      <div className="flex flex-col gap-3 md:p-4 md:border md:border-gray-200 md:dark:border-stone-700 md:rounded-xl">
        <Title>Arrangementer</Title>

        {isLoggedIn ? (
          futureEventWithAttendances !== undefined && pastEventWithAttendances !== undefined ? (
            <EventList
              futureEventWithAttendances={futureEventWithAttendances.items}
              pastEventWithAttendances={pastEventWithAttendances}
              onLoadMore={fetchNextPage}
              viewMode="CHRONOLOGICAL"
            />
          ) : (
            <div className="flex flex-col gap-1">
              <EventListItemSkeleton />
              <EventListItemSkeleton />
              <EventListItemSkeleton />
              <EventListItemSkeleton />
              <EventListItemSkeleton />
            </div>
          )
        ) : (
          <div className="flex flex-row items-center gap-2 text-gray-500 dark:text-stone-400">
            <IconLock width={20} height={20} /> <Text>Du må være innlogget for å se arrangementer.</Text>
          </div>
        )}
      </div>
    </div>
  )
}
