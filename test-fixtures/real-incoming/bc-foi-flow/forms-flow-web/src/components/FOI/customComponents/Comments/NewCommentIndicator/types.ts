export type params = {

  commentdate: any;
  }

 