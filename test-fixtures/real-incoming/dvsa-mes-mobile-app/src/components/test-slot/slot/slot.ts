export interface SlotComponent {
  slot: any;
  hasSlotChanged: boolean;
  showLocation: boolean;
}
