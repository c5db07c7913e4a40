export type ConnectionStatus = {
  error?: Error;
  workspaceName?: string;
};
