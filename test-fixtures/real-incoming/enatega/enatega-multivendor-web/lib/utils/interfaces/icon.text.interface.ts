import { IconDefinition } from "@fortawesome/free-solid-svg-icons";

export interface IIconTextProps {
    icon: IconDefinition;
    text?: string;
    className?: string;
    iconClassName?: string;
  }