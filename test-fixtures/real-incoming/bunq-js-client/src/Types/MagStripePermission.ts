type MagStripePermission = {
    expiry_time: string;
};

export default MagStripePermission;
