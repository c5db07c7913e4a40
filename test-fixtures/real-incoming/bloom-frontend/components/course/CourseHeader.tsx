'use client';

import Header from '@/components/layout/Header';
import { Link as i18nLink } from '@/i18n/routing';
import { PROGRESS_STATUS } from '@/lib/constants/enums';
import { breadcrumbButtonStyle } from '@/styles/common';
import { Button } from '@mui/material';
import { useTranslations } from 'next-intl';
import { StoryblokRichtext } from 'storyblok-rich-text-react-renderer';

interface CourseHeaderProps {
  name: string;
  description: StoryblokRichtext;
  image_with_background: { filename: string; alt: string };
  courseProgress: PROGRESS_STATUS;
  eventData: { [key: string]: any };
  cta?: React.ReactNode;
}

const CourseHeader = (props: CourseHeaderProps) => {
  const { name, description, image_with_background, courseProgress, cta } = props;

  const headerProps = {
    title: name,
    introduction: description,
    imageSrc: image_with_background?.filename,
    translatedImageAlt: image_with_background?.alt,
    progressStatus: courseProgress,
    cta,
  };

  const t = useTranslations('Courses');

  return (
    <Header {...headerProps}>
      <Button
        variant="contained"
        sx={breadcrumbButtonStyle}
        href="/courses"
        component={i18nLink}
        size="small"
      >
        {t('backToCourses')}
      </Button>
    </Header>
  );
};

export default CourseHeader;
