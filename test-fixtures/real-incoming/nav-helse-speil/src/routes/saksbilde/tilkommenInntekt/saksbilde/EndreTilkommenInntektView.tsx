'use client';

import {useParams} from 'next/navigation';
import React, {ReactElement, useState} from 'react';

import {TilkommenInntektSchema} from '@/form-schemas';
import {ApiTilkommenInntekt} from '@io/rest/generated/spesialist.schemas';
import {usePatchTilkommenInntekt} from '@io/rest/generated/tilkomne-inntekter/tilkomne-inntekter';
import {TilkommenInntektSkjema} from '@saksbilde/tilkommenInntekt/skjema/TilkommenInntektSkjema';
import {useFetchPersonQuery} from '@state/person';
import {useNavigerTilTilkommenInntekt} from '@state/routing';
import {tilTilkomneInntekterMedOrganisasjonsnummer, useHentTilkommenInntektQuery} from '@state/tilkommenInntekt';
import {useTilkommenInntektFormDraft} from '@state/tilkommenInntektSkjema';
import {norskDatoTilIsoDato} from '@utils/date';

export const EndreTilkommenInntektView = ({
    tilkommenInntektId,
}: {
    tilkommenInntektId: string;
}): ReactElement | null => {
    const { data: personData } = useFetchPersonQuery();
    const person = personData?.person ?? null;
    const navigerTilTilkommenInntekt = useNavigerTilTilkommenInntekt();
    const [isSubmitting, setIsSubmitting] = useState<boolean>(false);
    const [submitError, setSubmitError] = useState<string | undefined>(undefined);
    const { personPseudoId } = useParams<{ personPseudoId: string }>();

    const draftKey = `endre-${tilkommenInntektId}`;
    const { clearDraft } = useTilkommenInntektFormDraft(draftKey);

    const { data: tilkommenInntektData, refetch: tilkommenInntektRefetch } =
        useHentTilkommenInntektQuery(personPseudoId);
    const tilkomneInntekterMedOrganisasjonsnummer: ApiTilkommenInntekt[] | undefined =
        tilkommenInntektData !== undefined
            ? tilTilkomneInntekterMedOrganisasjonsnummer(tilkommenInntektData)
            : undefined;
    const tilkommenInntektMedOrganisasjonsnummer: ApiTilkommenInntekt | undefined =
        tilkomneInntekterMedOrganisasjonsnummer?.find(
            (inntektMedOrganisasjonsnummer) => inntektMedOrganisasjonsnummer.tilkommenInntektId === tilkommenInntektId,
        );

    const { mutateAsync: patchTilkommenInntekt } = usePatchTilkommenInntekt();

    if (
        !person ||
        tilkomneInntekterMedOrganisasjonsnummer === undefined ||
        tilkommenInntektMedOrganisasjonsnummer === undefined
    ) {
        return null;
    }

    const submit = async (values: TilkommenInntektSchema) => {
        setIsSubmitting(true);
        setSubmitError(undefined);
        try {
            await patchTilkommenInntekt({
                tilkommenInntektId: tilkommenInntektMedOrganisasjonsnummer.tilkommenInntektId,
                data: {
                    endringer: {
                        organisasjonsnummer: {
                            fra: tilkommenInntektMedOrganisasjonsnummer.organisasjonsnummer,
                            til: values.organisasjonsnummer,
                        },
                        periode: {
                            fra: {
                                fom: tilkommenInntektMedOrganisasjonsnummer.periode.fom,
                                tom: tilkommenInntektMedOrganisasjonsnummer.periode.tom,
                            },
                            til: {
                                fom: norskDatoTilIsoDato(values.fom),
                                tom: norskDatoTilIsoDato(values.tom),
                            },
                        },
                        periodebeløp: {
                            fra: tilkommenInntektMedOrganisasjonsnummer.periodebelop,
                            til: values.periodebeløp.toString(),
                        },
                        ekskluderteUkedager: {
                            fra: tilkommenInntektMedOrganisasjonsnummer.ekskluderteUkedager,
                            til: values.ekskluderteUkedager,
                        },
                    },
                    notatTilBeslutter: values.notat,
                },
            });
            clearDraft();
            setIsSubmitting(false);
            try {
                await tilkommenInntektRefetch();
            } catch {
                // Naviger likevel om refetch feiler; detaljsiden henter data på nytt.
            }
            navigerTilTilkommenInntekt(tilkommenInntektMedOrganisasjonsnummer.tilkommenInntektId);
        } catch {
            setSubmitError('Klarte ikke lagre endringer. Prøv igjen senere, eller kontakt en coach.');
            setIsSubmitting(false);
        }
    };

    return (
        <TilkommenInntektSkjema
            person={person}
            andreTilkomneInntekter={tilkomneInntekterMedOrganisasjonsnummer.filter(
                (inntekt) => inntekt !== tilkommenInntektMedOrganisasjonsnummer,
            )}
            startOrganisasjonsnummer={tilkommenInntektMedOrganisasjonsnummer.organisasjonsnummer}
            startFom={tilkommenInntektMedOrganisasjonsnummer.periode.fom}
            startTom={tilkommenInntektMedOrganisasjonsnummer.periode.tom}
            startPeriodebeløp={Number(tilkommenInntektMedOrganisasjonsnummer.periodebelop)}
            startEkskluderteUkedager={tilkommenInntektMedOrganisasjonsnummer.ekskluderteUkedager}
            draftStorageKey={draftKey}
            submit={submit}
            isSubmitting={isSubmitting}
            submitError={submitError}
            cancel={() => {
                clearDraft();
                navigerTilTilkommenInntekt(tilkommenInntektId);
            }}
        />
    );
};
