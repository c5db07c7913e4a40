import { Server } from "./Server";

export interface Servers {
    TotalCount: number;
    Servers: Server[];
}
