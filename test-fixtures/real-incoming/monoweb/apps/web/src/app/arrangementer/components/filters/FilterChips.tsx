"use client"

import type { EventType } from "@dotkomonline/rpc/event"
import { getGroupDisplayName, type Group } from "@dotkomonline/rpc/group"
import { mapEventTypeToLabel } from "@dotkomonline/rpc/event"
import { Button, cn, Text } from "@dotkomonline/ui"
import { IconX } from "@tabler/icons-react"
import type { EventListViewMode } from "../EventList"

type FilterType = "search" | "type" | "group" | "sort"

interface FilterChipsProps {
  searchTerm: string
  typeFilter: string[]
  groupFilters: string[]
  viewMode: EventListViewMode
  groups: Group[]
  onRemoveFilter: (filterType: FilterType, value?: string) => void
  onResetAll: () => void
}

export const FilterChips = ({
  searchTerm,
  typeFilter,
  groupFilters,
  viewMode,
  groups,
  onRemoveFilter,
  onResetAll,
}: FilterChipsProps) => {
  const getGroupName = (slug: string) => {
    const group = groups.find((g) => g.slug === slug)
    return group ? getGroupDisplayName(group) : slug
  }

  interface Chip {
    label: string
    value: string
    filterType: FilterType
  }

  const chips: Chip[] = []

  if (searchTerm) {
    chips.push({ label: `'${searchTerm}'`, value: searchTerm, filterType: "search" })
  }

  for (const type of typeFilter) {
    chips.push({
      label: mapEventTypeToLabel(type as EventType),
      value: type,
      filterType: "type",
    })
  }

  for (const groupSlug of groupFilters) {
    chips.push({
      label: getGroupName(groupSlug),
      value: groupSlug,
      filterType: "group",
    })
  }

  if (viewMode === "CHRONOLOGICAL") {
    chips.push({
      label: "Sorter kronologisk",
      value: viewMode,
      filterType: "sort",
    })
  }

  if (chips.length === 0) {
    return null
  }

  return (
    <div className="flex flex-wrap items-center gap-2 transition duration-500">
      {chips.map((chip) => (
        <Button
          variant="unstyled"
          key={`${chip.filterType}-${chip.value}`}
          onClick={() => onRemoveFilter(chip.filterType, chip.value)}
          className={cn(
            "inline-flex items-center gap-1.5 px-3 py-1.5 rounded-full text-sm",
            "bg-blue-100 dark:bg-sky-950",
            "text-blue-900 dark:text-sky-200",
            "hover:bg-blue-200 dark:hover:bg-sky-900",
            "transition"
          )}
        >
          <Text element="span">{chip.label}</Text>
          <IconX className="size-4" />
        </Button>
      ))}

      <Button onClick={onResetAll} variant="secondary" className="text-sm rounded-full px-3 py-1.5 shadow-none">
        Fjern alle
      </Button>
    </div>
  )
}
