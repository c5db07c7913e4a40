export type params = {
  oncommentfilterchange: (params: any) => any;
  oncommentfilterkeychange: (params: any) => any;
  filterValue: number;
  isMinistry:boolean;
  }

 