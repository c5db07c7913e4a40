export interface LeaderboardEntry {
  firstName: string;
  lastName: string;
  rank: number;
  points: number;
}
