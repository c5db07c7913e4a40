import { MoJAlert } from '../../../@types/bapv'
import { PrisonVisitorRequestDto, RejectVisitorRequestDto } from '../../../data/orchestrationApiTypes'

const bookerNotifiedHtml = (bookerReference: string, includeBookerDetailsLink: boolean): string =>
  `The booker has been notified by email. ${includeBookerDetailsLink ? bookerDetailsLink(bookerReference) : ''}`

const bookerDetailsLink = (bookerReference: string): string =>
  `You can <a href="/manage-bookers/${bookerReference}/booker-details">view the booker’s account</a>.`

export const requestAlreadyReviewedMessage = (bookerReference: string): MoJAlert => ({
  variant: 'information',
  title: 'This request has already been reviewed',
  showTitleAsHeading: true,
  html: bookerDetailsLink(bookerReference),
})

export const requestApprovedMessage = ({
  visitorRequest,
  includeBookerDetailsLink,
}: {
  visitorRequest: PrisonVisitorRequestDto
  includeBookerDetailsLink: boolean
}): MoJAlert => ({
  variant: 'success',
  title: `You approved the request and linked ${visitorRequest.firstName} ${visitorRequest.lastName}`,
  showTitleAsHeading: true,
  html: bookerNotifiedHtml(visitorRequest.bookerReference, includeBookerDetailsLink),
  dismissible: true,
})

export const requestRejectedMessage = ({
  visitorRequest,
  rejectionReason,
  includeBookerDetailsLink,
}: {
  visitorRequest: PrisonVisitorRequestDto
  rejectionReason: RejectVisitorRequestDto['rejectionReason']
  includeBookerDetailsLink: boolean
}): MoJAlert => {
  const title =
    rejectionReason === 'ALREADY_LINKED'
      ? `You confirmed that ${visitorRequest.firstName} ${visitorRequest.lastName} is already a linked visitor`
      : `You rejected the request to link ${visitorRequest.firstName} ${visitorRequest.lastName}`

  return {
    variant: 'success',
    title,
    showTitleAsHeading: true,
    html: bookerNotifiedHtml(visitorRequest.bookerReference, includeBookerDetailsLink),
    dismissible: true,
  }
}
