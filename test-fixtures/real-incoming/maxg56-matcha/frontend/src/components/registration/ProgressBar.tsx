import { Check, type LucideIcon } from 'lucide-react';
import { cn } from '@/lib/utils';

interface RegistrationStep {
  id: number;
  title: string;
  icon: LucideIcon;
}

interface ProgressBarProps {
  currentStep: number;
  totalSteps: number;
  steps: RegistrationStep[];
}

export function ProgressBar({ currentStep, totalSteps, steps }: ProgressBarProps) {
  return (
    <div className="px-4 pb-6">
      <div className="max-w-2xl mx-auto">
        {/* Progress Text */}
        <div className="flex items-center justify-between mb-2">
          <span className="text-sm font-medium text-gray-700 dark:text-gray-300">
            Étape {currentStep} sur {totalSteps}
          </span>
          <span className="text-sm text-gray-500 dark:text-gray-400">
            {Math.round((currentStep / totalSteps) * 100)}%
          </span>
        </div>

        {/* Progress Bar */}
        <div className="w-full bg-gray-200 dark:bg-gray-700 rounded-full h-2 mb-4">
          <div
            className="bg-gradient-to-r from-purple-500 to-violet-500 h-2 rounded-full progress-width"
            data-width={`${(currentStep / totalSteps) * 100}%`}
            ref={(el) => {
              if (el) {
                el.style.width = `${(currentStep / totalSteps) * 100}%`;
              }
            }}
          />
        </div>

        {/* Step Icons */}
        <div className="flex flex-wrap sm:flex-nowrap justify-between gap-2 overflow-x-auto">
          {steps.map((step) => {
            const Icon = step.icon;
            const isCompleted = currentStep > step.id;
            const isCurrent = currentStep === step.id;

            return (
              <div
                key={step.id}
                className="flex flex-col items-center w-1/5 min-w-[50px] sm:min-w-[60px]"
              >
                <div
                  className={cn(
                    "w-8 h-8 rounded-full flex items-center justify-center text-xs font-medium transition-colors",
                    isCompleted
                      ? "bg-green-500 text-white"
                      : isCurrent
                        ? "bg-purple-500 text-white"
                        : "bg-gray-200 dark:bg-gray-700 text-gray-500 dark:text-gray-400"
                  )}
                >
                  {isCompleted ? <Check className="h-4 w-4" /> : <Icon className="h-4 w-4" />}
                </div>
                <span className="text-xs text-gray-500 dark:text-gray-400 mt-1 text-center truncate w-full">
                  {step.title}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
