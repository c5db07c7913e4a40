/**
 * Footer - Shared footer component
 * Displays copyright and GitHub link across all pages
 */

import React from 'react';
import { Box, Text, Anchor, Group } from '@mantine/core';
import { IconBrandGithub, IconHeartFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface FooterProps {
  className?: string;
}

const Footer: React.FC<FooterProps> = ({ className = '' }) => {
  const { t } = useTranslation('settings');
  const currentYear = new Date().getFullYear();

  return (
    <Box
      component="footer"
      className={`app-footer ${className}`}
      px="md"
      py="sm"
    >
      <Group justify="center" gap="xs">
        <Text size="sm" c="dimmed">
          {/* eslint-disable-next-line i18next/no-literal-string -- brand name with copyright */}
          {`© ${currentYear} MediKeep`}
        </Text>
        <Text size="sm" c="dimmed">
          •
        </Text>
        <Anchor
          href="https://github.com/afairgiant/MediKeep"
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          c="dimmed"
          style={{ display: 'flex', alignItems: 'center', gap: '4px' }}
        >
          <IconBrandGithub size={16} />
          {/* eslint-disable-next-line i18next/no-literal-string -- product name */}
          {'GitHub'}
        </Anchor>
        <Text size="sm" c="dimmed">
          •
        </Text>
        <Anchor
          href="https://github.com/sponsors/afairgiant"
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          c="dimmed"
          style={{ display: 'flex', alignItems: 'center', gap: '4px' }}
          aria-label="Sponsor MediKeep"
        >
          <IconHeartFilled
            size={14}
            style={{ color: 'var(--mantine-color-pink-5)' }}
          />
          {t('sponsor.buttonShort')}
        </Anchor>
      </Group>
    </Box>
  );
};

export default Footer;
