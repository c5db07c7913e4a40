import { ExclamationmarkTriangleIcon } from '@navikt/aksel-icons'
import { BodyShort } from '@navikt/ds-react'
import React, { ReactElement } from 'react'

import { DiagnosePicker } from './DiagnosePicker'

interface Props {
    diagnosePrefillError?: { error: 'FHIR_FAILED' }
}

export function DiagnoseSection({ diagnosePrefillError }: Props): ReactElement {
    return (
        <section aria-label="Hoveddiagnose">
            <DiagnosePicker />
            {diagnosePrefillError && (
                <BodyShort className="mt-2 flex gap-1 items-center">
                    <ExclamationmarkTriangleIcon aria-hidden />
                    Kunne ikke hente diagnoser, du kan fortsatt velge diagnosen manuelt.
                </BodyShort>
            )}
        </section>
    )
}
