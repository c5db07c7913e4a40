export type AppMessage = {
    code?: string;
    statusCode?: string;
    message?: string;
    name?: string;
};
