
export class ScoreDto {
  id: number;
  value: number;
  updated: Date;
  judgeIndex?: number;
  scoreGroupId: number;
  participantId: number;
}
