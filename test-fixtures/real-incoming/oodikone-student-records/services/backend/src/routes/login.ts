import { Router } from 'express'

import { CanError } from '@oodikone/shared/routes'
import { FormattedUser } from '@oodikone/shared/types'
import { omitKeys } from '@oodikone/shared/util'
import { ApplicationError } from '../util/customErrors'

const router = Router()

type LoginReqBody = never
type LoginResBody = {
  user: Omit<FormattedUser, 'studentsUserCanAccess'>
  logoutUrl?: string
}

router.get<never, CanError<LoginResBody>, LoginReqBody>('/', (req, res) => {
  const { user, logoutUrl } = req

  if (!user) {
    throw new ApplicationError('User not found', 401)
  }

  res.send({
    user: omitKeys(user, ['studentsUserCanAccess']),
    logoutUrl,
  })
})

export default router
