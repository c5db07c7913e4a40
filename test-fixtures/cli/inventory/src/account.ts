export interface AccountShape {
  email: string;
}

export class Account implements AccountShape {
  private _email = "";

  get email(): string {
    return this._email;
  }

  set email(value: string) {
    this._email = value.trim();
  }
}
