export type TaskListItemDateInfo =
  | {
      label: string;
      value: string;
      isUtc?: boolean;
    }
  | undefined;
