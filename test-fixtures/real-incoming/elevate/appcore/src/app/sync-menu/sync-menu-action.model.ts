export class SyncMenuAction {
  text: string;
  tooltip?: string;
  icon: string;
  action: () => void;
}
