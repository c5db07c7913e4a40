export type CompressionOptions = {
    targetSize: number;
    quality: number;
    maxWidth: number;
    maxHeight: number;
    maxUncompressedSize: number;
};

export type XFormFieldOptions = {
    domain?: string;
    fixed_username?: string;
    new_password?: boolean;
};

