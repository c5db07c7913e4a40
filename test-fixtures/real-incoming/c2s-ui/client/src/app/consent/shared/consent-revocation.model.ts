
export class ConsentRevocation {
  acceptTerms:boolean;

  constructor(acceptTerms:boolean){
    this.acceptTerms = acceptTerms;
  }
}
