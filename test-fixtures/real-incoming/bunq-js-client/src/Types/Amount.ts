import AmountValue from "./AmountValue";

type Amount = {
    value: AmountValue;
    currency: string;
};

export default Amount;
