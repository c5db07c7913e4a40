import { env } from "@/env"
import React from "react"
import {
  Collapse,
  Link,
  PlainList,
  PlainListProps,
  Skeleton,
  Stack,
  Typography,
  TypographyProps,
  styled,
  theme,
} from "ol-components"
import { Alert } from "@mitodl/smoot-design"
import {
  CourseRunEnrollmentV3,
  CourseWithCourseRunsSerializerV2,
  V2ProgramDetail,
} from "@mitodl/mitxonline-api-axios/v2"
import { DASHBOARD_MY_LEARNING_ID } from "@/common/urls"
import {
  isProgramAsCourse,
  DashboardType,
  ResourceType,
  getKey,
  filterVariantSiblings,
  type DashboardResource,
} from "./model/dashboardViewModel"
import { ProgramAsCourseCard } from "./ProgramAsCourseCard"
import { useHomeDashboardData } from "./hooks/useHomeDashboardData"
import { CoursewareCard } from "./CoursewareCard"

const Wrapper = styled.div(({ theme }) => ({
  marginTop: "32px",
  padding: "24px 32px",
  backgroundColor: theme.custom.colors.white,
  [theme.breakpoints.down("sm")]: {
    backgroundColor: theme.custom.colors.lightGray1,
    marginTop: "16px",
    padding: "0",
  },
}))

const AlertBanner = styled(Alert)({
  marginBottom: "16px",
})

const Title = styled(Typography)<Pick<TypographyProps, "component">>(
  ({ theme }) => ({
    ...theme.typography.h5,
    marginBottom: "16px",
  }),
)

const EnrollmentsList = styled(PlainList)<Pick<PlainListProps, "itemSpacing">>(
  ({ theme }) => ({
    [theme.breakpoints.down("sm")]: {
      borderTop: `1px solid ${theme.custom.colors.lightGray2}`,
      ">li+li": {
        marginTop: "0",
      },
      ">li+li:not(:last-of-type)": {
        marginBottom: "16px",
      },
    },
  }),
)

const HiddenEnrollmentsList = styled(EnrollmentsList)({
  marginTop: "16px",
  [theme.breakpoints.down("sm")]: {
    borderTop: "none",
    marginTop: "0",
  },
})

const ShowAllContainer = styled.div(({ theme }) => ({
  display: "flex",
  justifyContent: "center",
  marginTop: "24px",
  [theme.breakpoints.down("sm")]: {
    marginBottom: "24px",
  },
}))

const SUPPORT_EMAIL = env("NEXT_PUBLIC_MITOL_SUPPORT_EMAIL") || ""

const getResourceKey = (resource: DashboardResource): string => {
  if (resource.type === DashboardType.ProgramEnrollment) {
    return getKey({
      resourceType: ResourceType.Program,
      id: resource.data.program.id,
    })
  }
  if (resource.type === DashboardType.CourseRunEnrollment) {
    return getKey({
      resourceType: ResourceType.Course,
      id: resource.data.run.course.id,
      runId: resource.data.run.id,
    })
  }
  return getKey({ resourceType: ResourceType.Course, id: resource.data.id })
}

type ProgramEnrollmentResource = Extract<
  DashboardResource,
  { type: typeof DashboardType.ProgramEnrollment }
>

const isProgramAsCourseEnrollment = (
  resource: DashboardResource,
): resource is ProgramEnrollmentResource => {
  if (resource.type !== DashboardType.ProgramEnrollment) return false
  return isProgramAsCourse(resource.data.program)
}

interface EnrollmentExpandCollapseProps {
  cards: DashboardResource[]
  initiallyVisibleCount: number
  enrollmentsByCourseId: Record<number, CourseRunEnrollmentV3[]>
  courseProgramsById: Map<number, V2ProgramDetail>
  moduleCoursesByProgramId: Record<number, CourseWithCourseRunsSerializerV2[]>
  onUpgradeError?: (error: string) => void
}

/**
 * Presentational expand/collapse. All ordering and visibility logic lives in
 * `assembleHomeCardList` (model layer); this component just slices the
 * pre-ordered list at `initiallyVisibleCount` and toggles the remainder.
 */
const EnrollmentExpandCollapse: React.FC<EnrollmentExpandCollapseProps> = ({
  cards,
  initiallyVisibleCount,
  enrollmentsByCourseId,
  courseProgramsById,
  moduleCoursesByProgramId,
  onUpgradeError,
}) => {
  const [shown, setShown] = React.useState(false)

  const handleToggle = (event: React.MouseEvent) => {
    event.preventDefault()
    setShown(!shown)
  }

  const shownResources = cards.slice(0, initiallyVisibleCount)
  const hiddenResources = cards.slice(initiallyVisibleCount)

  const renderResource = (resource: DashboardResource) => {
    if (resource.type === DashboardType.ProgramEnrollment) {
      if (isProgramAsCourseEnrollment(resource)) {
        const courseProgram = courseProgramsById.get(resource.data.program.id)
        if (courseProgram) {
          return (
            <ProgramAsCourseCard
              key={getResourceKey(resource)}
              Component="li"
              courseProgram={courseProgram}
              moduleCourses={
                moduleCoursesByProgramId[resource.data.program.id] ?? []
              }
              moduleEnrollmentsByCourseId={enrollmentsByCourseId}
              courseProgramEnrollment={resource.data}
              onUpgradeError={onUpgradeError}
            />
          )
        }
      }
      return (
        <CoursewareCard
          key={getResourceKey(resource)}
          Component="li"
          kind="program-enrollment"
          programEnrollment={resource.data}
        />
      )
    } else if (resource.type === DashboardType.CourseRunEnrollment) {
      const enrollment = resource.data
      const allCourseEnrollments =
        enrollmentsByCourseId[enrollment.run.course.id] ?? []
      return (
        <CoursewareCard
          key={getResourceKey(resource)}
          Component="li"
          kind="enrollment"
          enrollment={enrollment}
          siblingEnrollments={filterVariantSiblings(
            allCourseEnrollments,
            enrollment,
          )}
          onUpgradeError={onUpgradeError}
        />
      )
    }
  }

  return (
    <>
      <EnrollmentsList itemSpacing={"16px"}>
        {shownResources.map(renderResource)}
      </EnrollmentsList>
      {hiddenResources.length === 0 ? null : (
        <>
          <Collapse orientation="vertical" in={shown}>
            <HiddenEnrollmentsList itemSpacing={"16px"}>
              {hiddenResources.map(renderResource)}
            </HiddenEnrollmentsList>
          </Collapse>
          <ShowAllContainer>
            <Link color="red" size="medium" onClick={handleToggle}>
              {shown ? "Show less" : "Show all"}
            </Link>
          </ShowAllContainer>
        </>
      )}
    </>
  )
}

/**
 * Renders the "My Learning" section for non-B2B enrollments.
 *
 * Cards are ordered and grouped as follows:
 *  1. Started courses (past start date, not expired, not completed)
 *  2. Not-yet-started courses
 *  3. Completed courses (any passing grade)
 *  4. Program enrollments (excluding those covered by a B2B contract)
 *  5. Expired courses (past end date, not completed) — hidden behind "Show all"
 *
 * Exception: if groups 1–4 are all empty, up to MIN_VISIBLE expired courses
 * are shown directly so the section is never blank for an enrolled user.
 * The section is hidden entirely only when there are no enrollments at all.
 */
const HomeEnrollmentsDisplay: React.FC = () => {
  const [upgradeError, setUpgradeError] = React.useState<string | null>(null)
  const {
    cards,
    initiallyVisibleCount,
    enrollmentsByCourseId,
    courseProgramsById,
    moduleCoursesByProgramId,
    isLoading,
  } = useHomeDashboardData()

  if (isLoading) {
    return (
      <Wrapper id={DASHBOARD_MY_LEARNING_ID}>
        <Title variant="h5" component="h2">
          My Learning
        </Title>
        <Stack direction="column" spacing={2}>
          <Skeleton variant="rectangular" width="100%" height={96} />
          <Skeleton variant="rectangular" width="100%" height={96} />
          <Skeleton variant="rectangular" width="100%" height={96} />
        </Stack>
      </Wrapper>
    )
  }

  return cards.length > 0 ? (
    <Wrapper id={DASHBOARD_MY_LEARNING_ID}>
      <Title variant="h5" component="h2">
        My Learning
      </Title>
      {upgradeError && (
        <AlertBanner
          severity="error"
          closable={true}
          onClose={() => setUpgradeError(null)}
        >
          {upgradeError}{" "}
          <Link color="red" href={`mailto:${SUPPORT_EMAIL}`}>
            Contact Support
          </Link>{" "}
          for assistance.
        </AlertBanner>
      )}
      <EnrollmentExpandCollapse
        cards={cards}
        initiallyVisibleCount={initiallyVisibleCount}
        enrollmentsByCourseId={enrollmentsByCourseId}
        courseProgramsById={courseProgramsById}
        moduleCoursesByProgramId={moduleCoursesByProgramId}
        onUpgradeError={setUpgradeError}
      />
    </Wrapper>
  ) : null
}

export { HomeEnrollmentsDisplay }
