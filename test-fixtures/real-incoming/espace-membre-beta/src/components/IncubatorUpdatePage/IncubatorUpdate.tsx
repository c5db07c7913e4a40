"use client";
import { routeTitles } from "@/lib/routes";
import React from "react";

import { fr } from "@codegouvfr/react-dsfr";
import * as Sentry from "@sentry/nextjs";

import { IncubatorForm } from "../IncubatorForm/IncubatorForm";
import { ActionResponse } from "@/@types/serverAction";
import {
  safeUpdateIncubator,
  updateIncubator,
} from "@/app/api/incubators/actions/updateIncubator";
import { incubatorUpdateSchemaType } from "@/models/actions/incubator";
import { incubatorSchemaType } from "@/models/incubator";
import { Option } from "@/models/misc";
import { startupSchemaType } from "@/models/startup";
import { saveImage } from "@/lib/file";
import { deleteImage } from "@/lib/actions/image";


interface IncubatorUpdateProps {
  incubator: incubatorSchemaType;
  sponsorOptions: Option[];
  startupOptions: Option[];
  logoURL?: string;
}

/* Pure component */
export const IncubatorUpdate = (props: IncubatorUpdateProps) => {
  const css = ".panel { overflow: hidden; width: auto; min-height: 100vh; }";

  const save = async (
    data: incubatorUpdateSchemaType,
  ): Promise<ActionResponse> => {
    try {
      const res = await safeUpdateIncubator({
        incubator: data.incubator,
        incubatorUuid: props.incubator.uuid,
      });
      if (res.success) {
        if (data.logo) {
          saveImage({
            fileIdentifier: "logo",
            fileRelativeObjType: "incubator",
            fileObjIdentifier: data.incubator.ghid,
            file: data.logo,
          });
        }

        if (data.shouldDeleteLogo) {
          await deleteImage({
            fileObjIdentifier: res.data.ghid,
            fileIdentifier: "logo",
            fileRelativeObjType: "incubator",
          });
        }
      }
      window.scrollTo({ top: 20, behavior: "smooth" });
      return res;
    } catch (e) {
      Sentry.captureException(e);
      console.error(e);
      window.scrollTo({ top: 20, behavior: "smooth" });
      throw e;
    }
  };

  // console.log("formData", props.formData);

  return (
    <>
      <div className={fr.cx("fr-mb-5w")}>
        <h1>{routeTitles.incubatorDetailsEdit(props.incubator.title)}</h1>

        <div className="beta-banner"></div>

        {(props.incubator && (
          <IncubatorForm
            save={save}
            logoURL={props.logoURL}
            incubator={props.incubator}
            startupOptions={props.startupOptions}
            sponsorOptions={props.sponsorOptions}
          />
        )) || <>Loading...</>}
      </div>
      <style media="screen">{css}</style>
    </>
  );
};
