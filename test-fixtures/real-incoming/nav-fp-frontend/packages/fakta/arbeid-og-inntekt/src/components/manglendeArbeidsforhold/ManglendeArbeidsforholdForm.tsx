import { useState } from 'react';
import { useForm, type UseFormGetValues, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';

import { QuestionmarkDiamondIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, Popover, Radio, VStack } from '@navikt/ds-react';
import { RhfDatepicker, RhfForm, RhfRadioGroup, RhfTextarea, RhfTextField } from '@navikt/ft-form-hooks';
import {
  dateAfterOrEqual,
  hasValidDate,
  hasValidInteger,
  hasValidText,
  maxLength,
  maxValue,
  minLength,
  minValue,
  required,
} from '@navikt/ft-form-validators';

import type {
  ArbeidsforholdKomplettVurderingType,
  Inntektsmelding,
  ManglendeInntektsmeldingVurdering,
  ManueltArbeidsforhold,
} from '@navikt/fp-types';

import { useSetDirtyForm } from '../../DirtyFormProvider';
import type { ArbeidsforholdOgInntektRadData } from '../../types/arbeidsforholdOgInntekt';

import styles from './manglendeArbeidsforholdForm.module.css';

const minLength3 = minLength(3);
const maxLength1500 = maxLength(1500);
const minValue1 = minValue(1);
const maxValue100 = maxValue(100);

type FormValues = {
  saksbehandlersVurdering?: ArbeidsforholdKomplettVurderingType;
  fom?: string;
  tom?: string;
  stillingsprosent?: number;
  begrunnelse?: string;
};

interface Props {
  behandlingUuid: string;
  behandlingVersjon: number;
  radData: ArbeidsforholdOgInntektRadData;
  isReadOnly: boolean;
  registrerArbeidsforhold: (params: ManueltArbeidsforhold) => Promise<void>;
  lagreVurdering: (params: ManglendeInntektsmeldingVurdering) => Promise<void>;
  lukkArbeidsforholdRad: () => void;
  oppdaterTabell: (data: (rader: ArbeidsforholdOgInntektRadData[]) => ArbeidsforholdOgInntektRadData[]) => void;
}

export const ManglendeArbeidsforholdForm = ({
  behandlingUuid,
  behandlingVersjon,
  radData,
  isReadOnly,
  registrerArbeidsforhold,
  lagreVurdering,
  lukkArbeidsforholdRad,
  oppdaterTabell,
}: Props) => {
  const intl = useIntl();

  const defaultValues = {
    saksbehandlersVurdering: radData.avklaring?.saksbehandlersVurdering,
    begrunnelse: radData.avklaring?.begrunnelse,
    fom: radData.avklaring?.fom,
    tom: radData.avklaring?.tom,
    stillingsprosent: radData.avklaring?.stillingsprosent,
  };

  const formMethods = useForm<FormValues>({
    defaultValues,
  });

  useSetDirtyForm(formMethods.formState.isDirty);

  const saksbehandlersVurdering = useWatch({ control: formMethods.control, name: 'saksbehandlersVurdering' });

  const avbryt = () => {
    lukkArbeidsforholdRad();
    formMethods.reset(defaultValues);
  };

  const inntektsmelding = radData.inntektsmeldingerForRad[0]!;

  const lagre = (formValues: FormValues) => {
    const oppdater = getOppdaterTabell(oppdaterTabell, inntektsmelding, formValues);
    if (formValues.saksbehandlersVurdering === 'OPPRETT_BASERT_PÅ_INNTEKTSMELDING') {
      return (
        registrerArbeidsforhold({
          behandlingUuid,
          behandlingVersjon,
          internArbeidsforholdRef: inntektsmelding.internArbeidsforholdId ?? undefined,
          arbeidsgiverNavn: radData.arbeidsgiverNavn,
          arbeidsgiverIdent: inntektsmelding.arbeidsgiverIdent,
          vurdering: 'OPPRETT_BASERT_PÅ_INNTEKTSMELDING',
          begrunnelse: formValues.begrunnelse ?? '',
          fom: formValues.fom ?? '',
          tom: formValues.tom,
          stillingsprosent: formValues.stillingsprosent ?? 0,
        })
          .then(() => {
            oppdater();
            formMethods.reset(formValues);
          })
          // Fangar feilen her sidan ingenting elles ventar på/fangar denne promisen (kalla frå eit
          // onSubmit-DOM-event). Utan dette vart det ein ufanga ("unhandled") promise-rejection.
          // Feilmelding til brukar og moglegheit til å prøve på nytt er alt sikra uavhengig av dette:
          // mutation-cachen (queryUtils.ts) viser feilen, og reset() over køyrer berre ved suksess.
          .catch(() => undefined)
      );
    }
    return (
      lagreVurdering({
        behandlingUuid,
        behandlingVersjon,
        vurdering: formValues.saksbehandlersVurdering,
        begrunnelse: formValues.begrunnelse,
        arbeidsgiverIdent: inntektsmelding.arbeidsgiverIdent,
        internArbeidsforholdRef: inntektsmelding.internArbeidsforholdId ?? undefined,
      })
        .then(() => {
          oppdater();
          formMethods.reset(formValues);
        })
        // Sjå kommentar over: fangar berre for å unngå ufanga rejection, ikkje for brukarvarsling/retry.
        .catch(() => undefined)
    );
  };

  const [anchorEl, setAnchorEl] = useState<SVGSVGElement | null>(null);

  return (
    <VStack gap="space-32">
      <div className={styles['alertStripe']}>
        <Alert variant="info">
          <FormattedMessage id="ManglendeOpplysningerForm.ErMottattMenIkkeReg" />
        </Alert>
      </div>
      <RhfForm formMethods={formMethods} onSubmit={lagre}>
        <VStack gap="space-16">
          <RhfRadioGroup
            name="saksbehandlersVurdering"
            control={formMethods.control}
            legend={
              <HStack gap="space-8">
                <FormattedMessage id="ManglendeOpplysningerForm.SkalBrukeInntekstmelding" />
                <QuestionmarkDiamondIcon
                  className={styles['svg']}
                  onClick={event => setAnchorEl(anchorEl ? null : event.currentTarget)}
                  title={intl.formatMessage({ id: 'ManglendeOpplysningerForm.AltHjelpetekst' })}
                />
                <Popover
                  open={anchorEl !== null}
                  onClose={() => setAnchorEl(null)}
                  anchorEl={anchorEl}
                  className={styles['hjelpetekst']}
                >
                  <Popover.Content className={styles['hjelpetekstInnhold']}>
                    <BodyShort>
                      <FormattedMessage id="ManglendeOpplysningerForm.Hjelpetekst" />
                    </BodyShort>
                  </Popover.Content>
                </Popover>
              </HStack>
            }
            validate={[required]}
            readOnly={isReadOnly}
          >
            <Radio value="KONTAKT_ARBEIDSGIVER_VED_MANGLENDE_ARBEIDSFORHOLD" size="small">
              <FormattedMessage id="ManglendeOpplysningerForm.TarKontakt" />
            </Radio>
            <Radio value="IKKE_OPPRETT_BASERT_PÅ_INNTEKTSMELDING" size="small">
              <FormattedMessage id="ManglendeOpplysningerForm.GåVidere" />
            </Radio>
            <Radio value="OPPRETT_BASERT_PÅ_INNTEKTSMELDING" size="small">
              <FormattedMessage id="ManglendeOpplysningerForm.OpprettArbeidsforhold" />
            </Radio>
          </RhfRadioGroup>
          {saksbehandlersVurdering === 'OPPRETT_BASERT_PÅ_INNTEKTSMELDING' && (
            <HStack gap="space-16">
              <RhfDatepicker
                name="fom"
                control={formMethods.control}
                label={<FormattedMessage id="ManglendeOpplysningerForm.PeriodeFra" />}
                validate={[required, hasValidDate]}
                readOnly={isReadOnly}
              />
              <RhfDatepicker
                name="tom"
                control={formMethods.control}
                label={<FormattedMessage id="ManglendeOpplysningerForm.PeriodeTil" />}
                validate={[hasValidDate, validerPeriodeRekkefølge(formMethods.getValues)]}
                readOnly={isReadOnly}
              />
              <RhfTextField
                name="stillingsprosent"
                control={formMethods.control}
                label={<FormattedMessage id="ManglendeOpplysningerForm.Stillingsprosent" />}
                parse={value => {
                  const parsedValue = Number.parseInt(value.toString(), 10);
                  return Number.isNaN(parsedValue) ? value : parsedValue;
                }}
                validate={[required, hasValidInteger, minValue1, maxValue100]}
                readOnly={isReadOnly}
                maxLength={3}
              />
            </HStack>
          )}
          <RhfTextarea
            name="begrunnelse"
            control={formMethods.control}
            label={<FormattedMessage id="ManglendeOpplysningerForm.Begrunn" />}
            validate={[required, minLength3, maxLength1500, hasValidText]}
            maxLength={1500}
            readOnly={isReadOnly}
          />
          {!isReadOnly && (
            <HStack gap="space-16">
              <Button
                size="small"
                variant="secondary"
                loading={formMethods.formState.isSubmitting}
                disabled={!formMethods.formState.isDirty || formMethods.formState.isSubmitting}
              >
                <FormattedMessage id="ManglendeOpplysningerForm.Lagre" />
              </Button>
              <Button
                size="small"
                variant="tertiary"
                loading={false}
                disabled={formMethods.formState.isSubmitting}
                onClick={avbryt}
                type="button"
              >
                <FormattedMessage id="ManglendeOpplysningerForm.Avbryt" />
              </Button>
            </HStack>
          )}
        </VStack>
      </RhfForm>
    </VStack>
  );
};

const validerPeriodeRekkefølge = (getValues: UseFormGetValues<FormValues>) => (tom?: string) => {
  const fom = getValues('fom');
  return fom && tom ? dateAfterOrEqual(fom)(tom) : null;
};

// Vurderinga lagrast i backend på (arbeidsgiverIdent, internArbeidsforholdRef). Rader som deler
// denne nøkkelen deler difor same vurdering, og må oppdaterast likt lokalt.
const erSammeVurdering = (inntektsmelding: Inntektsmelding, annen: Inntektsmelding): boolean =>
  inntektsmelding.arbeidsgiverIdent === annen.arbeidsgiverIdent &&
  (inntektsmelding.internArbeidsforholdId ?? undefined) === (annen.internArbeidsforholdId ?? undefined);

const getOppdaterTabell =
  (
    oppdaterTabell: (data: (rader: ArbeidsforholdOgInntektRadData[]) => ArbeidsforholdOgInntektRadData[]) => void,
    inntektsmelding: Inntektsmelding,
    formValues: FormValues,
  ) =>
  () => {
    oppdaterTabell(oldData =>
      oldData.map(data => {
        const radInntektsmelding = data.inntektsmeldingerForRad[0];
        if (radInntektsmelding && erSammeVurdering(inntektsmelding, radInntektsmelding)) {
          const opprettArbeidsforhold = formValues.saksbehandlersVurdering === 'OPPRETT_BASERT_PÅ_INNTEKTSMELDING';
          const avklaring = opprettArbeidsforhold
            ? {
                arbeidsgiverIdent: inntektsmelding.arbeidsgiverIdent,
                fom: formValues.fom,
                tom: formValues.tom,
                stillingsprosent: formValues.stillingsprosent,
                begrunnelse: formValues.begrunnelse,
                saksbehandlersVurdering: formValues.saksbehandlersVurdering,
              }
            : {
                begrunnelse: formValues.begrunnelse,
                saksbehandlersVurdering: formValues.saksbehandlersVurdering,
              };
          return {
            ...data,
            avklaring,
          };
        }
        return data;
      }),
    );
  };
