export type UIData = {
  sessionExpiredPrompt: {
    isOpen: boolean;
  };
};
