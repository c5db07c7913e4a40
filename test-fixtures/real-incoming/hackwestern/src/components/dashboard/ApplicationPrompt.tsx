import React from "react";
import { APPLICATION_DEADLINE_ISO } from "~/lib/date";
import { Button } from "~/components/ui/button";
import dynamic from "next/dynamic";

type Props = {
  status: string;
  continueStep: string;
  onApplyNavigate: (step: string) => void;
  pending: boolean;
};

const CountdownTimer = dynamic(
  () => import("~/components/apply/countdown-timer"),
  {
    ssr: false,
  },
);

export default function ApplicationPrompt({
  status,
  continueStep,
  onApplyNavigate,
  pending,
}: Props) {
  return (
    <>
      <div className="z-[99] -ml-6 mt-10 w-screen max-w-md space-y-12 text-center md:ml-auto md:mt-0">
        <div>
          <h1 className="font-dico flex flex-col items-center text-3xl font-medium text-heavy md:-ml-4 md:w-max md:text-6xl">
            Hack Western 13
          </h1>
          <h1 className=" font-dico flex flex-col items-center text-3xl font-medium text-heavy md:text-6xl">
            Application
          </h1>
        </div>
        <div>
          <CountdownTimer targetDate={APPLICATION_DEADLINE_ISO} />
        </div>
        <div>
          <Button
            variant="primary"
            className="w-full p-6 font-secondary text-base font-medium"
            onClick={() => void onApplyNavigate(continueStep)}
            disabled={pending}
            aria-busy={pending}
          >
            {status == "NOT_STARTED"
              ? "Start Application"
              : status == "IN_PROGRESS"
                ? "Continue Application"
                : "Review Application"}
          </Button>
        </div>
      </div>
    </>
  );
}
