import { ServiceTime } from "./index.js";

export class GroupServiceTime {
  public id?: string;
  public churchId?: string;
  public groupId?: string;
  public serviceTimeId?: string;

  public serviceTime?: ServiceTime;
}
