export type IParser = {
    awsLambdaArn: string;
};
