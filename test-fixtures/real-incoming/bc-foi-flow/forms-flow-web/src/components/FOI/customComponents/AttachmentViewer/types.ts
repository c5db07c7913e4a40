export type params = {
    filepath: string; 
    ministryrequestid:string;  
    filetype: string;
    bcgovcode: string;
  }