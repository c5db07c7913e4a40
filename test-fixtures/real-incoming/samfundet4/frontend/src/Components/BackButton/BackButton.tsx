import { useTranslation } from 'react-i18next';
import { useCustomNavigate } from '~/hooks';
import { KEY } from '~/i18n/constants';
import { Button } from '../Button';

type BackButtonProps = {
  url?: string;
};

export function BackButton({ url }: BackButtonProps) {
  const { t } = useTranslation();
  const navigate = useCustomNavigate();

  const goBack = () => {
    navigate({ url: url ? url : -1 });
  };

  return (
    <Button theme="secondary" rounded={true} onClick={goBack}>
      {t(KEY.common_go_back)}
    </Button>
  );
}
