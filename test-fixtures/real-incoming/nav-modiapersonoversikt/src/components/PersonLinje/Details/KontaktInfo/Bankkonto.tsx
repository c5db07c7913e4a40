import { BankNoteFillIcon } from '@navikt/aksel-icons';
import { BodyShort, Detail, InlineMessage } from '@navikt/ds-react';
import type { PersonData } from 'src/lib/types/modiapersonoversikt-api';
import { FormatertKontonummer } from 'src/utils/FormatertKontonummer';
import { InfoElement, LastChanged } from '../components';

interface Props {
    harFeilendeSystem: boolean;
    bankkonto: PersonData['bankkonto'];
}

function BankkontoBody({ harFeilendeSystem, bankkonto }: Props) {
    if (harFeilendeSystem) {
        return (
            <InlineMessage status="warning" size="small" className="py-1">
                Feilet ved uthenting av kontonummer
            </InlineMessage>
        );
    }

    if (!bankkonto) {
        return <BodyShort size="small">Ikke registrert</BodyShort>;
    }

    return (
        <>
            <Detail>
                <FormatertKontonummer kontonummer={bankkonto.kontonummer} />
            </Detail>
            <LastChanged sistEndret={bankkonto.sistEndret} />
        </>
    );
}

function Bankkonto({ bankkonto, harFeilendeSystem }: Props) {
    const title = bankkonto?.landkode && bankkonto.landkode.kode !== 'NOR' ? 'Kontonummer utland' : 'Kontonummer';
    return (
        <InfoElement
            title={title}
            icon={<BankNoteFillIcon aria-hidden fontSize="1.2rem" color="var(--ax-success-400)" />}
        >
            <BankkontoBody bankkonto={bankkonto} harFeilendeSystem={harFeilendeSystem} />
        </InfoElement>
    );
}

export default Bankkonto;
