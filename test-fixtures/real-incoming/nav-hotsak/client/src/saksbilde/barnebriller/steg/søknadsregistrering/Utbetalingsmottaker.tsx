import { Box, Button, HStack, InlineMessage, TextField } from '@navikt/ds-react'
import { useState } from 'react'
import { formaterKontonummer } from '../../../../utils/formater'
import { useKontonummer } from './useKontonummer'
import { useSakId } from '../../../useSak.ts'

export interface UtbetalingsmottakerProps {
  defaultInnsenderFnr?: string
}

export function Utbetalingsmottaker(props: UtbetalingsmottakerProps) {
  const { defaultInnsenderFnr } = props
  const sakId = useSakId()
  const [textFieldValue, setTextFieldValue] = useState(defaultInnsenderFnr || '')
  const [innsenderFnr, setInnsenderFnr] = useState(defaultInnsenderFnr || '')
  const { data: kontoinformasjon, error, loading } = useKontonummer(sakId, innsenderFnr)

  const kontonummerFunnet = kontoinformasjon?.kontonummer && kontoinformasjon.kontonummer !== ''

  return (
    <div>
      <HStack gap="space-8" align="end">
        <TextField
          label="Fødselsnummer innsender"
          size="small"
          value={textFieldValue}
          onChange={(e) => setTextFieldValue(e.target.value)}
        />
        <Button
          variant="secondary"
          size="small"
          loading={loading}
          disabled={loading}
          onClick={(e) => {
            e.preventDefault()
            setInnsenderFnr(textFieldValue)
          }}
        >
          Hent kontonummer
        </Button>
      </HStack>
      <Box marginBlock="space-12">
        {kontoinformasjon && !kontonummerFunnet && (
          <InlineMessage status="error">
            {`Fant ikke kontonummer for ${
              kontoinformasjon?.navn && kontoinformasjon.navn !== '' ? kontoinformasjon.navn : innsenderFnr
            }. Kontakt personen og be dem legge inn kontonummer hos Nav.`}
          </InlineMessage>
        )}
        {error?.isNotFound() && (
          <InlineMessage status="error">
            {`Klarte ikke å hente kontonummer for ${innsenderFnr}. Prøv igjen om noen minutter. Hvis problemet ikke løser seg, kontakt DigiHoT.`}
          </InlineMessage>
        )}
        {kontonummerFunnet && (
          <InlineMessage status="info">{`Kontonummer for ${kontoinformasjon.navn}: ${formaterKontonummer(
            kontoinformasjon?.kontonummer
          )}`}</InlineMessage>
        )}
      </Box>
    </div>
  )
}
