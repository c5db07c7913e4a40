/**
 * IMPORTANT: Changes in this file MUST be synced between edge-react-gui and
 * edge-login-ui-rn!
 */

import * as React from 'react'
import { View, type ViewStyle } from 'react-native'
import type { AirshipBridge } from 'react-native-airship'

import { useHandler } from '../../hooks/useHandler'
import { ModalButtons } from '../buttons/ModalButtons'
import { Airship, showError } from '../services/AirshipInstance'
import { cacheStyles, type Theme, useTheme } from '../services/ThemeContext'
import { Paragraph } from '../themed/EdgeText'
import { EdgeModal } from './EdgeModal'

export interface ButtonInfo {
  label: string

  // The modal will show a spinner as long as this promise is pending.
  // Returning true will dismiss the modal,
  // but returning false will leave the modal up.
  // Although multiple buttons can be spinning at once,
  // a spinning button cannot be clicked again until the promise resolves.
  onPress?: () => Promise<boolean>

  // Optional UI hints forwarded to the underlying button implementation:
  disabled?: boolean
  spinner?: boolean
  testID?: string
  // Optional visual style override for this specific button.
  // Accept any string to avoid widening callsites; ButtonsView will coerce.
  type?: string
}

export interface ButtonModalProps<Buttons> {
  bridge: AirshipBridge<keyof Buttons | undefined>
  buttons: Buttons
  /** Used to pass non-text children, to be rendered after the title and message
   * but before the buttons themselves. */
  children?: React.ReactNode
  /** No corner close button */
  disableCancel?: boolean
  /** Full height (flex: 1) */
  fullScreen?: boolean
  /** Main body message */
  message?: string
  /** Modal title */
  title?: string
  /** Adds a border around the modal */
  warning?: boolean
}

/**
 * A modal with a title, message, and buttons.
 * This is an alternative to the native `Alert` component.
 *
 * Child components appear between the message and the buttons,
 * but this feature is only meant for inserting extra message elements,
 * like images or custom text formatting.
 *
 * Build a custom modal component if you need form fields, check boxes,
 * or other interactive elements.
 */
export function ButtonsModal<T extends Record<string, ButtonInfo>>(
  props: ButtonModalProps<T>
): React.ReactElement {
  const {
    bridge,
    title,
    message,
    children,
    buttons,
    disableCancel = false,
    fullScreen = false,
    warning
  } = props
  const theme = useTheme()
  const styles = getStyles(theme)

  const handleCancel = useHandler(() => {
    bridge.resolve(undefined)
  })

  const containerStyle: ViewStyle = {
    flexGrow: fullScreen ? 1 : 0,
    flexShrink: fullScreen ? 0 : 1
  }

  const buttonInfo = (Object.keys(buttons) as Array<keyof T & string>).map(
    (key, i, arr) => {
      const { label, onPress, disabled, spinner, testID, type } = buttons[key]

      const handlePress = (): Promise<void> | undefined => {
        if (onPress == null) {
          bridge.resolve(key)
          return
        }
        return onPress().then(
          result => {
            if (result) bridge.resolve(key)
          },
          (error: unknown) => {
            showError(error)
          }
        )
      }

      return { label, onPress: handlePress, disabled, spinner, testID, type }
    }
  )

  return (
    <EdgeModal
      warning={warning}
      bridge={bridge}
      title={title}
      onCancel={disableCancel ? undefined : handleCancel}
    >
      <View style={[styles.textStyle, containerStyle]}>
        {message != null ? <Paragraph>{message}</Paragraph> : null}
        {children}
        <ModalButtons
          primary={buttonInfo.length > 0 ? buttonInfo[0] : undefined}
          secondary={buttonInfo.length > 1 ? buttonInfo[1] : undefined}
          tertiary={buttonInfo.length > 2 ? buttonInfo[2] : undefined}
        />
      </View>
    </EdgeModal>
  )
}

const getStyles = cacheStyles((theme: Theme) => ({
  buttonsStyle: {
    justifyContent: 'flex-end',
    marginTop: theme.rem(0.5)
  },
  textStyle: {
    justifyContent: 'flex-start'
  }
}))

/**
 * Utility function to show a ButtonsModal without JSX.
 * Useful for non-React contexts or TypeScript files.
 */
export async function showButtonsModal<
  Buttons extends Record<string, ButtonInfo>
>(
  params: Omit<ButtonModalProps<Buttons>, 'bridge'>
): Promise<keyof Buttons | undefined> {
  return await Airship.show<keyof Buttons | undefined>(bridge => (
    <ButtonsModal bridge={bridge} {...params} />
  ))
}
