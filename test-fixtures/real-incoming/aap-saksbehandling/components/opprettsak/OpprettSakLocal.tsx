'use client';

import { BodyShort, Box, Button, HGrid, HStack, VStack } from '@navikt/ds-react';
import { differenceInCalendarYears, parse } from 'date-fns';
import { useOpprettSak } from 'hooks/FetchHook';
import { Dato } from 'lib/types/Dato';
import {
  DagpengerKilde,
  DagpengerYtelserType,
  OpprettTestcase,
  TestcaseSteg,
  TiltakspengerKilde,
  TiltakspengerYtelserType,
} from 'lib/types/types';
import { formaterDatoForBackend } from 'lib/utils/date';
import { JaEllerNei, JaEllerNeiOptions, getTrueFalseEllerUndefined } from 'lib/utils/form';
import { mutate } from 'swr';

import { DevtoolWrapper } from 'components/devtools/DevtoolWrapper';
import { FormField } from 'components/form/FormField';
import { useConfigForm } from 'components/form/FormHook';
import { OpprettSakBarn } from 'components/opprettsak/barn/OpprettSakBarn';
import { OpprettInntekter } from 'components/opprettsak/inntekter/OpprettInntekter';
import { OpprettKravVurdering } from 'components/opprettsak/krav/OpprettKravVurdering';
import { OpprettSamordning } from 'components/opprettsak/samordning/OpprettSamordning';
import { OpprettYrkesskade } from 'components/opprettsak/yrkesskade/OpprettYrkesskade';

interface Barn {
  fodselsdato: string;
  harRelasjon: string;
  skalFinnesIPDL: string;
}

interface Inntekt {
  år: string;
  beløp: string;
}

export type KravType = 'RELEVANT_KRAV' | 'TRUKKET_SØKNAD' | 'KLAGE' | 'TILLEGGSOPPLYSNING';

export interface KravVurderingOppføring {
  kravType: KravType;
  søknadsdato: string;
  muligRettFra?: string;
}

export interface OpprettSakFormFields {
  // ...eksisterende felter...
  kravVurderinger?: KravVurderingOppføring[];
}

export type SamordningType = 'SYKEPENGER' | 'DAGPENGER' | 'TILTAKSPENGER';

type SamordningPeriode = { fom: string; tom: string };

type SamordningSykepenger = {
  type: 'SYKEPENGER';
  sykepengerGrad?: number;
  periode: SamordningPeriode;
};

type SamordningDagpenger = {
  type: 'DAGPENGER';
  dagpengerYtelseType: DagpengerYtelserType;
  dagpengerKilde: DagpengerKilde;
  periode: SamordningPeriode;
};

type SamordningTiltakspenger = {
  type: 'TILTAKSPENGER';
  tiltakspengerYtelseType: TiltakspengerYtelserType;
  tiltakspengerKilde: TiltakspengerKilde;
  periode: SamordningPeriode;
};

export type SamordningOppføring = SamordningSykepenger | SamordningDagpenger | SamordningTiltakspenger;

interface YrkesskadeOppføring {
  kilde: 'SØKNAD' | 'REGISTER';
  harYrkesskade?: JaEllerNei; // kun for kilde=SØKNAD
  // alle felter under er kun for kilde=REGISTER
  yrkesskadeRegisterKilde: 'KOMPYS' | 'INFOTRYGD' | undefined;
  diagnose?: string;
  skadeart?: string;
  skadebeskrivelse?: string;
  harSkadedato?: boolean;
  skadedato?: string;
}

type Institusjon = 'fengsel' | 'sykehus';

enum AndreUtbetalingerYtelser {
  ØKONOMISK_SOSIALHJELP = 'ØKONOMISK_SOSIALHJELP',
  OMSORGSSTØNAD = 'OMSORGSSTØNAD',
  INTRODUKSJONSSTØNAD = 'INTRODUKSJONSSTØNAD',
  KVALIFISERINGSSTØNAD = 'KVALIFISERINGSSTØNAD',
  VERV = 'VERV',
  UTLAND = 'UTLAND',
  AFP = 'AFP',
  STIPEND = 'STIPEND',
  LÅN = 'LÅN',
  NEI = 'NEI',
}

export const AndreUtbetalingerYtelserAlternativer = Object.entries(AndreUtbetalingerYtelser).map(([k, v]) => ({
  value: k,
  label: v,
}));

export interface OpprettSakFormFields {
  fødselsdato: Date;
  yrkesskader?: YrkesskadeOppføring[];
  student: JaEllerNei;
  uføre: string;
  uføretidspunkt: Date;
  barn?: Barn[];
  inntekter?: Inntekt[];
  institusjon?: Institusjon[];
  medlemskap?: JaEllerNei;
  søknadsdato: Date;
  samordning?: SamordningOppføring[];
  tjenestePensjon?: JaEllerNei;
  erArbeidsevnenNedsatt: JaEllerNei;
  erNedsettelseIArbeidsevneMerEnnHalvparten: JaEllerNei;
  steg?: TestcaseSteg;
  lønn: 'Ja' | 'Nei';
  afp: string;
  stønad: AndreUtbetalingerYtelser[];
}

export const OpprettSakLocal = () => {
  const { isLoading, opprettSakOgBehandling } = useOpprettSak();
  const { formFields, form } = useConfigForm<OpprettSakFormFields>(
    {
      søknadsdato: {
        type: 'date',
        label: 'Søknadsdato',
        defaultValue: new Date(),
      },
      lønn: {
        type: 'radio',
        defaultValue: 'Nei',
        options: [
          { label: 'Ja', value: 'Ja' },
          { label: 'Nei', value: 'Nei' },
        ],
        label: 'Har du fått eller skal du få ekstra utbetalinger fra arbeidsgiver?',
      },

      afp: {
        type: 'text',
        defaultValue: '',
        label: 'Hvor mottar du AFP fra?',
      },
      stønad: {
        type: 'combobox_multiple',
        label: 'stønad',
        options: AndreUtbetalingerYtelserAlternativer,
      },
      fødselsdato: {
        type: 'date_input',
        defaultValue: '01.01.2000',
        label: 'Fødselsdato',
      },
      yrkesskader: {
        type: 'fieldArray',
        defaultValue: [],
      },
      student: {
        type: 'radio',
        label: 'Student?',
        defaultValue: JaEllerNei.Nei,
        options: JaEllerNeiOptions,
      },
      barn: {
        type: 'fieldArray',
        defaultValue: [],
      },
      inntekter: {
        type: 'fieldArray',
        defaultValue: [
          { år: '2025', beløp: '200000' },
          { år: '2024', beløp: '200000' },
          { år: '2023', beløp: '200000' },
        ],
      },
      uføre: {
        type: 'number',
        label: 'Uføregrad (%)',
      },
      uføretidspunkt: {
        type: 'date',
        label: 'Uføretidspunkt',
      },
      institusjon: {
        type: 'checkbox',
        label: 'Institujon',
        options: [
          { label: 'Er innlagt på sykehus', value: 'sykehus' },
          { label: 'Er i fengsel', value: 'fengsel' },
        ],
      },
      medlemskap: {
        type: 'radio',
        label: 'Har medlemskap folketrygden?',
        defaultValue: JaEllerNei.Ja,
        options: JaEllerNeiOptions,
      },
      samordning: {
        type: 'fieldArray',
        defaultValue: [],
      },
      kravVurderinger: {
        type: 'fieldArray',
        defaultValue: [],
      },
      tjenestePensjon: {
        type: 'radio',
        label: 'Tjenestepensjon?',
        options: JaEllerNeiOptions,
        defaultValue: JaEllerNei.Nei,
      },
      erArbeidsevnenNedsatt: {
        type: 'radio',
        label: 'Er arbeidsevnen nedsatt?',
        options: JaEllerNeiOptions,
        defaultValue: JaEllerNei.Ja,
      },
      erNedsettelseIArbeidsevneMerEnnHalvparten: {
        type: 'radio',
        label: 'Er nedsettelse i arbeidsevne mer enn halvparten?',
        options: JaEllerNeiOptions,
        defaultValue: JaEllerNei.Ja,
      },
      steg: {
        type: 'combobox',
        label: 'Steg',
        hideLabel: true,
        defaultValue: 'KVALITETSSIKRING',
        options: [
          { value: 'AVKLAR_STUDENT', label: 'Avklar student' },
          { value: 'AVKLAR_SYKDOM', label: 'Avklar sykdom' },
          { value: 'VURDER_BISTANDSBEHOV', label: 'Vurder bistandsbehov' },
          { value: 'REFUSJON_KRAV', label: 'Refusjon krav' },
          { value: 'SYKDOMSVURDERING_BREV', label: 'Sykdomsvurdering brev' },
          { value: 'KVALITETSSIKRING', label: 'Kvalitetssikring' },
          { value: 'VURDER_YRKESSKADE', label: 'Vurder yrkesskade' },
          { value: 'FASTSETT_BEREGNINGSTIDSPUNKT', label: 'Fastsett beregningstidspunkt' },
          { value: 'MANGLENDE_LIGNING', label: 'Fastsett inntekt' },
          { value: 'VURDER_MEDLEMSKAP', label: 'Vurder medlemskap' },
          { value: 'VURDER_OPPHOLDSKRAV', label: 'Vurder oppholdskrav' },
          { value: 'DU_ER_ET_ANNET_STED', label: 'Institusjonsopphold' },
          { value: 'BARNETILLEGG', label: 'Barnetillegg' },
          { value: 'SAMORDNING_GRADERING', label: 'Samordning folketrygdytelser' },
          { value: 'SAMORDNING_ANDRE_STATLIGE_YTELSER', label: 'Samordning andre statlige ytelser' },
          { value: 'SAMORDNING_TJENESTEPENSJON_REFUSJONSKRAV', label: 'Samordning tjenestepensjon refusjonskrav' },
          { value: 'FORESLÅ_VEDTAK', label: 'Foreslå vedtak' },
          { value: 'FATTE_VEDTAK', label: 'Fatte vedtak' },
          { value: 'BREV', label: 'Brev' },
        ],
      },
    },
    {
      shouldUnregister: false,
    }
  );

  function mapInnhold(data: OpprettSakFormFields, steg?: TestcaseSteg): OpprettTestcase {
    const { samordning, kravVurderinger, ...restData } = data;
    const søknadYrkesskade = data.yrkesskader?.find((y) => y.kilde === 'SØKNAD');

    return {
      ...restData,
      harYrkesskade: søknadYrkesskade?.harYrkesskade === JaEllerNei.Ja,
      harYrkesskadeFraSøknad: søknadYrkesskade?.harYrkesskade === JaEllerNei.Ja,
      andreUtbetalinger: {
        afp: data.afp ? { hvemBetaler: data.afp } : undefined,
        lønn: data.lønn,
        stønad: data.stønad,
      },
      søknadsdato: new Dato(data.søknadsdato).formaterForBackend(),
      fødselsdato: new Dato(data.fødselsdato).formaterForBackend(),
      yrkesskader: (data.yrkesskader ?? []).map((y) => {
        const kilde = y.kilde ?? 'REGISTER';
        if (kilde === 'SØKNAD') {
          return {
            kilde,
            saksreferanse: '',
            harYrkesskade: y.harYrkesskade === JaEllerNei.Ja,
            harYrkesskadeFraSøknad: y.harYrkesskade === JaEllerNei.Ja,
          };
        } else {
          return {
            kilde,
            saksreferanse: y.yrkesskadeRegisterKilde ?? '',
            skadeart: y.skadeart ?? '',
            diagnose: y.diagnose ?? '',
            skadebeskrivelse: y.skadebeskrivelse ?? '',
            skadedato: y.skadedato ?? null,
            harYrkesskade: false,
          };
        }
      }),
      student: data.student === JaEllerNei.Ja,
      uføre: Number(data.uføre),
      uføreHistorikk: [],
      barn:
        data.barn?.map((barn) => ({
          fodselsdato: formaterDatoForBackend(new Date(barn.fodselsdato)),
          harRelasjon: barn.harRelasjon === 'folkeregistrertBarn',
          skalFinnesIPDL: barn.skalFinnesIPDL == 'true',
        })) || [],
      institusjoner: {
        sykehus: data?.institusjon?.includes('sykehus'),
        fengsel: data?.institusjon?.includes('fengsel'),
      },
      medlemskap: data.medlemskap === JaEllerNei.Ja,
      fastlege: {
        harFastlege: true,
        harEndretFastlege: false,
        varFastlegeRiktigPåSøknadstidspunkt: false,
        harOppgittAndreBehandlere: true,
      },
      inntekterPerAr:
        data.inntekter?.map((inntekt) => ({
          år: Number(inntekt.år),
          beløp: { verdi: Number(inntekt.beløp) },
        })) || [],
      samordning:
        samordning?.map((s) => ({
          ...s,
          periode: {
            fom: formaterDatoForBackend(parse(s.periode.fom, 'dd.MM.yyyy', new Date())),
            tom: formaterDatoForBackend(parse(s.periode.tom, 'dd.MM.yyyy', new Date())),
          },
        })) ?? [],
      sykepenger:
        samordning
          ?.filter((s) => s.type === 'SYKEPENGER')
          .map((s) => ({
            grad: s.sykepengerGrad ?? 100,
            periode: {
              fom: formaterDatoForBackend(parse(s.periode.fom, 'dd.MM.yyyy', new Date())),
              tom: formaterDatoForBackend(parse(s.periode.tom, 'dd.MM.yyyy', new Date())),
            },
          })) ?? [],
      dagpenger:
        samordning
          ?.filter((s) => s.type === 'DAGPENGER')
          .map((s) => ({
            dagpengerYtelseType: s.dagpengerYtelseType,
            kilde: s.dagpengerKilde,
            periode: {
              fom: formaterDatoForBackend(parse(s.periode.fom, 'dd.MM.yyyy', new Date())),
              tom: formaterDatoForBackend(parse(s.periode.tom, 'dd.MM.yyyy', new Date())),
            },
          })) ?? [],
      tiltakspenger:
        samordning
          ?.filter((s) => s.type === 'TILTAKSPENGER')
          .map((s) => ({
            ytelseType: s.tiltakspengerYtelseType,
            kilde: s.tiltakspengerKilde,
            periode: {
              fom: formaterDatoForBackend(parse(s.periode.fom, 'dd.MM.yyyy', new Date())),
              tom: formaterDatoForBackend(parse(s.periode.tom, 'dd.MM.yyyy', new Date())),
            },
          })) ?? [],
      kravVurderinger:
        kravVurderinger?.map((k) => ({
          kravType: k.kravType,
          søknadsdato: formaterDatoForBackend(parse(k.søknadsdato, 'dd.MM.yyyy', new Date())),
          muligRettFra: k.muligRettFra
            ? formaterDatoForBackend(parse(k.muligRettFra, 'dd.MM.yyyy', new Date()))
            : undefined,
        })) ?? [],
      tjenestePensjon: getTrueFalseEllerUndefined(data.tjenestePensjon),
      harNedsattArbeidsevne: data.erArbeidsevnenNedsatt === JaEllerNei.Ja,
      erNedsettelseIArbeidsevneMerEnnHalvparten: data.erNedsettelseIArbeidsevneMerEnnHalvparten === JaEllerNei.Ja,
      steg: steg,
    };
  }

  const opprett = async (steg?: TestcaseSteg) => {
    const innhold = mapInnhold(form.getValues(), steg);
    await opprettSakOgBehandling(innhold);
    await mutate('api/sak/siste/20');
  };

  return (
    <form autoComplete={'off'}>
      <DevtoolWrapper title="Utviklerverktøy – Opprett sak">
        <HGrid columns={2} gap="space-16">
          <VStack gap="space-16">
            <FormField form={form} formField={formFields.søknadsdato} />
            <HStack gap="space-8" align="end">
              <FormField form={form} formField={formFields.fødselsdato} />
              <BodyShort>{differenceInCalendarYears(new Date(), form.watch('fødselsdato'))} år</BodyShort>
            </HStack>
            <OpprettYrkesskade form={form} />
            <FormField form={form} formField={formFields.erArbeidsevnenNedsatt} horizontalRadio={true} />
            {form.watch('erArbeidsevnenNedsatt') === JaEllerNei.Ja && (
              <FormField
                form={form}
                formField={formFields.erNedsettelseIArbeidsevneMerEnnHalvparten}
                horizontalRadio={true}
              />
            )}
            <FormField form={form} formField={formFields.student} horizontalRadio={true} />
            <FormField form={form} formField={formFields.medlemskap} horizontalRadio={true} />
            <FormField form={form} formField={formFields.tjenestePensjon} horizontalRadio={true} />
            <FormField form={form} formField={formFields.institusjon} />
            <FormField form={form} formField={formFields.uføre} />
            <FormField form={form} formField={formFields.uføretidspunkt} />
            <FormField form={form} formField={formFields.afp} />
            <FormField form={form} formField={formFields.lønn} />
            <FormField form={form} formField={formFields.stønad} />
          </VStack>
          <VStack gap="space-16">
            <OpprettSakBarn form={form} />
            <OpprettInntekter form={form} />
            <OpprettSamordning form={form} />
            <OpprettKravVurdering form={form} />
          </VStack>
        </HGrid>

        <HGrid columns={3} gap="space-16">
          <Box
            padding="space-16"
            marginBlock="space-16"
            background="info-soft"
            borderWidth="1"
            borderColor="neutral-subtle"
            borderRadius="4"
          >
            <Button type="button" size="small" loading={isLoading} onClick={() => opprett('START_BEHANDLING')}>
              Opprett
            </Button>
          </Box>

          <Box
            padding="space-16"
            marginBlock="space-16"
            background="success-soft"
            borderWidth="1"
            borderColor="neutral-subtle"
            borderRadius="4"
          >
            <Button type="button" size="small" loading={isLoading} onClick={() => opprett()}>
              Opprett og iverksett
            </Button>
          </Box>

          <Box
            padding="space-16"
            marginBlock="space-16"
            background="meta-purple-soft"
            borderWidth="1"
            borderColor="neutral-subtle"
            borderRadius="4"
          >
            <HStack gap="space-16" align="end" wrap={false}>
              <FormField form={form} formField={formFields.steg} />

              <Button type="button" size="small" loading={isLoading} onClick={() => opprett(form.getValues().steg)}>
                Opprett
              </Button>
            </HStack>
          </Box>
        </HGrid>
      </DevtoolWrapper>
    </form>
  );
};
