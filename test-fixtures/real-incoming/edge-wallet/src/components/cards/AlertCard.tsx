import * as React from 'react'
import { View } from 'react-native'
import IonIcon from 'react-native-vector-icons/Ionicons'

import type { ButtonInfo } from '../buttons/ButtonsView'
import { PillButton } from '../buttons/PillButton'
import { cacheStyles, type Theme, useTheme } from '../services/ThemeContext'
import { EdgeText } from '../themed/EdgeText'
import { EdgeCard } from './EdgeCard'

interface Props {
  body?: string[] | string // Bullet point messages if an array is provided
  title: string
  type: 'error' | 'warning'
  footer?: string
  header?: string
  button?: ButtonInfo

  // DO NOT USE after a scene is fully UI4! Margins should all align without adjustment.
  marginRem?: number[] | number
}
/**
 * A warning or error card that accepts a title, header, bullet points OR normal
 * message, and a footer. The body is considered bullet pointed if an array of
 * strings is given.
 * Bullet points, if provided, are rendered with the correct vertical alignment when
 * the messages overflow.
 *  .___________________________.
 *  | ⚠ Title Text              |
 *  |                           |
 *  | This is the header text   |
 *  |                           |
 *  | • This is an overflowing  |
 *  |   bulletpoint message     |
 *  | • This one's short        |
 *  |                           |
 *  | This is the footer text   |
 *  |___________________________|
 */
export const AlertCardUi4: React.FC<Props> = (props: Props) => {
  const { title, type, header, body, button, footer, marginRem } = props
  const theme = useTheme()
  const styles = getStyles(theme)

  const bulletPoint = (bulletPoint: string): React.JSX.Element => {
    return (
      <View style={styles.bulletpointRow} key={bulletPoint}>
        <EdgeText style={styles.bulletpointText}>{'\u2022 '}</EdgeText>
        <EdgeText style={styles.bulletpointText} numberOfLines={0}>
          {bulletPoint}
        </EdgeText>
      </View>
    )
  }

  return (
    <EdgeCard
      gradientBackground={
        type === 'error' ? theme.cardGradientError : theme.cardGradientWarning
      }
      marginRem={marginRem}
    >
      <View style={styles.container}>
        <View style={styles.titleContainer}>
          <IonIcon
            name="warning-outline"
            style={styles.icon}
            color={theme.primaryText}
            size={theme.rem(1.25)}
          />
          <EdgeText numberOfLines={0} style={styles.titleText}>
            {title}
          </EdgeText>
        </View>

        {header == null ? null : (
          <EdgeText style={styles.text}>{header}</EdgeText>
        )}

        {body == null ? null : typeof body === 'object' && body.length > 0 ? (
          <View style={styles.bulletPointContainer}>
            {body.map(point => bulletPoint(point))}
          </View>
        ) : (
          <EdgeText style={styles.text} numberOfLines={10}>
            {body}
          </EdgeText>
        )}

        {footer == null ? null : (
          <EdgeText style={styles.text} numberOfLines={10}>
            {footer}
          </EdgeText>
        )}
      </View>

      {button == null ? null : (
        <PillButton
          alignSelf="center"
          disabled={button.disabled}
          label={button.label}
          onPress={button.onPress}
        />
      )}
    </EdgeCard>
  )
}

const getStyles = cacheStyles((theme: Theme) => ({
  container: {
    margin: theme.rem(0.5)
  },
  titleContainer: {
    flexDirection: 'row',
    alignItems: 'center'
  },
  titleText: {
    marginLeft: theme.rem(0.2),
    fontFamily: theme.fontFaceMedium,
    flexShrink: 1
  },
  icon: {
    marginRight: theme.rem(0.2)
  },
  text: {
    fontSize: theme.rem(0.75),
    marginHorizontal: theme.rem(0.25),
    marginTop: theme.rem(0.5)
  },
  bulletPointContainer: {
    marginTop: theme.rem(0.5)
  },
  bulletpointRow: {
    flexDirection: 'row'
  },
  bulletpointText: {
    marginLeft: theme.rem(0.2),
    fontSize: theme.rem(0.75)
  }
}))
