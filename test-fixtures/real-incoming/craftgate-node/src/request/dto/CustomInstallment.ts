type CustomInstallment = {
  number: number;
  totalPrice: number;
};

export default CustomInstallment;
