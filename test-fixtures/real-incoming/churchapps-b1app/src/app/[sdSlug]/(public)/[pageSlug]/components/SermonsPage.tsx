"use client";

import { SermonElement } from "@churchapps/apphelper/website";
import { ConfigurationInterface } from "@/helpers/ConfigHelper";
import { Container } from "@mui/material";


type Props = {
  config?: ConfigurationInterface;
  title: string;
};

export function SermonsPage(props:Props) {

  const day = 1; // getDayOfYear();

  return (
    <Container>
      <h1 style={{ textAlign: "center" }}>{props.title}</h1>
      <SermonElement key={"sermons"} churchId={props.config?.church?.id || ""} appearance={props.config?.appearance} />
    </Container>
  );
}
