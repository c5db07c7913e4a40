export class AnswerThread {
  public pollingStationName: string;
  public observerName: string;
  public pollingStationId: number;
  public observerId: number;
}
