
export interface IResetPasswordComponentState {

  [key: string]: any

  /**
   * Email input value
   */
  emailInput: string

  /**
   * Email input error text
   */
  emailInputError: string

}
