import { BodyShort, Box, Heading } from "@navikt/ds-react";
import React from "react";
import { erIdag } from "@/utils/datoUtils";
import dayjs from "dayjs";
import { OppfolgingsplanLPSMedPersonoppgave } from "@/sider/oppfolgingsplan/hooks/types/OppfolgingsplanLPS";
import { OppfolgingsplanDTO } from "@/sider/oppfolgingsplan/hooks/types/OppfolgingsplanDTO";
import OppfolgingsplanerOversiktLPS from "@/sider/oppfolgingsplan/lps/OppfolgingsplanerOversiktLPS";
import OppfolgingsplanV1Item from "@/sider/oppfolgingsplan/oppfolgingsplaner/OppfolgingsplanV1Item.tsx";
import { OppfolgingsplanV2DTO } from "@/sider/oppfolgingsplan/hooks/types/OppfolgingsplanV2DTO";
import OppfolgingsplanV2Item from "@/sider/oppfolgingsplan/oppfolgingsplaner/OppfolgingsplanV2Item";

const texts = {
  aktiveOppfolgingsplaner: "Aktive oppfølgingsplaner",
  ingenAktiveOppfolgingsplaner: "Det er ingen aktive oppfølgingsplaner",
};

interface Props {
  aktivePlanerV1: OppfolgingsplanDTO[];
  aktivePlanerV2: OppfolgingsplanV2DTO[];
  oppfolgingsplanerLPSMedPersonoppgave: OppfolgingsplanLPSMedPersonoppgave[];
}

export default function AktiveOppfolgingsplaner({
  aktivePlanerV1,
  aktivePlanerV2,
  oppfolgingsplanerLPSMedPersonoppgave,
}: Props) {
  const oppfolgingsplanerLPSUnprocessed = oppfolgingsplanerLPSMedPersonoppgave
    .filter((oppfolgingsplanLPS) => {
      if (oppfolgingsplanLPS.personoppgave) {
        if (oppfolgingsplanLPS.personoppgave.behandletTidspunkt) {
          return (
            Date.now() <
            dayjs(oppfolgingsplanLPS.personoppgave.behandletTidspunkt)
              .add(1, "days")
              .toDate()
              .getTime()
          );
        }
        return !oppfolgingsplanLPS.personoppgave.behandletTidspunkt;
      }
      return erIdag(oppfolgingsplanLPS.opprettet);
    })
    .sort((a, b) => {
      return new Date(b.opprettet).getTime() - new Date(a.opprettet).getTime();
    });

  const hasActivePlan =
    aktivePlanerV1.length !== 0 ||
    oppfolgingsplanerLPSUnprocessed.length !== 0 ||
    aktivePlanerV2.length !== 0;

  return (
    <div className="mb-8">
      <Heading spacing level="2" size="medium">
        {texts.aktiveOppfolgingsplaner}
      </Heading>
      {hasActivePlan ? (
        <>
          {oppfolgingsplanerLPSUnprocessed.map((planLPS, index) => (
            <OppfolgingsplanerOversiktLPS
              key={index}
              oppfolgingsplanLPSBistandsbehov={planLPS}
            />
          ))}
          {aktivePlanerV2.map((plan, index) => (
            <OppfolgingsplanV2Item key={index} oppfolgingsplan={plan} />
          ))}
          {aktivePlanerV1.map((dialog, index) => (
            <OppfolgingsplanV1Item key={index} oppfolgingsplan={dialog} />
          ))}
        </>
      ) : (
        <Box background="default" className="p-4 mb-2">
          <BodyShort>{texts.ingenAktiveOppfolgingsplaner}</BodyShort>
        </Box>
      )}
    </div>
  );
}
