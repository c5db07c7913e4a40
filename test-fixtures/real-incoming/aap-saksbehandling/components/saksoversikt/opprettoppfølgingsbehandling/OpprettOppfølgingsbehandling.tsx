'use client';

import { BodyLong, Button, HStack, Page, VStack } from '@navikt/ds-react';
import { OppfølgingsoppgaveV0 } from 'lib/types/types';
import { useConfigForm } from 'components/form/FormHook';
import { FormField } from 'components/form/FormField';
import { clientSendHendelse } from 'lib/clientApi';
import { useState } from 'react';
import { Spinner } from 'components/felles/Spinner';
import { useRouter } from 'next/navigation';
import { isSuccess } from 'lib/utils/api';
import { formaterDatoForBackend } from 'lib/utils/date';
import { parse } from 'date-fns';
import { erDatoIFremtiden, validerDato } from 'lib/validation/dateValidation';
import { Behovstype } from 'lib/utils/form';
import { Kort } from 'components/kort/Kort';
import { useInnloggetBruker } from 'hooks/BrukerHook';
import { brukerharNayTilgang } from 'lib/utils/innloggetBruker';
import { Alert } from 'components/alert/Alert';

interface Props {
  saksnummer: string;
  modalOnClose?: () => void;
  successfullOpprettelse?: () => void;
  finnTidligsteVirkningstidspunkt?: string;
  behandlingsreferanse?: string;
  behovsType?: Behovstype;
}

interface DefaultValues {
  datoForOppfølging: string;
  hvaSkalFølgesOpp: string;
  hvemSkalFølgeOpp: string;
  reserverTilMeg: string[];
}

export interface OppfølgingsoppgaveFormFields {
  datoForOppfølging: string;
  hvaSkalFølgesOpp: string;
  hvemSkalFølgeOpp: 'NasjonalEnhet' | 'Lokalkontor';
  reserverTilMeg: string[];
}

export const OpprettOppfølgingsBehandling = ({
  saksnummer,
  modalOnClose,
  successfullOpprettelse,
  finnTidligsteVirkningstidspunkt,
  behandlingsreferanse,
  behovsType,
}: Props) => {
  const erOppfølgingsoppgaveForSamordningGradering = behovsType === Behovstype.AVKLAR_SAMORDNING_GRADERING;
  const defaultValues: DefaultValues = {
    datoForOppfølging: finnTidligsteVirkningstidspunkt ? finnTidligsteVirkningstidspunkt : '',
    hvaSkalFølgesOpp: erOppfølgingsoppgaveForSamordningGradering
      ? 'Vurder om virkningstidspunkt etter samordning må endres'
      : '',
    hvemSkalFølgeOpp: erOppfølgingsoppgaveForSamordningGradering ? 'NasjonalEnhet' : '',
    reserverTilMeg: [],
  };

  const router = useRouter();
  const brukerInformasjon = useInnloggetBruker();
  const brukerHarNayTilgang = brukerharNayTilgang(brukerInformasjon);

  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string>();

  const avbrytButton = (modalOnClose?: () => void) =>
    modalOnClose ? modalOnClose() : router.push(`/saksbehandling/sak/${saksnummer}`);

  const harTilgangTilÅReservereSelv = (skalFølgesOppAvNay: boolean) => {
    return (brukerHarNayTilgang && skalFølgesOppAvNay) || (!brukerHarNayTilgang && !skalFølgesOppAvNay);
  };

  async function sendHendelse(data: OppfølgingsoppgaveFormFields) {
    const innsending = {
      saksnummer: saksnummer,
      referanse: {
        type: 'BEHANDLING_REFERANSE',
        verdi: crypto.randomUUID(),
      },
      type: 'OPPFØLGINGSOPPGAVE',
      kanal: 'DIGITAL',
      mottattTidspunkt: new Date().toISOString(),
      melding: {
        meldingType: 'OppfølgingsoppgaveV0',
        opprinnelse: {
          behandlingsreferanse: behandlingsreferanse,
          avklaringsbehovKode: behovsType,
        },
        datoForOppfølging: formaterDatoForBackend(parse(data.datoForOppfølging, 'dd.MM.yyyy', new Date())),
        hvaSkalFølgesOpp: data.hvaSkalFølgesOpp,
        reserverTilBruker:
          data.reserverTilMeg.length > 0 && harTilgangTilÅReservereSelv(data.hvemSkalFølgeOpp == 'NasjonalEnhet')
            ? brukerInformasjon.NAVident
            : undefined,
        hvemSkalFølgeOpp: data.hvemSkalFølgeOpp,
        opprettetAv: brukerInformasjon.NAVident,
      } satisfies OppfølgingsoppgaveV0,
    };

    setIsLoading(true);

    const res = await clientSendHendelse(saksnummer, innsending);

    if (isSuccess(res)) {
      setIsLoading(false);
      if (modalOnClose && successfullOpprettelse) {
        successfullOpprettelse?.();
        modalOnClose();
      } else {
        router.push(`/saksbehandling/sak/${saksnummer}`);
      }
    } else {
      setIsLoading(false);
      setError(res.apiException.message);
    }
  }

  const { form, formFields } = useConfigForm<OppfølgingsoppgaveFormFields>({
    datoForOppfølging: {
      type: 'date_input',
      label: 'Dato for oppfølging',
      defaultValue: defaultValues.datoForOppfølging,
      rules: {
        required: 'Dato for oppfølging må være satt.',
        validate: (value) => {
          const valideringsresultat = validerDato(value as string);
          if (valideringsresultat) {
            return valideringsresultat;
          }

          if (!erDatoIFremtiden(value as string)) {
            return 'Datoen kan ikke være tilbake i tid.';
          }
        },
      },
    },
    hvemSkalFølgeOpp: {
      type: 'combobox',
      label: 'Hvem følger opp?',
      defaultValue: defaultValues.hvemSkalFølgeOpp,
      options: erOppfølgingsoppgaveForSamordningGradering
        ? [
            {
              label: 'NAY',
              value: 'NasjonalEnhet',
            },
          ]
        : [
            {
              label: 'NAY',
              value: 'NasjonalEnhet',
            },
            { label: 'Lokalkontor', value: 'Lokalkontor' },
          ],
      rules: { required: 'Må sette hvem som skal følge opp.' },
    },
    reserverTilMeg: {
      type: 'checkbox',
      options: [{ label: 'Reserver oppgaven til meg', value: 'RESERVER_TIL_MEG' }],
      defaultValue: defaultValues.reserverTilMeg,
    },
    hvaSkalFølgesOpp: {
      type: 'textarea',
      label: 'Hva skal følges opp?',
      defaultValue: defaultValues.hvaSkalFølgesOpp,
      rules: {
        required: 'Må beskrive hva som skal følges opp.',
        validate: (value) => {
          if (value.length < 10) return 'Beskrivelsen må være på minst 10 tegn.';
        },
      },
    },
  });

  if (isLoading) {
    return <Spinner label="Oppretter oppfølgingsoppgave ..." />;
  }

  const skalFølgesOppAvNay = form.watch('hvemSkalFølgeOpp') == 'NasjonalEnhet';
  return (
    <Page.Block width="md">
      <form onSubmit={form.handleSubmit((data) => sendHendelse(data))}>
        <VStack gap="space-16">
          <Kort heading={'Opprett oppfølgingsoppgave'}>
            <VStack gap="space-16">
              <BodyLong>Oppfølgingsoppgaven ligger på vent til ønsket dato.</BodyLong>

              <FormField form={form} formField={formFields.datoForOppfølging} size="medium" />
              <FormField form={form} formField={formFields.hvaSkalFølgesOpp} size="medium" />
              <FormField form={form} formField={formFields.hvemSkalFølgeOpp} size="medium" />
              {behovsType !== Behovstype.AVKLAR_SAMORDNING_GRADERING &&
                harTilgangTilÅReservereSelv(skalFølgesOppAvNay) && (
                  <FormField form={form} formField={formFields.reserverTilMeg} size="medium" />
                )}
            </VStack>
          </Kort>

          {error && (
            <Alert variant={'error'} size={'small'}>
              {error}
            </Alert>
          )}

          <HStack gap="space-16">
            <Button type="submit">Bekreft</Button>
            <Button type="button" variant="secondary" onClick={() => avbrytButton(modalOnClose)}>
              Avbryt
            </Button>
          </HStack>
        </VStack>
      </form>
    </Page.Block>
  );
};
