export interface UserGuide {
  name: string;
  lastModified: Date;
  size: number;
  version?: string;
}
