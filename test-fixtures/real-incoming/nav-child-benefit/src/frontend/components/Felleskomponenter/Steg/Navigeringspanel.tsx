import { ArrowLeftIcon, ArrowRightIcon, FloppydiskIcon, PaperplaneIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Box, Button, HGrid, VStack } from '@navikt/ds-react';
import { RessursStatus } from '@navikt/familie-typer';
import type { FC } from 'react';

import { useAppContext } from '../../../context/AppContext';
import { useSpråkContext } from '../../../context/SpråkContext';
import { useStegContext } from '../../../context/StegContext';
import { RouteEnum } from '../../../typer/routes';
import { formaterDatoOgTid } from '../../../utils/dato';
import { useBekreftelseOgStartSoknad } from '../../SøknadsSteg/Forside/useBekreftelseOgStartSoknad';

import { SlettSøknadenModal } from './SlettSøknadenModal';

const Navigeringspanel: FC<{
    onAvbrytCallback: () => void;
    onTilbakeCallback: () => void;
    valideringErOk: (() => boolean) | undefined;
}> = ({ onAvbrytCallback, onTilbakeCallback, valideringErOk }) => {
    const { hentNesteSteg } = useStegContext();
    const nesteSteg = hentNesteSteg();
    const { innsendingStatus, tekster, plainTekst, datoSistLagret } = useAppContext();
    const { valgtLocale } = useSpråkContext();
    const { visStartPåNyttModal, settVisStartPåNyttModal, startPåNytt } = useBekreftelseOgStartSoknad();

    const { sistLagret, sendSoeknadKnapp, gaaVidereKnapp, tilbakeKnapp, fortsettSenereKnapp, slettSoeknadKnapp } =
        tekster().FELLES.navigasjon;

    return (
        <>
            <Box marginBlock="space-48 space-0">
                <VStack gap="space-16">
                    {datoSistLagret && (
                        <BodyShort as="div" size="small" textColor="subtle">
                            {plainTekst(sistLagret)} {formaterDatoOgTid(datoSistLagret, valgtLocale)}
                        </BodyShort>
                    )}
                    <HGrid
                        gap={{ xs: 'space-16', sm: 'space-32 space-16' }}
                        columns={{ xs: 1, sm: 2 }}
                        width={{ sm: 'fit-content' }}
                    >
                        <Button
                            type={'button'}
                            variant="secondary"
                            onClick={onTilbakeCallback}
                            icon={<ArrowLeftIcon aria-hidden />}
                            iconPosition="left"
                        >
                            {plainTekst(tilbakeKnapp)}
                        </Button>
                        <Button
                            type={'submit'}
                            variant={valideringErOk ? (valideringErOk() ? 'primary' : 'secondary') : 'primary'}
                            icon={
                                nesteSteg.route === RouteEnum.Kvittering ? (
                                    <PaperplaneIcon aria-hidden />
                                ) : (
                                    <ArrowRightIcon aria-hidden />
                                )
                            }
                            iconPosition="right"
                            loading={innsendingStatus.status === RessursStatus.HENTER}
                            data-testid="neste-steg"
                        >
                            {plainTekst(nesteSteg.route === RouteEnum.Kvittering ? sendSoeknadKnapp : gaaVidereKnapp)}
                        </Button>

                        <Box asChild marginBlock={{ xs: 'space-16 space-0', sm: 'space-0' }}>
                            <Button
                                variant="tertiary"
                                type={'button'}
                                onClick={onAvbrytCallback}
                                icon={<FloppydiskIcon aria-hidden />}
                                iconPosition="left"
                            >
                                {plainTekst(fortsettSenereKnapp)}
                            </Button>
                        </Box>
                        <Button
                            variant="tertiary"
                            type={'button'}
                            icon={<TrashIcon aria-hidden />}
                            iconPosition="left"
                            onClick={() => settVisStartPåNyttModal(true)}
                        >
                            {plainTekst(slettSoeknadKnapp)}
                        </Button>
                    </HGrid>
                </VStack>
            </Box>
            <SlettSøknadenModal
                open={visStartPåNyttModal}
                avbryt={() => settVisStartPåNyttModal(false)}
                startPåNytt={() => startPåNytt()}
            />
        </>
    );
};

export default Navigeringspanel;
