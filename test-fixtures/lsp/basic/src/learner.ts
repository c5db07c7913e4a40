/** A learner's account, as stored. */
export interface Learner {
  id: string;
  fullName: string;
  email: string;
  createdAt: Date;
}
