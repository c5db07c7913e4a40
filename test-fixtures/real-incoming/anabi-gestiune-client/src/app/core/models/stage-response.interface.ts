export interface StageResponse {
  id: number;
  name: string;
  isFinal: boolean;
  isRecovery: boolean;
}
