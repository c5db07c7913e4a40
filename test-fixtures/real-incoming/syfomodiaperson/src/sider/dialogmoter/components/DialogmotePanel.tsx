import React, { ReactElement, ReactNode } from "react";
import { IconHeader } from "@/components/IconHeader";
import { Box } from "@navikt/ds-react";

interface Props {
  icon: string;
  header: string;
  subtitle?: ReactNode;
  headerAction?: ReactNode;
  children: ReactNode;
}

export default function DialogmotePanel({
  children,
  ...rest
}: Props): ReactElement {
  return (
    <Box background="default" className="flex flex-col mb-4 p-6 gap-6">
      <IconHeader altIcon="moteikon" {...rest} />
      {children}
    </Box>
  );
}
