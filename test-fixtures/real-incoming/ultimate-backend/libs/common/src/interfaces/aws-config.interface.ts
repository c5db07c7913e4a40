export interface IAwsConfigInterface {
  accessKeyId: string;
  secretAccessKey: string;
  bucketName: string;
}
