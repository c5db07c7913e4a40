import { useForm, useWatch } from 'react-hook-form';

import { HGrid } from '@navikt/ds-react';
import { RhfForm } from '@navikt/ft-form-hooks';

import { AksjonspunktKode } from '@navikt/fp-kodeverk';
import {
  AndreYtelserPapirsoknadIndex,
  AnnenForelderPapirsoknadIndex,
  BekreftelsePanel,
  DekningsgradIndex,
  FrilansPapirsoknadIndex,
  InntektsgivendeArbeidPapirsoknadIndex,
  LagreSoknadPapirsoknadIndex,
  MottattDatoPapirsoknadIndex,
  OmsorgOgAdopsjonPapirsoknadIndex,
  OppholdINorgePapirsoknadIndex,
  PermisjonIndex,
  RettigheterPapirsoknadIndex,
  SoknadData,
  SprakPapirsoknadIndex,
  TerminOgFodselPanel,
  VirksomhetPapirsoknadIndex,
} from '@navikt/fp-papirsoknad-ui-komponenter';
import type { AlleKodeverk } from '@navikt/fp-types';

import type { AksjonspunktTilBekreftelse } from '../../PapirsøknadAp';

const buildInitialValues = () => ({
  ...MottattDatoPapirsoknadIndex.initialValues(),
  ...OppholdINorgePapirsoknadIndex.initialValues(),
  ...InntektsgivendeArbeidPapirsoknadIndex.initialValues(),
  ...VirksomhetPapirsoknadIndex.initialValues(),
  ...FrilansPapirsoknadIndex.initialValues(),
  ...AndreYtelserPapirsoknadIndex.initialValues(),
  ...DekningsgradIndex.initialValues(),
  ...TerminOgFodselPanel.initialValues(),
  ...RettigheterPapirsoknadIndex.initialValues(),
  ...OmsorgOgAdopsjonPapirsoknadIndex.initialValues(),
  ...AnnenForelderPapirsoknadIndex.initialValues(),
  ...PermisjonIndex.initialValues(),
  ...BekreftelsePanel.initialValues(),
  ...SprakPapirsoknadIndex.initialValues(),
  ...LagreSoknadPapirsoknadIndex.initialValues(),
});

type FormValues = ReturnType<typeof buildInitialValues>;

const transformValues = (
  soknadData: SoknadData,
  formValues: FormValues,
): AksjonspunktTilBekreftelse<AksjonspunktKode.REGISTRER_PAPIRSØKNAD_FORELDREPENGER> => {
  return {
    '@type': AksjonspunktKode.REGISTRER_PAPIRSØKNAD_FORELDREPENGER,
    tema: soknadData.familieHendelseType,
    søknadstype: soknadData.fagsakYtelseType,
    søker: soknadData.foreldreType,
    ...MottattDatoPapirsoknadIndex.transformValues(formValues),
    ...OppholdINorgePapirsoknadIndex.transformValues(formValues),
    ...InntektsgivendeArbeidPapirsoknadIndex.transformValues(formValues),
    ...VirksomhetPapirsoknadIndex.transformValues(formValues),
    ...FrilansPapirsoknadIndex.transformValues(formValues),
    ...AndreYtelserPapirsoknadIndex.transformValues(formValues),
    ...DekningsgradIndex.transformValues(formValues),
    ...TerminOgFodselPanel.transformValues(formValues),
    ...RettigheterPapirsoknadIndex.transformValues(formValues),
    ...OmsorgOgAdopsjonPapirsoknadIndex.transformValues(formValues),
    ...AnnenForelderPapirsoknadIndex.transformValues(formValues),
    ...PermisjonIndex.transformValues(formValues),
    ...BekreftelsePanel.transformValues(formValues),
    ...SprakPapirsoknadIndex.transformValues(formValues),
    ...LagreSoknadPapirsoknadIndex.transformValues(formValues),
  };
};

export type ForeldrepengerValues = ReturnType<typeof transformValues>;

interface Props {
  readOnly: boolean;
  soknadData: SoknadData;
  alleKodeverk: AlleKodeverk;
  fagsakPersonnummer: string;
  onSubmit: (values: ForeldrepengerValues) => Promise<void>;
  onSubmitUfullstendigsoknad: () => Promise<void>;
  onMellomlagre?: (values: Record<string, unknown>) => void;
  mellomlagretData?: Record<string, unknown>;
}

/**
 * ForeldrepengerForm
 *
 * RhfForm-komponent for registrering av papirsøknad for foreldrepenger.
 */
export const ForeldrepengerForm = ({
  readOnly,
  soknadData,
  alleKodeverk,
  onSubmit,
  onSubmitUfullstendigsoknad,
  onMellomlagre,
  mellomlagretData,
  fagsakPersonnummer,
}: Props) => {
  const formMethods = useForm<FormValues>({
    defaultValues: { ...buildInitialValues(), ...mellomlagretData },
  });

  const søkerHarAleneomsorg = useWatch({ control: formMethods.control, name: 'annenForelder.søkerHarAleneomsorg' });
  const denAndreForelderenHarRettPåForeldrepenger = useWatch({
    control: formMethods.control,
    name: 'annenForelder.denAndreForelderenHarRettPåForeldrepenger',
  });
  const annenForelderInformertRequired = !søkerHarAleneomsorg && denAndreForelderenHarRettPåForeldrepenger !== false;

  const fødselsdatoFraTerminOgFodelsPanel = useWatch({ control: formMethods.control, name: 'fødselsdato' });
  const mottattDato = useWatch({ control: formMethods.control, name: 'mottattDato' });

  return (
    <RhfForm formMethods={formMethods} onSubmit={(values: FormValues) => onSubmit(transformValues(soknadData, values))}>
      <HGrid columns={{ sm: 1, md: 2 }} gap="space-16">
        <MottattDatoPapirsoknadIndex readOnly={readOnly} />
        <OppholdINorgePapirsoknadIndex
          readOnly={readOnly}
          erAdopsjon={soknadData.getFamilieHendelseType() === 'ADPSJN'}
          alleKodeverk={alleKodeverk}
          mottattDato={mottattDato}
        />
        <InntektsgivendeArbeidPapirsoknadIndex readOnly={readOnly} alleKodeverk={alleKodeverk} />
        <VirksomhetPapirsoknadIndex readOnly={readOnly} alleKodeverk={alleKodeverk} />
        <FrilansPapirsoknadIndex readOnly={readOnly} />
        <AndreYtelserPapirsoknadIndex readOnly={readOnly} alleKodeverk={alleKodeverk} />
        <DekningsgradIndex readOnly={readOnly} />
        <RettigheterPapirsoknadIndex readOnly={readOnly} soknadData={soknadData} />
        {soknadData.getFamilieHendelseType() === 'FODSL' && (
          <TerminOgFodselPanel readOnly={readOnly} erForeldrepenger />
        )}
        <OmsorgOgAdopsjonPapirsoknadIndex
          readOnly={readOnly}
          familieHendelseType={soknadData.getFamilieHendelseType()}
          fødselsdato={fødselsdatoFraTerminOgFodelsPanel}
          isForeldrepengerFagsak
        />
        <AnnenForelderPapirsoknadIndex
          readOnly={readOnly}
          alleKodeverk={alleKodeverk}
          fagsakPersonnummer={fagsakPersonnummer}
          søkerErMor={soknadData.getForeldreType() === 'MOR'}
        />
        <PermisjonIndex
          foreldreType={soknadData.getForeldreType()}
          readOnly={readOnly}
          alleKodeverk={alleKodeverk}
          erEndringssøknad={false}
        />
        <BekreftelsePanel annenForelderInformertRequired={annenForelderInformertRequired} readOnly={readOnly} />
        <SprakPapirsoknadIndex readOnly={readOnly} />
      </HGrid>
      <LagreSoknadPapirsoknadIndex
        readOnly={readOnly}
        onSubmitUfullstendigsoknad={onSubmitUfullstendigsoknad}
        onMellomlagre={onMellomlagre ? () => onMellomlagre(formMethods.getValues()) : undefined}
        submitting={formMethods.formState.isSubmitting}
        erEndringssøknad={false}
      />
    </RhfForm>
  );
};
