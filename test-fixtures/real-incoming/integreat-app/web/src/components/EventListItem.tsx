import EventNoteIcon from '@mui/icons-material/EventNote'
import EventRepeatOutlinedIcon from '@mui/icons-material/EventRepeatOutlined'
import LocationOnOutlinedIcon from '@mui/icons-material/LocationOnOutlined'
import ListItem from '@mui/material/ListItem'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import Typography, { TypographyProps } from '@mui/material/Typography'
import { styled, useTheme } from '@mui/material/styles'
import { DateTime } from 'luxon'
import React, { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'

import { getDisplayDate, getExcerpt } from 'shared'
import { EventModel } from 'shared/api'

import { EventThumbnailPlaceholder1, EventThumbnailPlaceholder2, EventThumbnailPlaceholder3 } from '../assets'
import { EXCERPT_MAX_CHARS } from '../constants'
import EventFurtherDates from './EventFurtherDates'
import Link from './base/Link'

const StyledListItem = styled(ListItem)`
  [class*='MuiListItemSecondaryAction-root'] {
    top: 32px;
  }
`

const StyledListItemButton = styled(ListItemButton)`
  align-items: flex-start;
  gap: ${props => props.theme.spacing(2)};
` as typeof ListItemButton

export const Icon = styled('img')(({ theme }) => ({
  marginTop: 8,
  width: 96,
  height: 96,
  objectFit: 'contain',

  [theme.breakpoints.down('sm')]: {
    width: 64,
    height: 64,
  },
}))

const StyledTypography = styled(Typography)<TypographyProps>`
  p {
    margin: 0;
  }

  margin-top: 8px;
`

const Excerpt = styled('p')`
  padding-top: 4px;
`

type EventListItemProps = {
  event: EventModel
  languageCode: string
  filterStartDate?: DateTime | null
  filterEndDate?: DateTime | null
}

const getEventPlaceholder = (path: string): string => {
  const pseudoId = path.split('').reduce((acc, char) => acc + char.charCodeAt(0), 0)
  const placeholders = [EventThumbnailPlaceholder1, EventThumbnailPlaceholder2, EventThumbnailPlaceholder3]
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
  return placeholders[pseudoId % placeholders.length]!
}

const EventListItem = ({
  event,
  languageCode,
  filterStartDate = null,
  filterEndDate = null,
}: EventListItemProps): ReactElement => {
  const { t } = useTranslation('events')
  const { contentDirection } = useTheme()
  const recurringDateIcon = event.isRecurring ? (
    <Tooltip title={t('recurring')}>
      <EventRepeatOutlinedIcon />
    </Tooltip>
  ) : undefined
  const dateToDisplay = getDisplayDate(event, filterStartDate, filterEndDate)
  const thumbnailSrc = event.thumbnail || getEventPlaceholder(event.path)

  return (
    <StyledListItem dir='auto' disablePadding secondaryAction={recurringDateIcon}>
      <StyledListItemButton component={Link} to={event.path}>
        <ListItemIcon>
          <Icon src={thumbnailSrc} alt='' />
        </ListItemIcon>
        <ListItemText
          disableTypography
          primary={
            <Typography component='h3' variant='subtitle1'>
              {event.title}
            </Typography>
          }
          secondary={
            <StyledTypography variant='body1' flexDirection='column' component='div' dir={contentDirection}>
              <Stack direction='row' alignItems='center' gap={1} component='p'>
                <EventNoteIcon fontSize='small' />
                <span>{dateToDisplay.formatEventDateInOneLine(languageCode, t)}</span>
              </Stack>
              {event.isRecurring && <EventFurtherDates date={event.date} languageCode={languageCode} />}
              {event.location && (
                <Stack direction='row' alignItems='center' gap={1} component='p'>
                  <LocationOnOutlinedIcon fontSize='small' />
                  <span>{event.location.name}</span>
                </Stack>
              )}
              <Excerpt>{getExcerpt(event.excerpt, { maxChars: EXCERPT_MAX_CHARS })}</Excerpt>
            </StyledTypography>
          }
        />
      </StyledListItemButton>
    </StyledListItem>
  )
}

export default EventListItem
