import { IGlobalComponentProps } from "./global.interface";

export interface IChatHookProps extends IGlobalComponentProps {
  orderId: string;
}
