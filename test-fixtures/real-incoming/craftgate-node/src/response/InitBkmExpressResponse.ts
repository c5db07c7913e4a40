type InitBkmExpressResponse = {
  id: string;
  path: string;
  token: string;
};

export default InitBkmExpressResponse;
