'use client';

import * as Tabs from '@radix-ui/react-tabs';
import { TooltipProvider } from '@radix-ui/react-tooltip';
import classNames from 'classnames';
import * as React from 'react';
import { convertUrisIntoUrls } from '@/utils/convert-uris-into-urls';
import type { ImportedComponent } from '../app/components/get-imported-components-for';
import { ComponentCodeView } from './component-code-view';
import { ComponentPreview } from './component-preview';
import { IconMonitor } from './icons/icon-monitor';
import { IconPhone } from './icons/icon-phone';
import { IconSource } from './icons/icon-source';
import { Send } from './send';
import { TabTrigger } from './tab-trigger';
import { Tooltip, TooltipContent, TooltipTrigger } from './tooltip';

interface ComponentViewProps {
  component: ImportedComponent;
  className?: string;
}

type ActiveView = 'code' | 'desktop' | 'mobile';

const TabTriggetWithTooltip = ({
  tooltip,
  children,
  activeView,
  layoutId,
  value,
}: {
  tooltip: string;
  layoutId: string;
  children: React.ReactNode;
  activeView: string;
  value: string;
}) => (
  <Tooltip>
    <TooltipTrigger asChild>
      <TabTrigger
        className="w-9 px-0! flex items-center justify-center"
        activeView={activeView}
        layoutId={layoutId}
        value={value}
      >
        {children}
      </TabTrigger>
    </TooltipTrigger>
    <TooltipContent>{tooltip}</TooltipContent>
  </Tooltip>
);

const TabContent: React.FC<{
  value: ActiveView;
  children: React.ReactNode;
  className?: string;
}> = ({ value, children, className = '' }) => (
  <Tabs.Content
    className={`relative m-4 mx-2 h-fit scroll-m-2 overflow-hidden rounded-2xl border border-slate-4 transition-colors focus:outline-hidden  md:mx-8 ${className}`}
    value={value}
  >
    {children}
  </Tabs.Content>
);

export function ComponentView({ component, className }: ComponentViewProps) {
  const [activeView, setActiveView] = React.useState<ActiveView>('desktop');

  return (
    <Tabs.Root
      className="relative mb-8 flex w-full flex-col gap-2 md:mb-12"
      defaultValue={activeView}
      onValueChange={(value: string) => {
        setActiveView(value as ActiveView);
      }}
    >
      <TooltipProvider>
        <div
          className={classNames(
            'relative flex w-full items-center gap-6 px-6 pb-3 md:px-8',
            className,
          )}
        >
          <h2 className="shrink grow basis-0 text-pretty font-semibold text-lg text-slate-12 md:text-xl">
            {component.title}
          </h2>
          <Tabs.List className="relative flex w-fit items-center overflow-hidden p-1 text-xs">
            <TabTriggetWithTooltip
              activeView={activeView}
              layoutId={`${component.slug}-view`}
              tooltip="Desktop"
              value="desktop"
            >
              <IconMonitor />
            </TabTriggetWithTooltip>
            <TabTriggetWithTooltip
              activeView={activeView}
              layoutId={`${component.slug}-view`}
              tooltip="Mobile"
              value="mobile"
            >
              <IconPhone />
            </TabTriggetWithTooltip>
            <TabTriggetWithTooltip
              activeView={activeView}
              layoutId={`${component.slug}-view`}
              tooltip="Code"
              value="code"
            >
              <IconSource />
            </TabTriggetWithTooltip>
            <Send
              className="ml-2"
              markup={convertUrisIntoUrls(component.code.html).replace(
                /height\s*:\s*100vh;?/,
                '',
              )}
              defaultSubject={component.title}
            />
          </Tabs.List>
          <div className="absolute right-0 bottom-0 h-px w-dvw bg-slate-4" />
        </div>
        <div className="relative h-fit w-full transition-all duration-300 ease-[cubic-bezier(.36,.66,.6,1)] transition-discrete">
          <TabContent value="desktop" className="min-h-[228px]">
            <div className="absolute inset-0 bg-[radial-gradient(#091A21_.0313rem,transparent_.0313rem),radial-gradient(#091A21_.0313rem,transparent_.0313rem)] bg-transparent opacity-30 transition-all duration-300 ease-[cubic-bezier(.36,.66,.6,1)] bg-position-[0_0,.625rem_.625rem] bg-size-[1.25rem_1.25rem] h-[calc-size(auto)] transition-discrete" />
            <ComponentPreview activeView="desktop" html={component.code.html} />
          </TabContent>
          <TabContent value="mobile" className="min-h-[228px]">
            <div className="absolute inset-0 bg-[radial-gradient(#091A21_.0313rem,transparent_.0313rem),radial-gradient(#091A21_.0313rem,transparent_.0313rem)] bg-transparent opacity-30 transition-all duration-300 ease-[cubic-bezier(.36,.66,.6,1)] bg-position-[0_0,.625rem_.625rem] bg-size-[1.25rem_1.25rem] h-[calc-size(auto)] transition-discrete" />
            <ComponentPreview activeView="mobile" html={component.code.html} />
          </TabContent>
          <TabContent value="code">
            <ComponentCodeView component={component} />
          </TabContent>
        </div>
      </TooltipProvider>
    </Tabs.Root>
  );
}
