export type ISchedule = {
    awsRuleArn: string;
    awsScheduleExpression: string;
};
