import React, { useRef, useState } from 'react'
import { BodyShort, Button, Heading, LinkPanel, Modal, Popover, Tooltip } from '@navikt/ds-react'
import { SandboxIcon } from '@navikt/aksel-icons'

import { PersonaData, PersonaGroupKey, testpersonerGruppert } from '../../data/mock/testperson'

export default function Person() {
    const [showHint, setShowHint] = useState(false)
    const buttonRef = useRef<HTMLButtonElement>(null)
    const [openState, setOpenState] = useState(false)

    return (
        <>
            <div hidden={openState}>
                <div onMouseEnter={() => setShowHint(true)} onMouseLeave={() => setShowHint(false)}>
                    <Tooltip content="Verktøy for testing">
                        <Button
                            data-color="neutral"
                            type="button"
                            ref={buttonRef}
                            onClick={() => setOpenState((b) => !b)}
                            icon={<SandboxIcon title="Åpne testdataverktøy" aria-hidden />}
                            variant="tertiary"
                        />
                    </Tooltip>
                    <Popover
                        className="bg-ax-bg-info-soft border-ax-border-info"
                        open={showHint}
                        onClose={() => void 0}
                        placement="bottom-end"
                        // eslint-disable-next-line react-hooks/refs
                        anchorEl={buttonRef.current}
                    >
                        <Popover.Content>
                            <Heading size="small" level="2" className="motion-safe:animate-bounce">
                                Tips!
                            </Heading>
                            <div className="w-[220px]">
                                Her finner du verktøy for å endre mellom forskjellige brukere
                            </div>
                        </Popover.Content>
                    </Popover>
                </div>
            </div>
            <Modal
                open={openState}
                onClose={() => {
                    setOpenState(false)
                }}
                header={{ heading: 'Testdataverktøy', closeButton: true }}
                className="h-screen max-h-max max-w-[369px] rounded-none p-0 left-auto m-0"
            >
                <Modal.Body>
                    <PersonPicker />
                </Modal.Body>
            </Modal>
        </>
    )
}

function PersonPicker() {
    const testpersoner = testpersonerGruppert()

    return (
        <>
            <Button
                type="button"
                variant="secondary"
                onClick={() => {
                    document.cookie = 'mock-session= ; expires = Thu, 01 Jan 1970 00:00:00 GMT; path=/'
                    window.location.reload()
                }}
            >
                Reset testdata
            </Button>

            {Object.entries(testpersoner).map(([gruppe, personer]) => (
                <PersonGruppeVisning gruppe={gruppe as PersonaGroupKey} personer={personer} key={gruppe} />
            ))}
        </>
    )
}

function PersonGruppeVisning({ gruppe, personer }: { gruppe: PersonaGroupKey; personer: PersonaData }) {
    function heading() {
        switch (gruppe) {
            case 'arbeidssituasjon': {
                return 'Søknader basert på arbeidssituasjon'
            }
            case 'andre-soknader': {
                return 'Andre søknader'
            }
            case 'historiske-soknader': {
                return 'Historiske søknader'
            }
            default: {
                return gruppe
            }
        }
    }

    return (
        <>
            <Heading size="small" level="4" className="mt-2">
                {heading()}
            </Heading>
            <ul className="mt-2 flex flex-col gap-2">
                {Object.entries(personer).map(([key, person]) => (
                    <LinkPanel key={key} className="w-full text-start" href={`/syk/sykepengesoknad/?testperson=${key}`}>
                        <BodyShort>{person.beskrivelse}</BodyShort>
                    </LinkPanel>
                ))}
            </ul>
        </>
    )
}
