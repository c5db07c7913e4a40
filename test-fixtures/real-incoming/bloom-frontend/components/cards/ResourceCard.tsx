'use client';

import { Link as i18nLink } from '@/i18n/routing';
import { RELATED_CONTENT_CATEGORIES } from '@/lib/constants/enums';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Box, Card, CardActionArea, CardContent, IconButton, Typography } from '@mui/material';
import { useTranslations } from 'next-intl';
import Image from 'next/image';
import { getImageSizes } from '@/lib/utils/imageSizes';

const cardStyle = {
  width: { xs: '100%' },
  maxWidth: { xs: '360px' },
  minHeight: 340,
  mx: 'auto',
  mt: 0,
  mb: { xs: '1rem', sm: '1.5rem' },
  backgroundColor: 'paleSecondaryLight',
  '&:hover .overlay': {
    opacity: 1,
  },
  '&:hover .play-button': {
    transform: 'scale(1)',
  },
  padding: '0 !important',
  flex: 0,
} as const;

const cardContentStyle = {
  padding: '0 !important',
} as const;

const overlay = {
  position: 'absolute',
  insetInlineEnd: 0,
  bottom: 0,
  top: 0,
  insetInlineStart: 0,
  opacity: 0,
  transition: 'opacity .3s ease',
  backgroundColor: 'overlayBackground',
  display: 'flex',
  justifyContent: 'center',
  alignItems: 'center',
};

interface ResourceCardProps {
  title: string;
  href: string;
  duration?: string;
  image?: { filename: string; alt: string };
  category: RELATED_CONTENT_CATEGORIES;
}

const categoryStyle = {
  fontFamily: 'Montserrat, sans-serif',
  fontSize: '0.875rem !important',
  textTransform: 'uppercase',
  mb: '0.5rem !important',
  '& .before-dot:before': {
    content: '"• "',
    marginInlineStart: 1,
    marginInlineEnd: 1,
  },
} as const;

export const ResourceCard = (props: ResourceCardProps) => {
  const { title, href, duration, category, image } = props;

  const t = useTranslations('Resources');

  return (
    <Card sx={cardStyle}>
      <CardActionArea href={href} sx={{ height: '100%' }} component={i18nLink}>
        <CardContent sx={cardContentStyle}>
          <Box
            sx={{
              height: '170px',
              position: 'relative',
              width: '100%',
              overflow: 'hidden',
            }}
          >
            <Image
              src={image?.filename || '/bloom_shorts.png'}
              fill
              sizes={getImageSizes(360)}
              alt={image?.alt || 'Bloom shorts default image'} // TODO create a message for this image
              style={{
                objectFit: 'cover',
                objectPosition: 'top',
              }}
            />
            <Box className="overlay" sx={overlay}>
              <IconButton
                className="play-button"
                sx={{
                  color: 'white',
                  backgroundColor: 'palePrimaryLight',
                  transform: 'scale(0.75)',
                  transition: 'transform .3s ease',
                }}
              >
                <PlayArrowIcon sx={{ fontSize: 35, color: 'error.main' }} />
              </IconButton>
            </Box>
          </Box>
          <Box
            sx={{
              p: 3,
            }}
          >
            <Typography sx={categoryStyle}>
              {t(`relatedContent.resource_${category}`)}
              {duration && (
                <span className="before-dot">
                  {` ${duration} ${t('relatedContent.minuteLabel')}`}
                </span>
              )}
            </Typography>
            <Box>
              <Typography
                variant="h3"
                sx={{
                  mb: 0,
                }}
              >
                {title}
              </Typography>
            </Box>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
