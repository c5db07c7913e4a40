import dayjs from 'dayjs';

import { erProd, erUtvikling } from '@/env';
import { customAxios } from '@app/axios/axiosClient';
import { PortableTextBlock } from '@portabletext/react';
import { useQuery } from '@tanstack/react-query';
import { Lovhjemmel } from '@typer/overstyring';
import { DateString } from '@typer/shared';

export type ArbeidsforholdMal = 'EN_ARBEIDSGIVER' | 'FLERE_ARBEIDSGIVERE';

export interface SkjønnsfastsettingMal {
    _id: string;
    begrunnelse: string;
    konklusjon: string;
    arsak: string;
    iProd: boolean;
    lovhjemmel: Lovhjemmel;
    arbeidsforholdMal: ArbeidsforholdMal[];
}

export interface Driftsmelding {
    _id: string;
    _rev: string;
    iProd: 'true' | 'false';
    iDev: 'true' | 'false';
    lost: 'true' | 'false';
    konsekvens: string;
    arsak: string;
    tiltak: string;
    oppdatering: string;
    cta: string;
    _updatedAt: DateString;
    _createdAt: DateString;
}

export interface Informasjonsmelding {
    _id: string;
    _rev: string;
    iProd: 'true' | 'false';
    iDev: 'true' | 'false';
    tittel: string;
    beskrivelse: string;
    synligTil: DateString;
    _updatedAt: DateString;
    _createdAt: DateString;
}

export interface Arsaker {
    _id: string;
    arsaker: Arsak[];
}

export interface Arsak {
    _key: string;
    arsak: string;
}

export type NyhetType = {
    _id: string;
    _createdAt: string;
    iProd: boolean;
    tittel: string;
    beskrivelse: PortableTextBlock[];
    dato: DateString;
    lenke: Lenke | null;
    modal: NyhetModalType;
};

type Lenke = {
    lenkeTekst: string;
    lenkeUrl: string;
};

export type NyhetModalType = {
    antallSlides: number;
    tvungenModal: boolean;
    modalOverskrift: string;
    modalSlide1: NyhetModalSlide | null;
    modalSlide2: NyhetModalSlide | null;
    modalSlide3: NyhetModalSlide | null;
};

type NyhetModalSlide = {
    slideOverskrift: string;
    altTekst: string;
    bildeUrl: string;
    slideBeskrivelse: PortableTextBlock[];
};

export interface DialogmeldingMal {
    _id: string;
    tittel: string;
    tekst: string;
    iProd: boolean;
}

export type DialogmeldingMalerQueryResult = {
    result: DialogmeldingMal[];
};

export type SkjønnsfastsettelseMalerQueryResult = {
    result: SkjønnsfastsettingMal[];
};

export type DriftsmeldingerQueryResult = {
    result: Driftsmelding[];
};

export type InformasjonsmeldingerQueryResult = {
    result: Informasjonsmelding[];
};

export type ArsakerQueryResult = {
    result: Arsaker[];
};

export type NyheterQueryResult = {
    result: NyhetType[];
};

export function useSkjønnsfastsettelsesMaler(skalVise828AndreLedd: boolean, harFlereArbeidsgivere: boolean) {
    const {
        data,
        error,
        isPending: loading,
    } = useQuery({
        queryKey: ['sanity', 'skjønnsfastsettelsesMaler'],
        queryFn: async (): Promise<SkjønnsfastsettelseMalerQueryResult> =>
            (await customAxios.get('/api/sanity/skjonnsfastsettelse-maler')).data,
        staleTime: Infinity,
        gcTime: 0,
    });

    return {
        maler: data
            ? filterRelevantMaler(data.result, {
                  skalVise828AndreLedd,
                  arbeidsforholdMal: harFlereArbeidsgivere ? 'FLERE_ARBEIDSGIVERE' : 'EN_ARBEIDSGIVER',
              })
            : undefined,
        loading,
        error,
    };
}

/**
 * Returnerer *aktive* driftsmeldinger, det vil si at "ferdigstilte" driftsmeldinger som kommer tilbake fra sanity blir
 * filtrert vekk.
 */
export function useDriftsmelding() {
    const {
        data,
        error,
        isPending: loading,
    } = useQuery({
        queryKey: ['sanity', 'driftsmeldinger'],
        queryFn: async (): Promise<DriftsmeldingerQueryResult> =>
            (await customAxios.get('/api/sanity/driftsmeldinger')).data,
        staleTime: 60 * 1000,
        refetchInterval: 60 * 1000,
        gcTime: 0,
    });

    const aktiveDriftsmeldinger =
        data?.result
            .filter((it: Driftsmelding) => !erProd || it.iProd === 'true')
            .filter((it: Driftsmelding) => !erUtvikling || it.iDev === 'true')
            .filter(
                (driftsmelding) =>
                    !(
                        dayjs(driftsmelding._updatedAt).add(30, 'minutes').isBefore(dayjs()) &&
                        driftsmelding.lost === 'true'
                    ),
            ) ?? [];

    return {
        driftsmeldinger: aktiveDriftsmeldinger,
        loading,
        error,
    };
}

export function useInformasjonsmelding() {
    const {
        data,
        error,
        isPending: loading,
    } = useQuery({
        queryKey: ['sanity', 'informasjonsmeldinger'],
        queryFn: async (): Promise<InformasjonsmeldingerQueryResult> =>
            (await customAxios.get('/api/sanity/informasjonsmeldinger')).data,
        staleTime: Infinity,
        gcTime: 0,
    });

    const aktiveInformasjonsmeldinger =
        data?.result
            .filter((it: Informasjonsmelding) => !erProd || it.iProd === 'true')
            .filter((it: Informasjonsmelding) => !erUtvikling || it.iDev === 'true')
            .filter((informasjonsmelding) => dayjs(informasjonsmelding.synligTil).isAfter(dayjs())) ?? [];

    return {
        informasjonsmeldinger: aktiveInformasjonsmeldinger,
        loading,
        error,
    };
}

export function useArsaker(id: string) {
    const {
        data,
        error,
        isPending: loading,
    } = useQuery({
        queryKey: ['sanity', 'årsaker', id],
        queryFn: async (): Promise<ArsakerQueryResult> => (await customAxios.get(`/api/sanity/arsaker/${id}`)).data,
        staleTime: Infinity,
        gcTime: 0,
    });

    return {
        arsaker: data?.result ?? [],
        loading,
        error,
    };
}

export function useNyheter() {
    const {
        data,
        error,
        isPending: loading,
    } = useQuery({
        queryKey: ['sanity', 'nyheter'],
        queryFn: async (): Promise<NyheterQueryResult> => (await customAxios.get('/api/sanity/nyheter')).data,
        staleTime: Infinity,
        gcTime: 0,
    });

    const nyheter = data?.result.filter((it: NyhetType) => (erProd ? it.iProd : true)) ?? [];

    return {
        nyheter,
        loading,
        error,
    };
}

export function useDialogmeldingMaler() {
    const { data, error, isPending, refetch } = useQuery({
        queryKey: ['sanity', 'dialogmeldingMaler'],
        queryFn: async (): Promise<DialogmeldingMalerQueryResult> =>
            (await customAxios.get('/api/sanity/dialogmelding-maler')).data,
        staleTime: Infinity,
        gcTime: 0,
    });

    return {
        maler: data?.result.filter((it: DialogmeldingMal) => (erProd ? it.iProd : true)) ?? [],
        isPending,
        error,
        refetch,
    };
}

function filterRelevantMaler(
    sanityResult: SkjønnsfastsettingMal[],
    opts: {
        skalVise828AndreLedd: boolean;
        arbeidsforholdMal: ArbeidsforholdMal;
    },
): SkjønnsfastsettingMal[] {
    return sanityResult
        .filter((it: SkjønnsfastsettingMal) => (!opts.skalVise828AndreLedd ? it.lovhjemmel.ledd !== '2' : true))
        .filter((it: SkjønnsfastsettingMal) => it.arbeidsforholdMal.includes(opts.arbeidsforholdMal))
        .filter((it: SkjønnsfastsettingMal) => (erProd ? it.iProd : true));
}
