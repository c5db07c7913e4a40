import { PlusCircleIcon } from '@navikt/aksel-icons';
import { Box, Button, ErrorMessage, FormSummary } from '@navikt/ds-react';

import classNames from 'classnames';

import type { FC, ReactNode } from 'react';

import styles from './LeggTilKnapp.module.css';

interface Props {
    onClick: () => void | Promise<void>;
    leggTilFlereTekst: ReactNode;
    feilmelding: ReactNode;
    id?: string;
    children?: ReactNode;
}

export const LeggTilKnapp: FC<Props> = ({ onClick, children, leggTilFlereTekst, feilmelding, id }) => {
    return (
        <FormSummary.Answer>
            <FormSummary.Label>{leggTilFlereTekst}</FormSummary.Label>
            <FormSummary.Value>
                <Button
                    className={classNames({ [styles.buttonError]: !!feilmelding })}
                    id={id}
                    data-testid={id}
                    variant="tertiary"
                    type="button"
                    onClick={onClick}
                    icon={<PlusCircleIcon aria-hidden />}
                >
                    {children}
                </Button>
                {!!feilmelding && (
                    <Box marginBlock="space-8 space-0">
                        <ErrorMessage showIcon>{feilmelding}</ErrorMessage>
                    </Box>
                )}
            </FormSummary.Value>
        </FormSummary.Answer>
    );
};
