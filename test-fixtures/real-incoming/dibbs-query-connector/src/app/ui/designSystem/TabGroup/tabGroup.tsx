"use client";
import React, { JSX, RefObject, useState } from "react";
import classNames from "classnames";
import styles from "./tabGroup.module.scss";
import { User, UserGroup } from "@/app/models/entities/users";

export type Tab = {
  access?: string[];
  label: string;
  path?: string;
  onClick?: (e: React.MouseEvent<HTMLElement>) => void;
  renderContent?: (users?: User[], userGroups?: UserGroup[]) => JSX.Element;
  tabFocusRef?: RefObject<HTMLButtonElement | null>;
  // TODO: rework this so renderContent isn't tied to user management; see
  // https://linear.app/skylight-cdc/issue/QUE-217/rework-tabtabgroup-component-so-its-not-limited-to-user-management
};

export interface TabGroupProps {
  tabs: Tab[];
  initialTab?: string;
}

/**
 * @param root0 - TabGroup compoennt props
 * @param root0.tabs - an array of Tab objects
 * @param root0.initialTab - label of the tab to show as active initially (defaults to the first tab)
 * @returns A tab group component
 */
const TabGroup: React.FC<TabGroupProps> = ({ tabs, initialTab }) => {
  const [activeTab, setActiveTab] = useState(initialTab ?? tabs[0].label);

  const handleTabClick = (e: React.MouseEvent<HTMLElement>) => {
    const clickedTab = e.currentTarget.innerHTML;
    setActiveTab(clickedTab); // local component state
    const active = tabs.find((tab) => tab.label == clickedTab);
    active && active?.onClick && active.onClick(e); // parent component state
  };
  return (
    <div
      className={classNames(
        "border-base",
        "border-bottom-1px",
        "margin-bottom-3",
      )}
    >
      {tabs.map((tab) => {
        return (
          <button
            ref={tab.tabFocusRef}
            key={tab.label}
            className={classNames(
              "usa-button--unstyled",
              tab.label == activeTab ? styles.tab__active : styles.tab,
            )}
            onClick={(e) => handleTabClick(e)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
};

export default TabGroup;
