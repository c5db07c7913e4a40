import classnames from 'classnames';
import type { ReactNode } from 'react';
import styles from './List.module.scss';

type ListType = 'ordered' | 'unordered' | 'no_bullets';

type ListProps = {
  items: Array<ReactNode>;
  type: ListType;
  classNameList?: string;
  classNameListEntries?: string;
};

export function List({ items, type = 'unordered', classNameList, classNameListEntries }: ListProps) {
  const listItems = (
    <>
      {items?.map((element, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: no other unique value available
        <li key={index} className={classNameListEntries}>
          {element}
        </li>
      ))}
    </>
  );

  if (type === 'ordered') {
    return <ol className={classNameList}>{listItems}</ol>;
  }

  if (type === 'unordered') {
    return <ul className={classNameList}>{listItems}</ul>;
  }

  const classNames = classnames(styles.list_no_bullets, classNameList);
  return <ul className={classNames}>{listItems}</ul>;
}
