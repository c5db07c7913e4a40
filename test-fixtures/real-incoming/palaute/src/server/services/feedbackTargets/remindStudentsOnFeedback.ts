import { LocalizedString } from '@common/types/common'

import { mailer } from '../../mailer'
import { User } from '../../models/user'
import { ApplicationError } from '../../util/ApplicationError'
import { getFeedbackTargetContext } from './getFeedbackTargetContext'

type RemindStudentsParams = {
  feedbackTargetId: number
  reminderText: string
  courseName: LocalizedString
  user: User
}

const remindStudentsOnFeedback = async ({ feedbackTargetId, reminderText, courseName, user }: RemindStudentsParams) => {
  const { feedbackTarget, access } = await getFeedbackTargetContext({
    feedbackTargetId,
    user,
  })

  if (!access?.canSendReminderEmail()) throw ApplicationError.Forbidden('Not allowed to send reminder')

  await mailer.sendFeedbackReminderToStudents(feedbackTarget, reminderText, courseName)

  return feedbackTarget
}

export { remindStudentsOnFeedback }
