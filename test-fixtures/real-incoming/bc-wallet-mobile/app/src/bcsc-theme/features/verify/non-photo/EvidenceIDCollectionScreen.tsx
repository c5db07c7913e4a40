import { ControlContainer } from '@/bcsc-theme/components/ControlContainer'
import DateInput from '@/bcsc-theme/components/DateInput'
import { InputWithValidation } from '@/bcsc-theme/components/InputWithValidation'
import useSecureActions from '@/bcsc-theme/hooks/useSecureActions'
import { BCSCScreens, BCSCVerifyStackParams } from '@/bcsc-theme/types/navigators'
import { parseBirthdateToLocalDate } from '@/bcsc-theme/utils/birthdate'
import { getResumeStepRoute } from '@/bcsc-theme/utils/resume-step-route'
import { normalizeForSubmission } from '@/bcsc-theme/utils/validation'
import { MINIMUM_VERIFICATION_AGE } from '@/constants'
import { BCState, NonBCSCUserMetadata } from '@/store'
import {
  Button,
  ButtonType,
  ScreenWrapper,
  testIdWithKey,
  Text,
  ThemedText,
  TOKENS,
  useAnimatedComponents,
  useServices,
  useStore,
  useTheme,
} from '@bifold/core'
import { RouteProp, StackActions } from '@react-navigation/native'
import { StackNavigationProp } from '@react-navigation/stack'
import { a11yLabel } from '@utils/accessibility'
import moment from 'moment'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScrollView, View } from 'react-native'
import { BCSCCardProcess } from 'react-native-bcsc-core'
import useEvidenceIDCollectionModel, {
  EvidenceCollectionFormErrors,
  EvidenceCollectionFormState,
} from './useEvidenceIDCollectionModel'

const FIELD_ORDER: (keyof EvidenceCollectionFormState)[] = [
  'documentNumber',
  'lastName',
  'firstName',
  'middleNames',
  'birthDate',
]

type EvidenceIDCollectionScreenProps = {
  navigation: StackNavigationProp<BCSCVerifyStackParams, BCSCScreens.EvidenceIDCollection>
  route: RouteProp<BCSCVerifyStackParams, BCSCScreens.EvidenceIDCollection>
}

/**
 * Screen for collecting ID formState information from the user.
 *
 * Note: Depending on which card type is selected, additional formState fields may be required. ie: First name, last name, birth date, etc.
 *
 * @param {EvidenceIDCollectionScreenProps} props - The props for the screen, including navigation and route parameters.
 * @returns {*} {React.ReactElement} The rendered EvidenceIDCollectionScreen component.
 */
const EvidenceIDCollectionScreen = ({ navigation, route }: EvidenceIDCollectionScreenProps) => {
  const [store] = useStore<BCState>()
  const { updateUserInfo, updateUserMetadata, updateEvidenceDocumentNumber } = useSecureActions()
  const [logger] = useServices([TOKENS.UTIL_LOGGER])
  const { t } = useTranslation()
  const { Spacing } = useTheme()
  const { ButtonLoading } = useAnimatedComponents()
  const { toCanonicalBirthDate, validateEvidence } = useEvidenceIDCollectionModel()
  const [isSubmitting, setIsSubmitting] = useState(false)
  const { cardType } = route.params
  const evidenceIndex = store.bcscSecure.additionalEvidenceData.findIndex(
    (e) => e.evidenceType?.evidence_type === cardType.evidence_type
  )
  const scrollViewRef = useRef<ScrollView>(null)
  const formContainerY = useRef(0)
  const fieldYOffsets = useRef<Partial<Record<keyof EvidenceCollectionFormState, number>>>({})

  const scrollToFirstError = (errors: EvidenceCollectionFormErrors) => {
    const firstErrorField = FIELD_ORDER.find((field) => errors[field] !== undefined)
    if (!firstErrorField || fieldYOffsets.current[firstErrorField] === undefined) {
      return
    }
    scrollViewRef.current?.scrollTo({
      y: formContainerY.current + (fieldYOffsets.current[firstErrorField] ?? 0),
      animated: true,
    })
  }

  // If we have a document number from the route params (ie: from scanning), use that.
  // Otherwise, if this cardType already has an entry in additionalEvidenceData, use the
  // document number from there (ie: user is going back to edit). Otherwise,
  // default to empty string.
  const initialDocumentNumber =
    route.params.documentNumber ?? store.bcscSecure.additionalEvidenceData[evidenceIndex]?.documentNumber ?? ''

  // Personal info (name, DOB) is only collected on the first of two IDs in the NonBCSC flow.
  // The second ID only needs a document number since personal info was already captured.
  const isFirstAdditionalID = store.bcscSecure.additionalEvidenceData.length === 1
  const personalInfoRequired = store.bcscSecure.cardProcess === BCSCCardProcess.NonBCSC && isFirstAdditionalID
  // The Non-BCSC flow collects two IDs. While completing the first, the next step is capturing the
  // second ID, so the primary action says so; the second ID (and every other flow) uses a plain
  // Continue. Kept separate from personalInfoRequired so the button copy doesn't silently change if
  // the personal-info rule ever does, even though they coincide today on the first Non-BCSC ID.
  const isCollectingFirstOfTwoIds = store.bcscSecure.cardProcess === BCSCCardProcess.NonBCSC && isFirstAdditionalID

  const [formState, setFormState] = useState<EvidenceCollectionFormState>({
    documentNumber: initialDocumentNumber,
    firstName: store.bcscSecure.userMetadata?.name?.first ?? '',
    middleNames: store.bcscSecure.userMetadata?.name?.middle ?? '',
    lastName: store.bcscSecure.userMetadata?.name?.last ?? '',
    birthDate: store.bcscSecure.birthdate ? moment(store.bcscSecure.birthdate).format('YYYY-MM-DD') : '',
  })
  const [formErrors, setFormErrors] = useState<EvidenceCollectionFormErrors>({})

  /**
   * Handles changes to the form fields.
   *
   * @param {keyof EvidenceCollectionFormState} field - The field being updated.
   * @param {string} value - The new value for the field.
   * @returns {*} {void}
   */
  const handleChange = (field: keyof EvidenceCollectionFormState, value: string) => {
    setFormState((prev) => ({ ...prev, [field]: value }))
    // clear field-specific error on change
    setFormErrors((prev) => ({ ...prev, [field]: undefined }))
  }

  /**
   * Handles the continue button press.
   *
   * @returns {*} {Promise<void>}
   */
  const handleOnContinue = async () => {
    const documentNumber = normalizeForSubmission(formState.documentNumber)

    try {
      setIsSubmitting(true)
      // clear previous validation errors
      setFormErrors({})

      const evidenceFormErrors = validateEvidence({
        values: { ...formState, documentNumber },
        personalInfoRequired,
        documentReferenceInputMask: cardType.document_reference_input_mask,
        minimumAge: MINIMUM_VERIFICATION_AGE,
        t,
        onInvalidMask: (error) =>
          logger.error(`Invalid regex pattern: ${cardType.document_reference_input_mask}`, error),
      })

      // if there are validation errors, display them and do not proceed
      if (Object.keys(evidenceFormErrors).length > 0) {
        setFormErrors(evidenceFormErrors)
        scrollToFirstError(evidenceFormErrors)
        return
      }

      if (personalInfoRequired) {
        // Convert birth date to canonical format (YYYY-MM-DD) for storage and comparison
        const canonicalBirthDate = toCanonicalBirthDate(formState.birthDate)

        await updateUserInfo({
          birthdate: parseBirthdateToLocalDate(canonicalBirthDate),
        })

        const newUserMetadata: NonBCSCUserMetadata = {
          name: {
            first: normalizeForSubmission(formState.firstName),
            last: normalizeForSubmission(formState.lastName),
            middle: normalizeForSubmission(formState.middleNames),
          },
        }

        // Preserve address data if it has already been set (eg. from a barcode scan)
        if (store.bcscSecure.userMetadata?.address) {
          newUserMetadata.address = store.bcscSecure.userMetadata.address
        }

        await updateUserMetadata(newUserMetadata)
      }

      await updateEvidenceDocumentNumber(route.params.cardType, documentNumber)
    } catch (error) {
      logger.error('Error submitting user metadata form', error as Error)
      return
    } finally {
      setIsSubmitting(false)
    }

    // Build a predicted post-update store: the just-saved document number turns
    // the matching evidence entry into a "completed" piece of evidence, which is
    // what drives step1 / step2 completion in getResumeStepRoute.
    const predictedAdditionalEvidence = store.bcscSecure.additionalEvidenceData.map((item) =>
      item.evidenceType?.evidence_type === cardType.evidence_type ? { ...item, documentNumber } : item
    )
    const predictedStore: BCState = {
      ...store,
      bcscSecure: { ...store.bcscSecure, additionalEvidenceData: predictedAdditionalEvidence },
    }

    const nextStep = getResumeStepRoute(predictedStore)

    // Advance to the next step while KEEPING the history so the user can step back through the flow
    // (this ID's form, the evidence list, the previous ID's form, ...). push (not navigate) mints a
    // fresh instance, so a next step that already appears earlier in the stack — e.g. the evidence
    // list, revisited to add a second ID — isn't reused by popping back to it.
    navigation.dispatch(StackActions.push(nextStep.name, nextStep.params))
  }

  const primaryActionLabel = isCollectingFirstOfTwoIds
    ? t('BCSC.EvidenceIDCollection.TakeSecondIdPhoto')
    : t('Global.Continue')

  const controls = (
    <ControlContainer>
      <Button
        title={primaryActionLabel}
        accessibilityLabel={a11yLabel(primaryActionLabel)}
        testID={testIdWithKey('EvidenceIDCollectionContinue')}
        buttonType={ButtonType.Primary}
        onPress={handleOnContinue}
        disabled={isSubmitting}
      >
        {isSubmitting && <ButtonLoading />}
      </Button>
    </ControlContainer>
  )

  return (
    <ScreenWrapper
      keyboardActive={true}
      padded={false}
      controls={controls}
      scrollViewRef={scrollViewRef}
      scrollViewContainerStyle={{ flexGrow: 1, padding: Spacing.lg }}
    >
      <ThemedText variant={'headingThree'}>{cardType.evidence_type_label}</ThemedText>
      <ThemedText style={{ paddingVertical: 16 }}>
        {t('BCSC.EvidenceIDCollection.Heading1')}{' '}
        <Text style={{ fontWeight: 'bold' }}>{t('BCSC.EvidenceIDCollection.Heading2')}</Text>{' '}
        {t('BCSC.EvidenceIDCollection.Heading3')}
      </ThemedText>
      <View
        style={{ marginVertical: 10, width: '100%', gap: 18 }}
        onLayout={(e) => {
          formContainerY.current = e.nativeEvent.layout.y
        }}
      >
        <InputWithValidation
          id={'documentNumber'}
          label={cardType.document_reference_label}
          value={formState.documentNumber}
          onChange={(value) => handleChange('documentNumber', value)}
          error={formErrors.documentNumber}
          subtext={`${t('BCSC.EvidenceIDCollection.DocumentNumberSubtext')} ${cardType.document_reference_sample}`}
          textInputProps={{ autoCorrect: false, autoCapitalize: 'characters' }}
          onLayout={(e) => {
            fieldYOffsets.current.documentNumber = e.nativeEvent.layout.y
          }}
        />

        {personalInfoRequired ? (
          <>
            <InputWithValidation
              id={'lastName'}
              label={t('BCSC.EvidenceIDCollection.LastNameLabel')}
              value={formState.lastName}
              onChange={(value) => handleChange('lastName', value)}
              error={formErrors.lastName}
              subtext={t('BCSC.EvidenceIDCollection.LastNameSubtext')}
              textInputProps={{
                autoCorrect: false,
                autoComplete: 'name-family',
                textContentType: 'familyName',
                autoCapitalize: 'characters',
              }}
              onLayout={(e) => {
                fieldYOffsets.current.lastName = e.nativeEvent.layout.y
              }}
            />

            <InputWithValidation
              id={'firstName'}
              label={t('BCSC.EvidenceIDCollection.FirstNameLabel')}
              value={formState.firstName}
              onChange={(value) => handleChange('firstName', value)}
              error={formErrors.firstName}
              subtext={t('BCSC.EvidenceIDCollection.FirstNameSubtext')}
              textInputProps={{
                autoCorrect: false,
                autoComplete: 'name-given',
                textContentType: 'givenName',
                autoCapitalize: 'characters',
              }}
              onLayout={(e) => {
                fieldYOffsets.current.firstName = e.nativeEvent.layout.y
              }}
            />

            <InputWithValidation
              id={'middleNames'}
              label={t('BCSC.EvidenceIDCollection.MiddleNamesLabel')}
              value={formState.middleNames}
              onChange={(value) => handleChange('middleNames', value)}
              error={formErrors.middleNames}
              subtext={t('BCSC.EvidenceIDCollection.MiddleNamesSubtext')}
              textInputProps={{
                autoCorrect: false,
                autoComplete: 'name-middle',
                textContentType: 'middleName',
                autoCapitalize: 'characters',
              }}
              onLayout={(e) => {
                fieldYOffsets.current.middleNames = e.nativeEvent.layout.y
              }}
            />

            <DateInput
              id={'birthDate'}
              label={t('BCSC.EvidenceIDCollection.BirthDateLabel')}
              value={formState.birthDate}
              onChange={(date) => handleChange('birthDate', date)}
              error={formErrors.birthDate}
              subtext={t('BCSC.EvidenceIDCollection.BirthDateSubtext')}
              onLayout={(e) => {
                fieldYOffsets.current.birthDate = e.nativeEvent.layout.y
              }}
            />
          </>
        ) : null}
      </View>
    </ScreenWrapper>
  )
}

export default EvidenceIDCollectionScreen
