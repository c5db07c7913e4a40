
export interface IImgComponentState {

  /**
   * Image is loaded {true} or not {false}
   *
   * @type {boolean}
   * @memberof IImgComponentProps
   */
  isImageLoaded?: boolean
}
