import React from 'react';
import { Button, Card, ImgCompanyProfile, Text } from '@/src/components/ui';
import {
  StyledContainer,
  StyledCTAContainer,
  StyledNameAndReferentContainer,
  StyledPictureContainer,
} from './DashboardCompanyCard.styles';

type DashboardCompany = {
  id: string;
  name: string;
  logoUrl?: string | null;
  admin?: { firstName: string; lastName: string } | null;
  companyUser?: { isAdmin: boolean } | null;
};

interface DashboardCompanyCardProps {
  company: DashboardCompany;
}

export const DashboardCompanyCard = ({
  company,
}: DashboardCompanyCardProps) => {
  const companySettingsUrl = `/backoffice/companies/parametres`;
  const companyViewUrl = `/backoffice/companies/${company.id}`;
  const isCompanyAdmin = company.companyUser?.isAdmin;
  const companyAdmin = company.admin;

  return (
    <Card
      dataTestId="dashboard-profile-card"
      title="Mon entreprise"
      centerTitle
    >
      <StyledContainer>
        <StyledPictureContainer>
          <ImgCompanyProfile
            company={{ ...company, logoUrl: company.logoUrl ?? undefined }}
            size={110}
            highlight
          />
        </StyledPictureContainer>
        <div>
          <Text size="large" color="primaryBlue" weight="bold" center>
            {company.name}
          </Text>
          {companyAdmin && (
            <StyledNameAndReferentContainer>
              <Text center>
                {isCompanyAdmin
                  ? `Vous êtes le référent`
                  : `Référent : ${
                      companyAdmin.firstName
                    } ${companyAdmin.lastName.charAt(0).toUpperCase()}`}
              </Text>
            </StyledNameAndReferentContainer>
          )}
        </div>

        <StyledCTAContainer>
          {isCompanyAdmin ? (
            <Button variant="secondary" rounded href={companySettingsUrl}>
              Modifier ma page entreprise
            </Button>
          ) : (
            <Button variant="secondary" rounded href={companyViewUrl}>
              Voir ma page entreprise
            </Button>
          )}
        </StyledCTAContainer>
      </StyledContainer>
    </Card>
  );
};
