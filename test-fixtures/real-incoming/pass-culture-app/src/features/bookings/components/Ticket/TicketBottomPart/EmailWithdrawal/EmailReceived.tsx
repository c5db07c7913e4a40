import React from 'react'
import { openInbox } from 'react-native-email-link'

import { useIsMailAppAvailable } from 'features/auth/helpers/useIsMailAppAvailable'
import { getEmailReceivedWithdrawalMessage } from 'features/bookings/components/Ticket/TicketBottomPart/EmailWithdrawal/getEmailReceivedWithdrawalMessage'
import { TicketText } from 'features/bookings/components/Ticket/TicketBottomPart/TicketText'
import { UserProfile } from 'features/share/types'
import { Button } from 'ui/designSystem/Button/Button'
import { EmailFilled } from 'ui/svg/icons/EmailFilled'

export const EmailReceived = ({
  isEventDay,
  isDuo,
  userEmail,
}: {
  isEventDay: boolean
  isDuo: boolean
  userEmail: UserProfile['email']
}) => {
  const emailMessage = getEmailReceivedWithdrawalMessage({ isEventDay, isDuo, userEmail })
  const isMailAppAvailable = useIsMailAppAvailable()

  return (
    <React.Fragment>
      <TicketText testID="withdrawal-email-received">{emailMessage}</TicketText>
      {isMailAppAvailable ? (
        <Button
          wording="Consulter mes e-mails"
          onPress={() => {
            void openInbox()
          }}
          icon={EmailFilled}
          variant="tertiary"
          color="neutral"
        />
      ) : null}
    </React.Fragment>
  )
}
