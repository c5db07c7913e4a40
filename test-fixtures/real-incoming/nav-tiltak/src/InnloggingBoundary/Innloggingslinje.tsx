import NavIkon from '@/assets/ikoner/navikon.svg?react';
import LoggUtKnapp from '@/InnloggingBoundary/LoggUtKnapp';
import { InnloggetBruker } from '@/types/innlogget-bruker';
import BEMHelper from '@/utils/bem';
import { Accordion } from '@navikt/ds-react';
import { Link, Detail } from '@navikt/ds-react';
import React, { FunctionComponent } from 'react';
import MediaQuery from 'react-responsive';
import './Innloggingslinje.less';

type Props = {
    innloggetBruker: InnloggetBruker;
    brukBackupmeny: boolean | undefined;
};

const cls = BEMHelper('innloggingslinje');

const Innloggingslinje: FunctionComponent<Props> = (props) => {
    const bruker = props.innloggetBruker.identifikator;

    return props.brukBackupmeny ? (
        <div className="innloggingslinje">
            <div className="innloggingslinje__innhold">
                <MediaQuery minWidth={577}>
                    <Link href="/tiltaksgjennomforing">
                        <div className={cls.element('navIkon')}>
                            <NavIkon />
                        </div>
                    </Link>
                    <div className={cls.element('identitetogloggut')}>
                        <Detail className={cls.element('identitetogloggut__identitet')}>{bruker}</Detail>
                        <LoggUtKnapp />
                    </div>
                </MediaQuery>
                <MediaQuery maxWidth={576}>
                    <Accordion className="accordion">
                        <Accordion.Item>
                            <Accordion.Header>
                                <div className={cls.element('mobileheader')}>
                                    <NavIkon />
                                    <div className={cls.element('brukernavn')} aria-label="innlogget bruker id">
                                        {bruker}
                                    </div>
                                </div>
                            </Accordion.Header>
                            <Accordion.Content>
                                <div className={cls.className}>
                                    <LoggUtKnapp />
                                </div>
                            </Accordion.Content>
                        </Accordion.Item>
                    </Accordion>
                </MediaQuery>
            </div>
        </div>
    ) : null;
};
export default Innloggingslinje;
