import { mailer } from '../../mailer'
import { User } from '../../models'
import { ApplicationError } from '../../util/ApplicationError'
import { createFeedbackResponseLog } from '../auditLog/feedbackTargetLogs'
import {
  updateSummaryAfterFeedbackResponseCreated,
  updateSummaryAfterFeedbackResponseDeleted,
} from '../summary/updateSummaryOnFeedbackResponse'
import { getFeedbackTargetContext } from './getFeedbackTargetContext'

export const updateFeedbackResponse = async ({
  feedbackTargetId,
  user,
  responseText,
  sendEmail,
}: {
  feedbackTargetId: number
  user: User
  responseText: string
  sendEmail: boolean
}) => {
  const { feedbackTarget, access } = (await getFeedbackTargetContext({ feedbackTargetId, user })) as any // @TODO fix

  if (!access?.canUpdateResponse()) {
    throw ApplicationError.Forbidden('No rights to update feedback response')
  }

  if (sendEmail && feedbackTarget.feedbackResponseEmailSent) {
    throw ApplicationError.BadRequest('Counter feedback email has already been sent')
  }

  const previousResponse = feedbackTarget.feedbackResponse
  feedbackTarget.feedbackResponse = responseText
  feedbackTarget.feedbackResponseEmailSent = sendEmail || feedbackTarget.feedbackResponseEmailSent

  if (sendEmail) {
    await mailer.sendFeedbackSummaryReminderToStudents(feedbackTarget, responseText)
  }

  await feedbackTarget.save()

  if (responseText.length > 0 && !(previousResponse?.length > 0)) {
    await updateSummaryAfterFeedbackResponseCreated(feedbackTarget.id)
  } else if (responseText.length === 0 && previousResponse.length > 0) {
    await updateSummaryAfterFeedbackResponseDeleted(feedbackTarget.id)
  }

  await createFeedbackResponseLog({
    feedbackTarget,
    user,
    responseText,
    previousResponse,
    sendEmail,
  })

  return feedbackTarget.toJSON()
}
