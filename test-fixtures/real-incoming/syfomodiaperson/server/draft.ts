import express from "express";

import { getValkeyClient } from "./valkey.js";
import { getVeilederidentFromRequest } from "./authUtils.js";
import { logger } from "@navikt/pino-logger";

const DRAFT_TTL_SECONDS = 7 * 60 * 60 * 24;

enum Draft {
  MELDING_TIL_BEHANDLER = "behandlerdialog-meldingtilbehandler",
  ARBEIDSUFORHET_FORHANDSVARSEL = "arbeidsuforhet-forhandsvarsel",
  ARBEIDSUFORHET_AVSLAG_UTEN_FORHANDSVARSEL = "arbeidsuforhet-avslag-uten-forhandsvarsel",
  ARBEIDSUFORHET_OPPFYLT = "arbeidsuforhet-oppfylt",
  MANGLENDEMEDVIRKNING_FORHANDSVARSEL = "manglendemedvirkning-forhandsvarsel",
  AKTIVITETSKRAV_FORHANDSVARSEL = "aktivitetskrav-forhandsvarsel",
  AKTIVITETSKRAV_UNNTAK = "aktivitetskrav-unntak",
  AKTIVITETSKRAV_OPPFYLT = "aktivitetskrav-oppfylt",
  AKTIVITETSKRAV_INNSTILLING_OM_STANS = "aktivitetskrav-innstilling-om-stans",
}

function isValidCategory(category: string): boolean {
  return Object.values(Draft).includes(category as Draft);
}

function toDraftCachekey(
  category: Draft,
  veilederIdent: string,
  personident: string,
): string {
  switch (category) {
    case Draft.MELDING_TIL_BEHANDLER:
      return `draft:behandlerdialog:meldingtilbehandler:${veilederIdent}:${personident}`;
    case Draft.ARBEIDSUFORHET_FORHANDSVARSEL:
      return `draft:arbeidsuforhet:forhandsvarsel:${veilederIdent}:${personident}`;
    case Draft.ARBEIDSUFORHET_AVSLAG_UTEN_FORHANDSVARSEL:
      return `draft:arbeidsuforhet:avslag-uten-forhandsvarsel:${veilederIdent}:${personident}`;
    case Draft.ARBEIDSUFORHET_OPPFYLT:
      return `draft:arbeidsuforhet:oppfylt:${veilederIdent}:${personident}`;
    case Draft.MANGLENDEMEDVIRKNING_FORHANDSVARSEL:
      return `draft:manglendemedvirkning:forhandsvarsel:${veilederIdent}:${personident}`;
    case Draft.AKTIVITETSKRAV_FORHANDSVARSEL:
      return `draft:aktivitetskrav:forhandsvarsel:${veilederIdent}:${personident}`;
    case Draft.AKTIVITETSKRAV_UNNTAK:
      return `draft:aktivitetskrav:unntak:${veilederIdent}:${personident}`;
    case Draft.AKTIVITETSKRAV_OPPFYLT:
      return `draft:aktivitetskrav:oppfylt:${veilederIdent}:${personident}`;
    case Draft.AKTIVITETSKRAV_INNSTILLING_OM_STANS:
      return `draft:aktivitetskrav:innstilling-om-stans:${veilederIdent}:${personident}`;
  }
}

function getPersonident(req: express.Request): string | undefined {
  const header = req.headers["nav-personident"];
  if (typeof header === "string" && header.trim() !== "") {
    return header;
  }
  return undefined;
}

async function draftKey(
  req: express.Request,
  category: Draft,
): Promise<string | undefined> {
  const personident = getPersonident(req);
  if (!personident) {
    return undefined;
  }

  const veilederIdent = await getVeilederidentFromRequest(req);
  if (!veilederIdent) {
    return undefined;
  }

  return toDraftCachekey(category, veilederIdent, personident);
}

export function setupDraftEndpoints(server: express.Application) {
  server.get(
    "/api/draft/:category",
    async (
      req: express.Request<{ category: string }>,
      res: express.Response,
    ) => {
      const { category } = req.params;
      if (!isValidCategory(category)) {
        return res.status(400).send({ message: "Invalid draft category" });
      }

      const key = await draftKey(req, category as Draft);
      if (!key) {
        return res
          .status(400)
          .send({ message: "Missing nav-personident or valid bearer token" });
      }

      try {
        const client = getValkeyClient();
        const value = await client.get(key);

        if (!value) {
          return res.status(204).send();
        }

        try {
          const parsed = JSON.parse(value);
          return res.status(200).send(parsed);
        } catch (error: any) {
          logger.error(
            `Failed to parse draft for ${category} from valkey`,
            error,
          );
          return res.status(500).send({ message: "Failed to parse draft" });
        }
      } catch (error: any) {
        logger.error(
          `Failed to fetch draft for ${category} from valkey`,
          error,
        );
        return res.status(500).send({ message: "Failed to fetch draft" });
      }
    },
  );

  server.put(
    "/api/draft/:category",
    async (
      req: express.Request<{ category: string }>,
      res: express.Response,
    ) => {
      const { category } = req.params;
      if (!isValidCategory(category)) {
        return res.status(400).send({ message: "Invalid draft category" });
      }

      const key = await draftKey(req, category as Draft);
      if (!key) {
        return res
          .status(400)
          .send({ message: "Missing nav-personident or valid bearer token" });
      }

      try {
        const client = getValkeyClient();
        await client.setEx(key, DRAFT_TTL_SECONDS, JSON.stringify(req.body));

        return res.status(200).send(req.body);
      } catch (error: any) {
        logger.error(`Failed to save draft for ${category} to valkey`, error);
        return res.status(500).send({ message: "Failed to save draft" });
      }
    },
  );

  server.delete(
    "/api/draft/:category",
    async (
      req: express.Request<{ category: string }>,
      res: express.Response,
    ) => {
      const { category } = req.params;
      if (!isValidCategory(category)) {
        return res.status(400).send({ message: "Invalid draft category" });
      }

      const key = await draftKey(req, category as Draft);
      if (!key) {
        return res
          .status(400)
          .send({ message: "Missing nav-personident or valid bearer token" });
      }

      try {
        const client = getValkeyClient();
        await client.del(key);

        return res.status(204).send();
      } catch (error: any) {
        logger.error(
          `Failed to delete draft for ${category} from valkey`,
          error,
        );
        return res.status(500).send({ message: "Failed to delete draft" });
      }
    },
  );
}
