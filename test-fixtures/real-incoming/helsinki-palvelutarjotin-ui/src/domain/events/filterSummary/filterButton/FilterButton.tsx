import classNames from 'classnames';
import { IconCross, IconSize } from 'hds-react';
import { useTranslation } from 'next-i18next';
import React from 'react';

import styles from './filterButton.module.scss';
import type { I18nNamespace } from '../../../../types';

export type FilterType = 'organisation' | 'categories';

export interface FilterButtonProps {
  onRemove: (value: string, type: FilterType) => void;
  text: string;
  type: FilterType;
  value: string;
}

const FilterButton: React.FC<FilterButtonProps> = ({
  onRemove,
  text,
  type,
  value,
}) => {
  const { t } = useTranslation<I18nNamespace>();
  return (
    <div className={classNames(styles.filter, styles[type])}>
      <button
        type="button"
        className={styles.closeButton}
        onClick={() => onRemove(value, type)}
        aria-label={t('events:search.labelRemoveFilter', { filter: text })}
      >
        <IconCross size={IconSize.Small} aria-hidden />
      </button>
      {text}
    </div>
  );
};

export default FilterButton;
