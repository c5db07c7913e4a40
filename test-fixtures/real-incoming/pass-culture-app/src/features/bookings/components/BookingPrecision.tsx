import React from 'react'
import styled from 'styled-components/native'

import { ExternalTouchableLink } from 'ui/components/touchableLink/ExternalTouchableLink'
import { ViewGap } from 'ui/components/ViewGap/ViewGap'
import { Button } from 'ui/designSystem/Button/Button'
import { EmailFilled } from 'ui/svg/icons/EmailFilled'
import { Typo } from 'ui/theme'

export const BookingPrecisions: React.FC<{
  withdrawalDetails?: string | null
  bookingContactEmail?: string | null
  onEmailPress: () => void
  hasTicket: boolean
}> = ({ bookingContactEmail, withdrawalDetails, onEmailPress, hasTicket }) => (
  <ViewGap gap={6}>
    {withdrawalDetails ? (
      <ViewGap gap={4}>
        <Typo.BodyAccentS>Précisions de l’organisateur</Typo.BodyAccentS>
        <Typo.BodyS testID="withdrawalDetails">{withdrawalDetails}</Typo.BodyS>
      </ViewGap>
    ) : null}

    {bookingContactEmail ? (
      <EmailContainer gap={2}>
        {hasTicket ? (
          <CaptionNeutralInfo numberOfLines={4}>
            {`Si tu n’as pas reçu tes billets, contacte l’organisateur\u00a0:\n${bookingContactEmail}`}
          </CaptionNeutralInfo>
        ) : (
          <CaptionNeutralInfo numberOfLines={2}>{bookingContactEmail}</CaptionNeutralInfo>
        )}
        <ExternalTouchableLink
          as={Button}
          wording="Contacter l’organisateur"
          accessibilityLabel="Ouvrir le gestionnaire mail pour contacter l’organisateur"
          externalNav={{ url: `mailto:${bookingContactEmail}` }}
          icon={EmailFilled}
          onBeforeNavigate={onEmailPress}
          variant="tertiary"
          color="neutral"
          size="small"
        />
      </EmailContainer>
    ) : null}
  </ViewGap>
)

const EmailContainer = styled(ViewGap)({
  alignItems: 'flex-start',
})

const CaptionNeutralInfo = styled(Typo.BodyAccentS)(({ theme }) => ({
  color: theme.designSystem.color.text.subtle,
}))
