import { ReactNode } from 'react';
import NhsFooter from '@components/nhs-footer';
import NhsMainContainer from '@components/nhs-main-container';
import { BackLink, Breadcrumbs } from '@components/nhsuk-frontend';
import NhsHeading, { NhsHeadingProps } from './nhs-heading';
import FeedbackBanner from '@components/feedback-banner';
import NhsAnonymousHeader from './nhsuk-frontend/nhs-anonymous-header';

type Props = {
  children: ReactNode;
  headerAuthComponent?: ReactNode;
  showHomeBreadcrumb?: boolean;
  originPage: string;
  showGoBack?: boolean;
} & NhsHeadingProps;

/**
 * A slimmed down version of NhsPage which can be loaded from client components.
 * It must not invoke server actions nor access http only cookies.
 */
const NhsAnonymousPage = ({
  title,
  caption,
  originPage,
  children = null,
  showHomeBreadcrumb = false,
  showGoBack = false,
}: Props) => {
  return (
    <>
      <NhsAnonymousHeader />
      <FeedbackBanner originPage={originPage} />
      <NhsMainContainer>
        {showHomeBreadcrumb && (
          <Breadcrumbs trail={[{ name: 'Home', href: '/sites' }]} />
        )}
        {showGoBack && (
          <BackLink renderingStrategy="server" text="Go back" href={'/sites'} />
        )}
        <NhsHeading title={title} caption={caption} />
        {children}
      </NhsMainContainer>
      <NhsFooter buildNumber={null} />
    </>
  );
};

export default NhsAnonymousPage;
