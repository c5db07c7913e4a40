import * as React from 'react'
import { Platform, type StyleProp, View, type ViewStyle } from 'react-native'

import { cacheStyles, type Theme, useTheme } from '../services/ThemeContext'
import { EdgeText } from '../themed/EdgeText'

export interface Props {
  children: React.ReactNode
  /** Size of the child icon */
  sizeRem: number

  number?: number

  /** To adjust the position of the dot */
  offsetX?: number
  /** To adjust the position of the dot */
  offsetY?: number
}

/**
 * Maybe renders a red dot badge on top of the supplied `children,` with a white
 * number or dot inside.
 *
 * For backwards compatibility, takes a style prop and provides no built-in margins.
 */
export const IconBadge = (props: Props) => {
  const { children, number, offsetX = 0, offsetY = 0, sizeRem } = props
  const theme = useTheme()
  const styles = getStyles(theme)

  const containerStyle: StyleProp<ViewStyle> = React.useMemo(
    () => ({
      height: theme.rem(sizeRem),
      width: theme.rem(sizeRem),
      alignItems: 'center',
      justifyContent: 'center'
    }),
    [theme, sizeRem]
  )

  const badgeStyle: StyleProp<ViewStyle> = React.useMemo(() => {
    const badgeSize = theme.rem(0.6)
    return {
      position: 'absolute',
      alignItems: 'center',
      justifyContent: 'center',
      top: -badgeSize / 2 + offsetY,
      right: -badgeSize / 2 + offsetX,
      height: badgeSize,
      minWidth: badgeSize,
      borderRadius: badgeSize / 2,
      backgroundColor: theme.badgeDot
    }
  }, [offsetX, offsetY, theme])

  return (
    <View style={containerStyle}>
      {children}
      {number == null ? null : (
        <View style={badgeStyle}>
          {number === 0 ? (
            <View style={styles.priorityCircle} />
          ) : (
            <EdgeText
              style={
                Platform.OS === 'android' ? styles.textAndroid : styles.textIos
              }
              disableFontScaling
            >
              {number}
            </EdgeText>
          )}
        </View>
      )}
    </View>
  )
}

const getStyles = cacheStyles((theme: Theme) => {
  return {
    iconContainer: {
      alignItems: 'center',
      justifyContent: 'center'
    },
    textIos: {
      color: theme.badgeText,
      fontSize: theme.rem(0.5) - 1,
      fontFamily: theme.fontFaceBold,
      marginLeft: 2,
      marginRight: 1
    },
    textAndroid: {
      color: theme.badgeText,
      fontSize: theme.rem(0.5) - 1,
      fontFamily: theme.fontFaceBold,
      marginTop: 1.5,
      marginHorizontal: 2
    },
    priorityCircle: {
      width: theme.rem(0.15),
      height: theme.rem(0.15),
      borderRadius: theme.rem(0.15 / 2),
      backgroundColor: theme.badgeText
    }
  }
})
