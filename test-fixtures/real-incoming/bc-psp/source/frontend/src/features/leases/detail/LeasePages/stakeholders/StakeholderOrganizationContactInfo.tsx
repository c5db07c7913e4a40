import { FieldArrayRenderProps, getIn, useFormikContext } from 'formik';
import { FaExternalLinkAlt } from 'react-icons/fa';
import { Link } from 'react-router-dom';
import styled from 'styled-components';

import { SectionField } from '@/components/common/Section/SectionField';
import { LeaseFormModel } from '@/features/leases/models';
import { getPrimaryContact } from '@/utils/contactUtils';
import { withNameSpace } from '@/utils/formUtils';
import { formatApiPersonNames } from '@/utils/personUtils';

import { FormStakeholder } from './models';

export interface ITenantOrganizationContactInfoProps {
  nameSpace: string;
  disabled?: boolean;
}

/**
 * Sub-form displaying a organization tenant associated to the current lease.
 * @param {ITenantOrganizationContactInfoProps} param0
 */
export const TenantOrganizationContactInfo: React.FunctionComponent<
  React.PropsWithChildren<ITenantOrganizationContactInfoProps & Partial<FieldArrayRenderProps>>
> = ({ nameSpace }) => {
  const { values } = useFormikContext<LeaseFormModel>();
  const tenant: FormStakeholder = getIn(values, nameSpace);
  let primaryContact = tenant?.initialPrimaryContact;
  if (primaryContact?.id !== Number(tenant?.primaryContactId)) {
    primaryContact = tenant?.primaryContactId
      ? getPrimaryContact(Number(tenant?.primaryContactId), tenant) ?? undefined
      : undefined;
  }
  const primaryContactName = formatApiPersonNames(primaryContact);
  return (
    <StyledSectionWrapper>
      <SectionField labelWidth={{ xs: 2 }} contentWidth={{ xs: 10 }} label="Organization">
        {getIn(values, withNameSpace(nameSpace, 'summary')) && (
          <>
            <StyledLink to={`/contact/${tenant?.id}`} target="_blank" rel="noopener noreferrer">
              {getIn(values, withNameSpace(nameSpace, 'summary'))} <FaExternalLinkAlt />
            </StyledLink>
          </>
        )}
      </SectionField>
      <SectionField labelWidth={{ xs: 2 }} contentWidth={{ xs: 10 }} label="Primary Contact">
        {primaryContact && (
          <>
            <StyledLink
              to={`/contact/P${primaryContact?.id}`}
              target="_blank"
              rel="noopener noreferrer"
            >
              {primaryContactName} <FaExternalLinkAlt />
            </StyledLink>
          </>
        )}
      </SectionField>
    </StyledSectionWrapper>
  );
};

const StyledSectionWrapper = styled.div`
  border-bottom: 0.1rem gray solid;
  padding: 0.5rem;
`;

const StyledLink = styled(Link)`
  padding: 0.6rem 1.2rem;
`;
export default TenantOrganizationContactInfo;
