export type PlainProps = {
    imageUrl: string;
    dataTest: string;
    className?: any;
    size: 'extrasmall' | 'small' | 'medium' | 'large' | 'extralarge';
};
