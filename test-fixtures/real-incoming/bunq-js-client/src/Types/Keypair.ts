type KeyPair = {
    publicKey: any;
    privateKey: any;
};

export default KeyPair;
