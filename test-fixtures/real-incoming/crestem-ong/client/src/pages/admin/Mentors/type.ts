export interface MentorVM {
  id: number;
  name: string;
  specialization: string;
  isAvailable: boolean;
  associatedProgram: string;
  latestActivity: string;
}
