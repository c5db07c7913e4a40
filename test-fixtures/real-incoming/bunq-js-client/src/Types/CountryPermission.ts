type CountryPermission = {
    country: string;
    expiry_time: string;
};

export default CountryPermission;
