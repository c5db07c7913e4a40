import {
  Accordion,
  Button,
  Card,
  Divider,
  Group,
  Input,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import dayjs from 'dayjs'
import type { IInterviewSlot } from '../../../requests/responses/interview'
import { useEffect, useState } from 'react'
import { CardsIcon } from '@phosphor-icons/react'
import { TimeInput } from '@mantine/dates'
import SlotItem from './SlotItem'
import DeleteButton from '../../../components/DeleteButton/DeleteButton'

interface ICollapsibleDateCardProps {
  date: Date
  duration?: number
  breakDuration?: number
  slots?: IInterviewSlot[]
  addNewSlots?: (newSlots: IInterviewSlot[]) => void
}

interface ISlotRange {
  startTime: Date | null
  endTime: Date | null
  type: 'single' | 'range' | 'scheduled'
  duration: number
  locationType: 'Onsite' | 'Online'
  location: string
  breakDuration?: number
  slots?: IInterviewSlot[]
}

const CollapsibleDateCard = ({
  date,
  duration = 30,
  breakDuration = 0,
  slots,
  addNewSlots,
}: ICollapsibleDateCardProps) => {
  const [slotRanges, setSlotRanges] = useState<ISlotRange[]>([])

  const allSlots: IInterviewSlot[] = slotRanges.reduce((acc, range) => {
    if (range.slots) {
      acc.push(...range.slots)
    }
    return acc
  }, [] as IInterviewSlot[])

  useEffect(() => {
    if (addNewSlots) {
      addNewSlots(allSlots)
    }
    // eslint-disable-next-line @eslint-react/exhaustive-deps -- allSlots is derived from slotRanges each render; addNewSlots is recreated by parent — re-running on those would loop
  }, [slotRanges])

  const createSlotsForRange = (
    startTime: Date,
    endTime: Date,
    slotDuration: number,
    slotBreakDuration: number,
    locationType?: 'Onsite' | 'Online',
    location?: string,
  ): IInterviewSlot[] => {
    const generatedSlots: IInterviewSlot[] = []

    const currentTime = new Date(startTime)
    const slotEnd = new Date(currentTime)
    slotEnd.setMinutes(slotEnd.getMinutes() + slotDuration)

    while (slotEnd <= endTime) {
      generatedSlots.push({
        slotId: ``,
        startDate: new Date(currentTime),
        endDate: new Date(slotEnd),
        bookedBy: null,
        location: locationType === 'Onsite' ? (location ?? '') : undefined,
        streamUrl: locationType === 'Online' ? (location ?? '') : undefined,
      })

      currentTime.setMinutes(currentTime.getMinutes() + slotDuration + slotBreakDuration)
      slotEnd.setMinutes(slotEnd.getMinutes() + slotDuration + slotBreakDuration)
    }

    return generatedSlots
  }

  const handleDeleteSlotRange = (index: number) => {
    setSlotRanges((prev) => prev.filter((_, i) => i !== index))
  }

  //These next functions build slot ranges from existing slots, we do this in the client, because saving it to the server does not make sense since it is extra overhead to manage and changes frequently when slots are scheduled
  // For the user it is only important to be able to change them as quickly as possible and the range is just a representation of that

  function buildRangesForUnscheduled(unbooked: IInterviewSlot[]): ISlotRange[] {
    if (!unbooked.length) return []

    const normalize = (v?: string | null) => (v ?? '').trim()
    const slotLocationKey = (s: IInterviewSlot) =>
      `${normalize(s.location)}||${normalize(s.streamUrl)}`

    // 1) Sort by start time
    const sorted = [...unbooked].sort((a, b) => a.startDate.getTime() - b.startDate.getTime())

    const n = sorted.length
    const durations = sorted.map((s) => s.endDate.getTime() - s.startDate.getTime())
    const breaks: number[] = []
    for (let i = 0; i < n - 1; i++) {
      breaks[i] = sorted[i + 1].startDate.getTime() - sorted[i].endDate.getTime()
    }

    const locKeys = sorted.map(slotLocationKey)

    type CandidateRange = { start: number; end: number; length: number }
    const candidates: CandidateRange[] = []

    // 2) find all possible contiguous ranges [start, end]
    for (let start = 0; start < n; start++) {
      const baseDuration = durations[start]
      const baseLocKey = locKeys[start]
      let currentBreak: number | null = null

      for (let end = start + 1; end < n; end++) {
        // duration must match
        if (durations[end] !== baseDuration) break

        // location + meetingUrl must match
        if (locKeys[end] !== baseLocKey) break

        // break must stay constant
        const b = breaks[end - 1]
        if (currentBreak === null) {
          currentBreak = b
        } else if (b !== currentBreak) {
          break
        }

        const length = end - start + 1
        if (length >= 2) {
          candidates.push({ start, end, length })
        }
      }
    }

    // 3) pick longest non-overlapping ranges
    candidates.sort((a, b) => b.length - a.length)

    const used = new Array(n).fill(false)
    const chosenRanges: CandidateRange[] = []

    for (const cand of candidates) {
      let canUse = true
      for (let i = cand.start; i <= cand.end; i++) {
        if (used[i]) {
          canUse = false
          break
        }
      }
      if (!canUse) continue

      chosenRanges.push(cand)
      for (let i = cand.start; i <= cand.end; i++) {
        used[i] = true
      }
    }

    const ranges: ISlotRange[] = []

    // add multi-slot ranges
    for (const r of chosenRanges) {
      const groupSlots = sorted.slice(r.start, r.end + 1)
      const rangeDuration = groupSlots[0].endDate.getTime() - groupSlots[0].startDate.getTime()

      const location = normalize(groupSlots[0].location)
      const meetingUrl = normalize(groupSlots[0].streamUrl)

      ranges.push({
        startTime: groupSlots[0].startDate,
        endTime: groupSlots[groupSlots.length - 1].endDate,
        type: 'range',
        duration: rangeDuration,
        slots: groupSlots,
        locationType: meetingUrl && meetingUrl !== '' ? 'Online' : 'Onsite',
        location: meetingUrl && meetingUrl !== '' ? meetingUrl : location,
      })
    }

    // add remaining singles
    for (let i = 0; i < n; i++) {
      if (!used[i]) {
        const s = sorted[i]
        const singleDuration = s.endDate.getTime() - s.startDate.getTime()

        const location = normalize(s.location)
        const meetingUrl = normalize(s.streamUrl)

        ranges.push({
          startTime: s.startDate,
          endTime: s.endDate,
          type: 'single',
          duration: singleDuration,
          slots: [s],
          locationType: meetingUrl ? 'Online' : 'Onsite',
          location: meetingUrl ? meetingUrl : location,
        })
      }
    }

    ranges.sort((a, b) => (a.startTime?.getTime() ?? 0) - (b.startTime?.getTime() ?? 0))
    return ranges
  }

  function buildSlotRanges(inputSlots: IInterviewSlot[]): ISlotRange[] {
    if (!inputSlots.length) return []

    // 0) split into scheduled vs unscheduled
    const scheduledSlots = inputSlots.filter((s) => s.bookedBy != null)
    const unscheduledSlots = inputSlots.filter((s) => s.bookedBy == null)

    // 1) scheduled slots are always singles
    const scheduledRanges: ISlotRange[] = scheduledSlots.map((s) => ({
      startTime: s.startDate,
      endTime: s.endDate,
      type: 'scheduled',
      duration: s.endDate.getTime() - s.startDate.getTime(),
      slots: [s],
      locationType: s.streamUrl ? 'Online' : 'Onsite',
      location: s.streamUrl ?? s.location ?? '',
    }))

    // 2) compute ranges only on unscheduled
    const unscheduledRanges = buildRangesForUnscheduled(unscheduledSlots)

    // 3) merge & sort by time
    const allRanges = [...scheduledRanges, ...unscheduledRanges].sort(
      (a, b) => (a.startTime?.getTime() ?? 0) - (b.startTime?.getTime() ?? 0),
    )

    return allRanges
  }

  function isValidTime(value: string): boolean {
    if (!/^([01]\d|2[0-3]):([0-5]\d)$/.test(value)) {
      return false
    }
    return true
  }

  useEffect(() => {
    if (slots && slots.length > 0) {
      setSlotRanges(buildSlotRanges(slots))
    }
    // eslint-disable-next-line @eslint-react/exhaustive-deps -- mount-only seeding from initial slots prop; subsequent edits flow through state
  }, [])

  const updateAllLocations = (newLocation: string, locationType: 'Onsite' | 'Online') => {
    const slotRangesUpdated = slotRanges.map((slotRange) => {
      const updatedSlots = slotRange.slots?.map((slot) => ({
        ...slot,
        location: locationType === 'Onsite' ? newLocation : undefined,
        streamUrl: locationType === 'Online' ? newLocation : undefined,
      }))

      return {
        ...slotRange,
        location: newLocation,
        slots: updatedSlots,
        locationType: locationType,
      }
    })

    setSlotRanges(slotRangesUpdated)
  }

  const overlappingSlots = allSlots.filter((slot, _, self) => {
    return self.some(
      (otherSlot) =>
        otherSlot !== slot &&
        ((slot.startDate >= otherSlot.startDate && slot.startDate < otherSlot.endDate) ||
          (slot.endDate > otherSlot.startDate && slot.endDate <= otherSlot.endDate) ||
          (slot.startDate <= otherSlot.startDate && slot.endDate >= otherSlot.endDate)),
    )
  })

  return (
    <Card withBorder radius='md' my='sm' p={'0.25rem'} style={{ cursor: 'pointer' }}>
      <Accordion.Item key={date.toDateString()} value={date.toDateString()}>
        <Accordion.Control>
          <Group justify='space-between' align='center'>
            <Stack gap={0}>
              <Text fw={600} c={'dimmed'} size={'xs'}>
                {date.toLocaleDateString('en-US', { weekday: 'short' }).toUpperCase()}
              </Text>
              <Title order={6}>{dayjs(date).format('MMM D, YYYY')}</Title>
            </Stack>
            <Group gap={'0.25rem'}>
              <Button
                size='xs'
                variant='outline'
                title='Add Slot in Range'
                onMouseDown={(e) => e.stopPropagation()}
                onClick={(e) => {
                  e.stopPropagation()
                  e.preventDefault()
                  setSlotRanges((prev) => [
                    ...prev,
                    {
                      startTime: null,
                      endTime: null,
                      type: 'range',
                      duration: duration,
                      slots: [],
                      locationType: 'Onsite',
                      location: '',
                    },
                  ])
                }}
                color='blue'
              >
                Add range
              </Button>
              <Button
                size='xs'
                variant='outline'
                title='Add a single Slot'
                onMouseDown={(e) => e.stopPropagation()}
                onClick={(e) => {
                  e.stopPropagation()
                  e.preventDefault()
                  setSlotRanges((prev) => [
                    ...prev,
                    {
                      startTime: null,
                      endTime: null,
                      type: 'single',
                      duration: duration,
                      slots: [],
                      locationType: 'Onsite',
                      location: '',
                    },
                  ])
                }}
                color='green'
              >
                Add slot
              </Button>
            </Group>
          </Group>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack>
            <Divider />
            {slotRanges.length === 0 ? (
              <Stack justify='center' align='center' h={'100%'} gap={'0.25rem'}>
                <CardsIcon size={30} />
                <Stack gap={0} justify='center' align='center'>
                  <Title order={6}>No Slots yet</Title>
                  <Text c='dimmed' size={'sm'}>
                    Add a range or a single slot to get started
                  </Text>
                </Stack>
              </Stack>
            ) : (
              <Stack justify='flex-start' align={'flex-start'}>
                {slotRanges.map((slotRange, index) => (
                  // eslint-disable-next-line @eslint-react/no-array-index-key -- slot ranges are in-progress drafts without stable ids; position is the identity
                  <Stack key={`slot-range-${date}-${index}`} w={'100%'} gap={'0.75rem'}>
                    <Group justify='space-between' align='center'>
                      <Text fw={500} size={'xs'} c={'dimmed'}>
                        {slotRange.type === 'single'
                          ? 'Single'
                          : slotRange.type === 'scheduled'
                            ? 'Booked'
                            : 'Range'}
                        Slot
                      </Text>

                      <DeleteButton
                        onClick={() => handleDeleteSlotRange(index)}
                        iconSize={16}
                        buttonSize={20}
                        disabled={
                          slotRange.slots &&
                          slotRange.slots.length > 0 &&
                          slotRange.slots[0].bookedBy
                            ? true
                            : false
                        }
                        tooltipText={'Booked slots need to be rescheduled first'}
                        tooltipTextPosition='left'
                        tooltipOnlyWhenDisabled={true}
                      ></DeleteButton>
                    </Group>
                    <Group wrap='nowrap' h={'100%'} w={'100%'}>
                      <Divider
                        orientation='vertical'
                        size={'lg'}
                        color={
                          slotRange.type === 'single'
                            ? 'green'
                            : slotRange.type === 'scheduled'
                              ? 'primary'
                              : 'blue'
                        }
                      />

                      <Stack w={'100%'}>
                        <Group>
                          {slotRange.type !== 'scheduled' && (
                            <>
                              <TimeInput
                                value={slotRange.startTime?.toTimeString().slice(0, 5) ?? ''}
                                size='xs'
                                description='Start time'
                                onChange={(newTime) => {
                                  if (!isValidTime(newTime.target.value)) return
                                  setSlotRanges((prev) => {
                                    const newRanges = [...prev]

                                    const newStartTime = new Date(date)
                                    const [hours, minutes] = newTime.target.value
                                      .split(':')
                                      .map(Number)
                                    newStartTime.setHours(hours, minutes, 0, 0)
                                    newRanges[index].startTime = newStartTime

                                    //When it is single also set end time
                                    if (slotRange.type === 'single') {
                                      const newEndTime = new Date(date)
                                      const [endHours, endMinutes] = newTime.target.value
                                        .split(':')
                                        .map(Number)
                                      newEndTime.setHours(endHours, endMinutes, 0, 0)
                                      newEndTime.setMinutes(newEndTime.getMinutes() + duration)
                                      newRanges[index].endTime = newEndTime
                                    }

                                    if (newRanges[index].endTime && newRanges[index].startTime) {
                                      if (slotRange.type === 'range') {
                                        //Generate slots between start and end time every
                                        newRanges[index].slots = createSlotsForRange(
                                          newRanges[index].startTime,
                                          newRanges[index].endTime,
                                          duration,
                                          breakDuration,
                                          slotRange.locationType,
                                          slotRange.location,
                                        )
                                      } else {
                                        newRanges[index].slots = [
                                          {
                                            slotId: ``,
                                            startDate: new Date(newRanges[index].startTime),
                                            endDate: new Date(newRanges[index].endTime),
                                            bookedBy: null,
                                          },
                                        ]
                                      }
                                    }

                                    return newRanges
                                  })
                                }}
                                onBlur={() => {
                                  setSlotRanges((prev) => {
                                    return [...prev].sort((a, b) => {
                                      if (a.startTime && b.startTime) {
                                        return a.startTime.getTime() - b.startTime.getTime()
                                      }
                                      return 0
                                    })
                                  })
                                }}
                              />
                              {slotRange.type === 'range' && (
                                <TimeInput
                                  value={slotRange.endTime?.toTimeString().slice(0, 5) ?? ''}
                                  size='xs'
                                  description='End time'
                                  onChange={(newTime) => {
                                    if (!isValidTime(newTime.target.value)) return
                                    setSlotRanges((prev) => {
                                      const newRanges = [...prev]
                                      const newEndTime = new Date(date)
                                      const [hours, minutes] = newTime.target.value
                                        .split(':')
                                        .map(Number)
                                      newEndTime.setHours(hours, minutes, 0, 0)

                                      newRanges[index].endTime = newEndTime

                                      if (newRanges[index].endTime && newRanges[index].startTime) {
                                        //Generate slots between start and end time
                                        newRanges[index].slots = createSlotsForRange(
                                          newRanges[index].startTime,
                                          newRanges[index].endTime,
                                          duration,
                                          breakDuration,
                                          slotRange.locationType,
                                          slotRange.location,
                                        )
                                      }
                                      return newRanges
                                    })
                                  }}
                                />
                              )}
                            </>
                          )}
                          <Input.Wrapper description='Location' size='xs' flex={1}>
                            <Group pt={'0.25rem'}>
                              <SegmentedControl
                                size='xs'
                                radius={'xl'}
                                data={['Onsite', 'Online']}
                                value={slotRange.locationType}
                                onChange={(value: string) =>
                                  setSlotRanges((prev) => {
                                    const newValue = (value as 'Onsite' | 'Online') ?? 'Onsite'
                                    const newRanges = [...prev]
                                    newRanges[index].locationType = newValue
                                    newRanges[index].slots = newRanges[index].slots?.map(
                                      (slot) => ({
                                        ...slot,
                                        location:
                                          newValue === 'Onsite'
                                            ? newRanges[index].location
                                            : undefined,
                                        streamUrl:
                                          newValue === 'Online'
                                            ? newRanges[index].location
                                            : undefined,
                                      }),
                                    )
                                    return newRanges
                                  })
                                }
                              ></SegmentedControl>
                              <TextInput
                                placeholder={
                                  slotRange.locationType === 'Onsite' ? 'Location' : 'Meeting URL'
                                }
                                size='xs'
                                flex={1}
                                miw={200}
                                rightSectionPointerEvents='all'
                                rightSection={
                                  slotRange.location !== '' && (
                                    <Button
                                      size='xs'
                                      variant='subtle'
                                      onClick={() => {
                                        updateAllLocations(
                                          slotRange.location,
                                          slotRange.locationType,
                                        )
                                      }}
                                      px={3}
                                    >
                                      Use all day
                                    </Button>
                                  )
                                }
                                rightSectionWidth={slotRange.location !== '' ? 90 : 0}
                                value={slotRange.location ?? ''}
                                onChange={(e) =>
                                  setSlotRanges((prev) => {
                                    const newRanges = [...prev]
                                    newRanges[index].location = e.target.value
                                    newRanges[index].slots = newRanges[index].slots?.map(
                                      (slot) => ({
                                        ...slot,
                                        location:
                                          newRanges[index].locationType === 'Onsite'
                                            ? e.target.value
                                            : undefined,
                                        streamUrl:
                                          newRanges[index].locationType === 'Online'
                                            ? e.target.value
                                            : undefined,
                                      }),
                                    )
                                    return newRanges
                                  })
                                }
                              />
                            </Group>
                          </Input.Wrapper>
                        </Group>
                        {slotRange.slots && slotRange.slots.length > 0 ? (
                          <Stack w={'100%'} pt={6} gap={'0.5rem'}>
                            {slotRange.slots.map((slot) => (
                              <SlotItem
                                key={`${slot.slotId}-${slot.startDate.toISOString()}`}
                                slot={slot}
                                hoverEffect={false}
                                withInterviewee={
                                  slotRange.slots &&
                                  slotRange.slots.length > 0 &&
                                  slotRange.slots[0].bookedBy
                                    ? true
                                    : false
                                }
                                warning={
                                  overlappingSlots.includes(slot) ? 'Overlapping slot' : undefined
                                }
                              />
                            ))}
                          </Stack>
                        ) : slotRange.startTime && slotRange.endTime ? (
                          <Text c='red' size={'sm'}>
                            {slotRange.startTime > slotRange.endTime
                              ? 'StartTime must be before EndTime'
                              : 'No Slots could be created with the time range'}
                          </Text>
                        ) : (
                          <Text c='dimmed' size={'sm'}>
                            {slotRange.type === 'range'
                              ? 'Add a start and end time to see slots in this range'
                              : 'Add a start time to create this slot'}
                          </Text>
                        )}
                      </Stack>
                    </Group>
                  </Stack>
                ))}
              </Stack>
            )}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Card>
  )
}

export default CollapsibleDateCard
