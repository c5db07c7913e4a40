import { UseFormReturn } from 'react-hook-form';

import { kreverKlageId } from '~src/components/forms/revurdering/RevurderingIntroForm';
import { ApiResult } from '~src/lib/hooks';
import { Nullable } from '~src/lib/types';
import yup, { validerPeriodeTomEtterFom } from '~src/lib/validering';
import { NullablePeriode, Periode } from '~src/types/Periode';
import {
    erOmgjøring,
    InformasjonSomRevurderes,
    InformasjonsRevurdering,
    OmgjøringsGrunn,
    OppdaterRevurderingRequest,
    OpprettetRevurderingÅrsak,
    OpprettRevurderingRequest,
} from '~src/types/Revurdering';

export interface RevurderingIntroFormData {
    periode: NullablePeriode;
    årsak: Nullable<OpprettetRevurderingÅrsak>;
    omgjøringGrunn: Nullable<OmgjøringsGrunn>;
    klageId: Nullable<string>;
    informasjonSomRevurderes: InformasjonSomRevurderes[];
}

export const revurderingIntroFormDataTilOpprettRequest = (args: {
    sakId: string;
    values: RevurderingIntroFormData;
}): OpprettRevurderingRequest => {
    return {
        sakId: args.sakId,
        omgjøringsgrunn: args.values.omgjøringGrunn,
        informasjonSomRevurderes: args.values.informasjonSomRevurderes,
        periode: { fraOgMed: args.values.periode.fraOgMed!, tilOgMed: args.values.periode.tilOgMed! },
        årsak: args.values.årsak!,
        klageId: args.values.klageId,
    };
};

export const revurderingIntroFormDataTilOppdaterRequest = (args: {
    sakId: string;
    revurderingId: string;
    values: RevurderingIntroFormData;
}): OppdaterRevurderingRequest => {
    return {
        sakId: args.sakId,
        revurderingId: args.revurderingId,
        omgjøringsgrunn: args.values.omgjøringGrunn,
        informasjonSomRevurderes: args.values.informasjonSomRevurderes,
        periode: { fraOgMed: args.values.periode.fraOgMed!, tilOgMed: args.values.periode.tilOgMed! },
        årsak: args.values.årsak!,
        klageId: null,
    };
};

export const revurderingIntroFormSchema = yup.object<RevurderingIntroFormData>({
    periode: validerPeriodeTomEtterFom,
    klageId: yup.mixed<Nullable<string>>().when('årsak', (revurderingÅrsak: OpprettetRevurderingÅrsak) => {
        return kreverKlageId(revurderingÅrsak)
            ? yup.string().nullable().required('Klageid er obligatorisk for denne omgjøringsårsaken')
            : yup.string().nullable();
    }),
    årsak: yup.mixed<OpprettetRevurderingÅrsak>().nullable().required(),
    omgjøringGrunn: yup.mixed<OmgjøringsGrunn>().when('årsak', (revurderingÅrsak: OpprettetRevurderingÅrsak) => {
        return erOmgjøring(revurderingÅrsak)
            ? yup.string().nullable().required('Du må velge en omgjøringsgrunn')
            : yup.string().nullable();
    }),
    informasjonSomRevurderes: yup
        .array<InformasjonSomRevurderes>(
            yup.mixed<InformasjonSomRevurderes>().oneOf(Object.values(InformasjonSomRevurderes)),
        )
        .min(1, 'Du må velge minst en ting å revurdere')
        .required(),
});

export interface RevurderingIntroFormProps {
    form: UseFormReturn<RevurderingIntroFormData>;
    minOgMaxPeriode: Periode;
    neste: {
        savingState: ApiResult<InformasjonsRevurdering>;
        onClick: (values: RevurderingIntroFormData, onSuccess: () => void) => void;
    };
    tilbake: {
        url?: string;
    };
    lagreOgfortsettSenere?: {
        chainNesteKall?: boolean;
        loading?: boolean;
        url: string;
        onClick?: (values: RevurderingIntroFormData, onSuccess: () => void) => void;
    };
}
