export interface UsagerImport {
  date: Date;
  userId: number; // UserStructure
  userName: string; // UserStructure
}
