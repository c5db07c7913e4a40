type CounterpartyAlias = {
    type: string;
    value: string;
    name?: string;
};

export default CounterpartyAlias;
