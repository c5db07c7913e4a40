type AddressDetails = {
    street: string;
    house_number: string;
    po_box: string | boolean;
    postal_code: string;
    city: string;
    country: string;
};

export default AddressDetails;
