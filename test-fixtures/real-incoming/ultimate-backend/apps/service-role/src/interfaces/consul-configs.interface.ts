export interface ConsulCasbinConfig {
  dbUri: string;
  dbName: string;
  userColName: string;
  tokenColName: string;
  options: string;
}
