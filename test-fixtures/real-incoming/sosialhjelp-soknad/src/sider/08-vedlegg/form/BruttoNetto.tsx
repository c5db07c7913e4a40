import {useForm} from "react-hook-form";
import React from "react";
import {zodResolver} from "@hookform/resolvers/zod";
import {OpplysningBelopInput} from "./components/OpplysningBelopInput.tsx";
import {useDokumentasjonTekster} from "../../../lib/hooks/dokumentasjon/useDokumentasjonTekster.ts";
import {bruttoNettoFormToLonnsInput} from "./lib/formToInputMappers.ts";
import {BruttoNettoFormSchema, BruttoNettoFormValues} from "./schema/bruttoNettoForm.ts";
import {DokumentasjonDtoType, LonnsInntektDto, LonnsInput} from "../../../generated/new/model";

const BruttoNetto = ({
    opplysningstype,
    mutate,
    opplysning,
}: {
    opplysningstype: DokumentasjonDtoType;
    mutate: (data: LonnsInput) => void;
    opplysning: LonnsInntektDto | undefined;
}) => {
    const {brutto, netto} = useDokumentasjonTekster(opplysningstype);

    const {handleSubmit, control} = useForm({
        mode: "onBlur",
        shouldFocusError: false,
        resolver: zodResolver(BruttoNettoFormSchema),
        defaultValues: {brutto: opplysning?.brutto ?? undefined, netto: opplysning?.netto ?? undefined},
    });

    const onSubmit = (formValues: BruttoNettoFormValues) => {
        mutate(bruttoNettoFormToLonnsInput(formValues));
    };

    return (
        <form onBlur={handleSubmit(onSubmit)}>
            <OpplysningBelopInput control={control} label={brutto?.label} name={`brutto`} />
            <OpplysningBelopInput control={control} label={netto?.label} name={`netto`} />
        </form>
    );
};

export default BruttoNetto;
