import React, { ChangeEvent, useEffect, useState } from 'react';
import { getValidationErrors, identifikatorAnnenPart } from 'app/validation/yup';
import { Person } from 'app/models/types';
import { getPersonInfo } from 'app/api/api';
import FnrTextField from 'app/components/fnr-text-field/FnrTextField';
import { IdentRules } from 'app/validation';
import { IIdentState } from 'app/models/types/IdentState';

interface Props {
    identState: IIdentState;
    showComponent: boolean;

    setAnnenPart: (annenPart: string) => void;
}
const AnnenPart = ({ showComponent, identState, setAnnenPart }: Props) => {
    const [visFeil, setVisFeil] = useState(false);
    const [annenPartInfo, setAnnenPartInfo] = useState<Person | undefined>(undefined);
    const [annenPartInfoLoading, setAnnenPartInfoLoading] = useState<boolean>(false);
    const [annenPartInfoError, setAnnenPartInfoError] = useState<boolean>(false);

    const validators = [identifikatorAnnenPart];

    // Trenges dette her?
    useEffect(() => {
        setAnnenPart('');
    }, []);

    if (!showComponent) {
        return null;
    }

    const hentAnnenPartInfo = (annenPartFødselsnummer: string) => {
        setAnnenPartInfoError(false);
        setAnnenPartInfoLoading(true);

        getPersonInfo(annenPartFødselsnummer, (response, data: Person) => {
            setAnnenPartInfoLoading(false);
            if (response.status === 200) {
                setAnnenPartInfo(data);
            } else {
                setAnnenPartInfoError(true);
            }
        });
    };

    const onChangeHandler = (e: ChangeEvent<HTMLInputElement>) => {
        const identifikatorUtenWhitespace = e.target.value.replace(/\D+/, '');

        setAnnenPartInfo(undefined);

        if (identifikatorUtenWhitespace.length < 12) {
            if (!IdentRules.erUgyldigIdent(identifikatorUtenWhitespace)) {
                hentAnnenPartInfo(identifikatorUtenWhitespace);
            }
            setAnnenPart(identifikatorUtenWhitespace);
        }
    };

    const onBlurHandler = () => setVisFeil(true);

    return (
        <>
            <FnrTextField
                label="ident.identifikasjon.annenPart"
                labelId="ident.identifikasjon.annenPart"
                value={identState.annenPart}
                loadingPersonsInfo={annenPartInfoLoading}
                errorPersonsInfo={annenPartInfoError}
                person={annenPartInfo}
                errorValidationMessage={visFeil && getValidationErrors(validators, identState)}
                onChange={onChangeHandler}
                onBlur={onBlurHandler}
            />
        </>
    );
};

export default AnnenPart;
