import {BodyShort, Label} from "@navikt/ds-react";
import React, {ElementType, ReactNode} from "react";
import cx from "classnames";

export const SysteminfoItem = ({
    label,
    multiline,
    children,
    className,
    as: Cmp = "li",
}: {
    multiline?: boolean;
    label?: ReactNode;
    children?: ReactNode;
    className?: string;
    as?: ElementType;
}) => (
    <Cmp className={cx("leading-5! ", className)} aria-label={label}>
        {label && <Label className="pr-1.5 after:content-[':']">{label}</Label>}
        <BodyShort weight={!label ? "semibold" : "regular"} className={cx({inline: !multiline})}>
            {children}
        </BodyShort>
    </Cmp>
);

export const Systeminfo = ({children, className}: {children: React.ReactNode; className?: string}) => (
    <div
        className={cx("flex flex-col gap-1 p-3 bg-ax-bg-info-soft border-l-ax-bg-info-strong rounded-md", className)}
        role={"none"}
    >
        {children}
    </div>
);
