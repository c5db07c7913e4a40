export interface BackupChunk {
  colName: string;
  chk: any[];
}
