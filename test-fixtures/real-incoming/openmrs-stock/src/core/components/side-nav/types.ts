import React from 'react';

export interface SideNavItem {
  name: string;
  link: string;
}
