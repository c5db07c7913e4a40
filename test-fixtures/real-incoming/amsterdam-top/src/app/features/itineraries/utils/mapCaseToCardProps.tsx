import React from "react"

import StadiumBadge from "app/features/shared/components/molecules/StadiumBadge/StadiumBadge"
import ItineraryItemCard from "app/features/shared/components/molecules/ItineraryItemCard/ItineraryItemCard"
import displayAddress from "app/features/shared/utils/displayAddress"
import AddItineraryItemButton from "../components/molecules/AddItineraryItemButton/AddItineraryItemButton"
import { Case, Itinerary, ItineraryItem } from "app/features/types"
import to from "../../shared/routing/to"

export const casesToCardCaseProps = (
  cases?: Case[],
  itinerary?: Itinerary,
  addDistance: boolean = false
) => {
  if (!cases) {
    return []
  }

  // Only return unique cases
  const uniqueCases = cases.filter(
    (c, index, self) => index === self.findIndex((other) => other.id === c.id)
  )

  const caseIdMap = getCaseIdMap(
    (itinerary?.items ?? []) as unknown as ItineraryItem[]
  )
  return uniqueCases.map(
    mapCaseToCardProps(itinerary?.id, caseIdMap, addDistance)
  )
}

const getCaseIdMap = (items: ItineraryItem[]) =>
  items.reduce((acc, item) => ({ ...acc, [item.case.id ?? ""]: item.id }), {})

const mapCaseToCardProps =
  (
    itineraryId: number | undefined,
    itineraryItemIds: Record<string, number>,
    addDistance: boolean = false
  ) =>
  ({
    address,
    workflows,
    distance,
    id,
    reason,
    schedules,
    teams
  }: Case): React.ComponentProps<typeof ItineraryItemCard> => {
    const addressObject = displayAddress(
      address?.street_name,
      address?.number,
      address?.suffix_letter,
      address?.suffix
    )

    const badge =
      workflows && workflows.length > 0 ? (
        <StadiumBadge stadium={workflows[0].state.name || ""} />
      ) : (
        <StadiumBadge stadium={""} />
      )

    const teamMembersList = teams?.length
      ? teams[0]
          .map((team: { user: { full_name: string } }) => team.user.full_name)
          .join(", ")
      : ""

    const buttons = (onDeleteButtonClick: () => void) => (
      <>
        {addDistance &&
          distance &&
          itineraryId &&
          Object.keys(itineraryItemIds).length && (
            <p>{Math.round(distance)}m</p>
          )}
        {!teams?.length && itineraryId ? (
          <AddItineraryItemButton caseId={id} itinerary={itineraryId} />
        ) : null}
      </>
    )

    return {
      address: addressObject,
      backgroundColor: "#F5F5F5",
      badge,
      buttons,
      hasPriority:
        (schedules && schedules[0]?.priority?.weight >= 0.5) ?? false,
      href: to("/cases/:id", { id: String(id) }),
      postalCode: address.postal_code,
      reason: reason,
      teamMembersList
    }
  }
