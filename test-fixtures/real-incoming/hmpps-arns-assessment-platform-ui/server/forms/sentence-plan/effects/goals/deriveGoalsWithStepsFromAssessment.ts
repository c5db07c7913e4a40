import { unwrapAll } from '../../../../data/aap-api/wrappers'
import {
  AreaOfNeed,
  DerivedGoal,
  DerivedStep,
  DerivedNote,
  GoalAnswers,
  GoalProperties,
  RawCollection,
  SentencePlanContext,
  StepAnswers,
  StepProperties,
} from '../types'
import { sanitizeDateValue } from './goalUtils'

/**
 * Resolves an actor value to its human-readable label.
 * Special case: 'person_on_probation' uses the person's forename.
 * Falls back to raw actor value if no label found.
 */
function resolveActorLabel(
  actor: string | undefined,
  actorLabels: Record<string, string> | undefined,
  personName: string,
): string {
  if (!actor) {
    return ''
  }

  if (actor === 'person_on_probation') {
    return personName
  }

  return actorLabels?.[actor] ?? actor
}

/**
 * Resolves an area of need slug (e.g. 'accommodation') to its label (e.g. 'Accommodation').
 * Falls back to raw slug value if no label found.
 */
function resolveAreaOfNeedLabel(slug: string | undefined, areasOfNeed: AreaOfNeed[] | undefined): string {
  if (!slug) {
    return ''
  }

  const area = areasOfNeed?.find(a => a.slug === slug)

  return area?.text ?? slug
}

interface AssessmentData {
  collections?: RawCollection[]
}

interface DataToDeriveFrom {
  assessment: AssessmentData | undefined
  caseData: { name?: { forename?: string } } | undefined
  actorLabels: Record<string, string> | undefined
  areasOfNeed: AreaOfNeed[] | undefined
}

interface DerivedGoals {
  goals: DerivedGoal[]
  goalsCollectionUuid: string | undefined
}

/**
 * Derive goals with steps from the loaded assessment
 *
 * Extracts the GOALS collection from the assessment, unwraps the
 * answers and properties, and includes nested STEPS for each goal.
 *
 * Sets:
 * - Data('goals'): Array of derived goals with their steps
 * - Data('goalsCollectionUuid'): UUID of the GOALS collection (for adding new goals)
 */
export const deriveGoalsWithStepsFromAssessment = () => async (context: SentencePlanContext) => {
  const derivedGoals = deriveGoalsWithSteps({
    assessment: context.getData('assessment') as AssessmentData | undefined,
    caseData: context.getData('caseData'),
    actorLabels: context.getData('actorLabels'),
    areasOfNeed: context.getData('areasOfNeed'),
  })

  context.setData('goals', derivedGoals.goals)
  context.setData('goalsCollectionUuid', derivedGoals.goalsCollectionUuid)
}

export const deriveGoalsWithSteps = (data: DataToDeriveFrom): DerivedGoals => {
  if (!data.assessment?.collections) {
    return { goals: [], goalsCollectionUuid: undefined }
  }

  const goalsCollection = data.assessment.collections.find(c => c.name === 'GOALS')

  if (!goalsCollection) {
    return { goals: [], goalsCollectionUuid: undefined }
  }

  const personName = data.caseData?.name?.forename ?? 'Person on probation'

  const goals: DerivedGoal[] = goalsCollection.items.map((item, collectionIndex) => {
    const answers = unwrapAll<GoalAnswers>(item.answers)
    const properties = unwrapAll<GoalProperties>(item.properties)

    const stepsCollections = item.collections?.filter(c => c.name === 'STEPS') ?? []
    const allStepItems = stepsCollections.flatMap(c => c.items)
    const steps: DerivedStep[] = allStepItems.map(stepItem => {
      const stepAnswers = unwrapAll<StepAnswers>(stepItem.answers)
      const stepProperties = unwrapAll<StepProperties>(stepItem.properties)

      return {
        uuid: stepItem.uuid,
        actor: stepAnswers.actor,
        actorLabel: resolveActorLabel(stepAnswers.actor, data.actorLabels, personName),
        status: stepAnswers.status,
        description: stepAnswers.description,
        statusDate: stepProperties.status_date,
      }
    })

    const notesCollections = item.collections?.filter(c => c.name === 'NOTES') ?? []
    const allNoteItems = notesCollections.flatMap(c => c.items)
    const notes: DerivedNote[] = allNoteItems
      .map(noteItem => {
        const noteAnswers = unwrapAll<{ note: string; created_by: string }>(noteItem.answers)
        const noteProperties = unwrapAll<{ created_at: string; type: string }>(noteItem.properties)

        return {
          uuid: noteItem.uuid,
          type: noteProperties.type,
          note: noteAnswers.note,
          createdBy: noteAnswers.created_by,
          createdAt: noteProperties.created_at,
        }
      })
      .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime()) // Sort newest first

    const relatedAreasOfNeed = answers.related_areas_of_need ?? []

    return {
      uuid: item.uuid,
      title: answers.title,
      status: properties.status,
      targetDate: sanitizeDateValue(answers.target_date),
      statusDate: properties.status_date,
      areaOfNeed: answers.area_of_need,
      areaOfNeedLabel: resolveAreaOfNeedLabel(answers.area_of_need, data.areasOfNeed),
      relatedAreasOfNeed,
      relatedAreasOfNeedLabels: relatedAreasOfNeed.map(slug => resolveAreaOfNeedLabel(slug, data.areasOfNeed)),
      stepsCollectionUuid: stepsCollections[0]?.uuid,
      steps,
      notesCollectionUuid: notesCollections[0]?.uuid,
      notes,
      collectionIndex,
      isFirstInStatus: false, // Will be calculated below
      isLastInStatus: false, // Will be calculated below
      achievedBy: properties.achieved_by,
    }
  })

  // Calculate position flags within each status group
  // Group goals by status, maintaining collection order
  const goalsByStatus = new Map<string, DerivedGoal[]>()
  goals.forEach(goal => {
    const statusGoals = goalsByStatus.get(goal.status) ?? []
    statusGoals.push(goal)
    goalsByStatus.set(goal.status, statusGoals)
  })

  // Mark first and last goals within each status group
  goalsByStatus.forEach(statusGoals => {
    if (statusGoals.length > 0) {
      statusGoals[0].isFirstInStatus = true
      statusGoals[statusGoals.length - 1].isLastInStatus = true
    }
  })

  return { goals, goalsCollectionUuid: goalsCollection.uuid }
}
