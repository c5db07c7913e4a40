
export interface IHomeComponentState {

  /**
   * Whether drawer is open
   */
  drawerOpen: boolean
}
