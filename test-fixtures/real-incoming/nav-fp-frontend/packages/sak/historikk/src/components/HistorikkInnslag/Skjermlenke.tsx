import { NavLink } from 'react-router';

import { BodyShort, Link } from '@navikt/ds-react';
import { type Location } from 'history';

import type {
  AlleKodeverk,
  AlleKodeverkTilbakekreving,
  SkjermlenkeType,
  SkjermlenkeTypeFpTilbake,
} from '@navikt/fp-types';

interface Props {
  skjermlenke?: SkjermlenkeType | SkjermlenkeTypeFpTilbake;
  behandlingLocation: Location | undefined;
  alleKodeverk: AlleKodeverkTilbakekreving | AlleKodeverk;
  createLocationForSkjermlenke: (
    behandlingLocation: Location,
    skjermlenkeKode: SkjermlenkeType | SkjermlenkeTypeFpTilbake,
  ) => Location | undefined;
}

const scrollUp = (): void => {
  if (globalThis.innerWidth < 1305) {
    globalThis.scroll(0, 0);
  }
};

export const Skjermlenke = ({ skjermlenke, behandlingLocation, alleKodeverk, createLocationForSkjermlenke }: Props) => {
  if (!skjermlenke || !behandlingLocation) {
    return null;
  }

  const location = createLocationForSkjermlenke(behandlingLocation, skjermlenke);
  if (!location) {
    return null;
  }

  return (
    <BodyShort size="medium">
      <Link as={NavLink} to={location} onClick={scrollUp}>
        {alleKodeverk['SkjermlenkeType'].find(rolle => rolle.kode === skjermlenke)?.navn ?? ''}
      </Link>
    </BodyShort>
  );
};
