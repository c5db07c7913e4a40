import { BodyShort, InfoCard, type InfoCardProps } from '@navikt/ds-react';
import type { ReactNode } from 'react';

interface Props {
    image: ReactNode;
    variant: InfoCardProps['data-color'];
    statusText: string;
    description: string;
    icon: ReactNode;
}

const PictureScanningExample = ({ image, icon, variant, statusText, description }: Props) => (
    <InfoCard data-color={variant}>
        <InfoCard.Header icon={icon}>
            <InfoCard.Title>{statusText}</InfoCard.Title>
        </InfoCard.Header>
        <InfoCard.Content>
            <BodyShort spacing>{description}</BodyShort>
            {image}
        </InfoCard.Content>
    </InfoCard>
);

export default PictureScanningExample;
