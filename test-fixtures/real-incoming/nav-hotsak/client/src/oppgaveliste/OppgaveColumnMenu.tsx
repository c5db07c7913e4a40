import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { restrictToParentElement, restrictToVerticalAxis } from '@dnd-kit/modifiers'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { CogIcon, DragVerticalIcon, TrashIcon } from '@navikt/aksel-icons'
import { ActionMenu, Button, HStack, Tooltip, VStack } from '@navikt/ds-react'
import { useMemo } from 'react'

import classes from './OppgaveColumnMenu.module.css'
import { getOppgaveColumn } from './oppgaveColumns.tsx'
import {
  type OppgaveColumnState,
  useIsOppgavelisteCustomized,
  useOppgavelisteColumnsContext,
  useOppgavelisteColumnsMoveColumnHandler,
  useOppgavelisteColumnsResetAllHandler,
  useOppgavelisteColumnToggleColumnHandler,
} from './OppgavelisteColumnsContext.ts'
import { useOppgavelisteContext, useOppgavelisteFilterModusToggleHandler } from './OppgavelisteContext.tsx'
import { useMiljø } from '../utils/useMiljø.ts'

export function OppgaveColumnMenu() {
  const columnsState = useOppgavelisteColumnsContext()
  const isOppgavelisteCustomized = useIsOppgavelisteCustomized()
  const handleResetAll = useOppgavelisteColumnsResetAllHandler()
  const { filterModus } = useOppgavelisteContext()
  const toggleFilterModus = useOppgavelisteFilterModusToggleHandler()
  const { erIkkeProd } = useMiljø()

  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
    })
  )

  const handleMoveColumn = useOppgavelisteColumnsMoveColumnHandler()

  const items = useMemo(() => columnsState.map((it) => it.id), [columnsState])

  return (
    <ActionMenu>
      <ActionMenu.Trigger>
        <Button variant="tertiary" icon={<CogIcon aria-hidden="true" />} size="xsmall">
          Tilpass tabell
        </Button>
      </ActionMenu.Trigger>
      <ActionMenu.Content>
        {erIkkeProd && (
          <>
            <Tooltip content="Vis alle mulige verdier for filtre, ikke kun de som har en match i tabellen. Gjelder kolonner: 'Gjelder', 'Saksbehandler' og 'Kommune / bydel'">
              <ActionMenu.Group label="Filterverdier">
                <ActionMenu.CheckboxItem checked={filterModus === 'alle'} onCheckedChange={toggleFilterModus}>
                  Vis alle mulige verdier
                </ActionMenu.CheckboxItem>
              </ActionMenu.Group>
            </Tooltip>
            <ActionMenu.Divider />
          </>
        )}
        <ActionMenu.Group label="Velg kolonner">
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            modifiers={[restrictToVerticalAxis, restrictToParentElement]}
            onDragEnd={handleMoveColumn}
          >
            <div>
              <SortableContext items={items} strategy={verticalListSortingStrategy}>
                {columnsState.map((columnState) => (
                  <OppgaveColumnMenuItem key={columnState.id} columnState={columnState} />
                ))}
              </SortableContext>
            </div>
          </DndContext>
          {isOppgavelisteCustomized && (
            <ActionMenu.Item variant="danger" icon={<TrashIcon />} onSelect={handleResetAll}>
              Tilbakestill tabell
            </ActionMenu.Item>
          )}
        </ActionMenu.Group>
      </ActionMenu.Content>
    </ActionMenu>
  )
}

function OppgaveColumnMenuItem({ columnState }: { columnState: OppgaveColumnState }) {
  const handleToggleColumn = useOppgavelisteColumnToggleColumnHandler(columnState.id)
  const header = getOppgaveColumn(columnState.id).header

  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: columnState.id })

  if (!header) {
    return null
  }

  const style = {
    transform: CSS.Transform.toString(transform),
    transition,
  }

  return (
    <div ref={setNodeRef} style={style}>
      <ActionMenu.CheckboxItem checked={columnState.checked} onCheckedChange={handleToggleColumn}>
        <HStack gap="space-12" align="center" justify="space-between" width="100%" wrap={false}>
          <div className={classes.draggableHeader}>{header}</div>
          <VStack className={isDragging ? classes.isDragging : classes.isNotDragging} {...attributes} {...listeners}>
            <DragVerticalIcon width={20} height={20} />
          </VStack>
        </HStack>
      </ActionMenu.CheckboxItem>
    </div>
  )
}
