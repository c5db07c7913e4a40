import {
  Link,
  SecondaryLink,
} from '@city-of-helsinki/react-helsinki-headless-cms';
import { IconLocation, useGroupConsent } from 'hds-react';
import router from 'next/router';
import React from 'react';
import { useCookieConfigurationContext } from '../../cookieConfigurationProvider';
import { useCommonTranslation } from '../../hooks';
import CookiesRequired from '../cookieConsent/CookiesRequired';
import { consentGroupIds } from '../eventsCookieConsent/constants';
import Text from '../text/Text';
import styles from './mapBox.module.scss';

type Props = {
  title: string;
  serviceMapUrl: string;
  openMapUrl: string;
  placeName: string;
  placeAddress: string;
  googleDirectionsLink: string;
  hslDirectionsLink: string;
  accessibilitySentences?: JSX.Element;
};

function MapBox({
  title,
  serviceMapUrl,
  openMapUrl,
  placeName,
  placeAddress,
  googleDirectionsLink,
  hslDirectionsLink,
  accessibilitySentences,
}: Props) {
  const { t } = useCommonTranslation();

  const { consentUrl } = useCookieConfigurationContext();
  const isConsentGiven = useGroupConsent(consentGroupIds.serviceMap);

  const handleConsentPageRedirect = () => {
    if (consentUrl) {
      router.push(`${consentUrl}?returnPath=${router.asPath}`);
    }
  };
  return (
    <div className={styles.wrapper}>
      <div className={styles.title}>
        <div className={styles.titleText}>
          <IconLocation aria-hidden="true" />
          <h2>{title}</h2>
        </div>
        <Link className={styles.mapLink} href={openMapUrl} openInNewTab={true}>
          {t('common:mapBox.location.openMap')}
        </Link>
      </div>
      {!isConsentGiven && (
        <CookiesRequired
          title={t('common:mapBox.cookiesRequired.title')}
          description={t('common:mapBox.cookiesRequired.description')}
          handleConsent={handleConsentPageRedirect}
        />
      )}
      {isConsentGiven && (
        <iframe
          title={title}
          className={styles.mapContainer}
          src={serviceMapUrl}
        ></iframe>
      )}
      <div className={styles.meta}>
        <Text as="p" variant="h3" className={styles.locationName}>
          {placeName}
        </Text>
        <Text variant="body-l" className={styles.location}>
          {placeAddress}
        </Text>
        <SecondaryLink
          inlineIcons
          className={styles.externalLink}
          href={hslDirectionsLink}
        >
          {t('common:mapBox.location.directionsHSL')}
        </SecondaryLink>
        <SecondaryLink
          inlineIcons
          className={styles.externalLink}
          href={googleDirectionsLink}
        >
          {t('common:mapBox.location.directionsGoogle')}
        </SecondaryLink>
        {accessibilitySentences}
      </div>
    </div>
  );
}

export default MapBox;
