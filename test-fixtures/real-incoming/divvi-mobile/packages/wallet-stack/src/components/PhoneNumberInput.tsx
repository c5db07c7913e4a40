import React, { useEffect, useRef } from 'react'
import { StyleProp, StyleSheet, Text, View, ViewStyle } from 'react-native'
import Expandable from 'src/components/Expandable'
import FormField from 'src/components/FormField'
import FormTextInput from 'src/components/FormTextInput'
import Touchable from 'src/components/Touchable'
import ValidatedTextInput from 'src/components/ValidatedTextInput'
import colors from 'src/styles/colors'
import { Spacing } from 'src/styles/styles'
import { type LocalizedCountry } from 'src/utils/Countries'
import { ValidatorKind } from 'src/utils/inputValidation'

interface Props {
  label?: string
  countryFlagStyle?: StyleProp<ViewStyle>
  style?: StyleProp<ViewStyle>
  country: LocalizedCountry | undefined
  internationalPhoneNumber: string
  onPressCountry?: () => void
  onChange?: (internationalPhoneNumber: string, countryCallingCode: string) => void
  editable?: boolean
}

export default function PhoneNumberInput({
  countryFlagStyle,
  label,
  style,
  country,
  internationalPhoneNumber,
  onPressCountry,
  onChange,
  editable = true,
}: Props) {
  const phoneInputRef = useRef<any>(undefined)
  const flagEmoji = country?.emoji
  const countryCallingCode = country?.countryCallingCode ?? ''
  const numberPlaceholder = country?.countryPhonePlaceholder.national ?? ''

  async function onPressCountryInternal() {
    if (!onPressCountry) {
      return
    }

    onPressCountry()
  }

  function onChangePhoneNumber(newInternationalPhoneNumber: string) {
    if (onChange) {
      onChange(newInternationalPhoneNumber, countryCallingCode)
    }
  }

  useEffect(() => {
    if (country && phoneInputRef.current) {
      phoneInputRef.current.focus()
    }
  }, [country, phoneInputRef])

  return (
    <FormField style={[styles.container, style]} label={label}>
      <View style={styles.phoneNumberContainer}>
        <Touchable
          onPress={onPressCountryInternal}
          style={[styles.countryCodeContainer, countryFlagStyle]}
          testID="CountrySelectionButton"
          disabled={!editable}
        >
          <View style={styles.countryCodeContent}>
            <Expandable
              isExpandable={editable}
              isExpanded={false}
              containerStyle={styles.countryFlagContainer}
              arrowColor={colors.contentSecondary}
            >
              <Text style={styles.flag} testID={'countryCodeFlag'}>
                {flagEmoji}
              </Text>
            </Expandable>
          </View>
        </Touchable>
        <ValidatedTextInput
          forwardedRef={phoneInputRef}
          InputComponent={FormTextInput}
          style={styles.phoneNumberInput}
          value={internationalPhoneNumber}
          placeholder={numberPlaceholder}
          keyboardType="phone-pad"
          textContentType="telephoneNumber"
          testID="PhoneNumberField"
          validator={ValidatorKind.Phone}
          countryCallingCode={countryCallingCode}
          onChangeText={onChangePhoneNumber}
          editable={editable}
          showClearButton={false}
        />
      </View>
    </FormField>
  )
}

const styles = StyleSheet.create({
  container: {},
  phoneNumberContainer: {
    flexDirection: 'row',
    alignItems: 'center',
  },
  countryCodeContainer: {
    width: 80,
    height: Spacing.XLarge48,
    paddingHorizontal: 12,
    alignItems: 'stretch',
    backgroundColor: colors.backgroundPrimary,
    borderRadius: 8,
  },
  countryFlagContainer: {
    justifyContent: 'center',
  },
  countryCodeContent: {
    flex: 1,
    justifyContent: 'center',
  },
  flag: {
    fontSize: 20,
  },
  phoneNumberInput: {
    // flex: 1,
    marginLeft: Spacing.Regular16,
    backgroundColor: colors.backgroundPrimary,
    borderBottomWidth: 1,
    borderColor: colors.borderPrimary,
  },
})
