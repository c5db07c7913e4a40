import ViewMoreLessButton from '../components/ViewMoreLessButton'
import ContextualAlert from '../components/ContextualAlert'
import { useEffect, useState } from 'react'
import { ReactNode } from 'react'
import { z } from 'zod'

interface AlertProps {
  id: string
  type: string
  alertHeading: string
  alertBody: string
}
interface AccordionProps {
  cardTitle: string
  viewMoreLessCaption: string
  programUniqueId?: string
  acronym: string
  refPageAA: string
  children: ReactNode
  locale: string
  cardAlert?: AlertProps[]
  accordionAlert?: AlertProps[]
  hasAlert?: boolean
}

const Accordion = ({
  cardAlert = [
    {
      id: '',
      type: '',
      alertHeading: '',
      alertBody: '',
    },
  ],
  accordionAlert = [
    {
      id: '',
      type: '',
      alertHeading: '',
      alertBody: '',
    },
  ],
  locale,
  cardTitle,
  viewMoreLessCaption,
  programUniqueId,
  acronym,
  refPageAA,
  children,
}: AccordionProps) => {
  const [isOpen, setIsOpen] = useState(false)

  const CardState = z
    .string()
    .toLowerCase()
    .transform((x) => x === 'true')
    .pipe(z.boolean())
  let reactDevBufferSet = false

  /**
   * init Effect
   *
   * In dev mode (npm run dev) React will prerender and render
   * useEffects on page. This renders the page twice in dev mode,
   * which erases the state.
   *
   * The reactDevBufferSet ensures it will only trigger once.
   *
   * This doesn't occur outside of dev.
   *
   * TODO: Moving the state out of the individual Cards and into
   * a unified state/context may fix this this load issue.
   */
  useEffect(() => {
    if (!reactDevBufferSet) {
      reactDevBufferSet = true // eslint-disable-line
      if (programUniqueId !== undefined) {
        const sessionItem = sessionStorage.getItem(programUniqueId)

        setIsOpen(sessionItem !== null ? CardState.parse(sessionItem) : false)
      }
    }
  }, [])

  // on change Effect
  useEffect(() => {
    if (programUniqueId !== undefined) {
      sessionStorage.setItem(programUniqueId, String(isOpen))
    }
  }, [isOpen, programUniqueId])

  return (
    <>
      <ViewMoreLessButton
        id={programUniqueId + 'test-card-button-'}
        dataTestid={programUniqueId?.toString() + 'dataTestId'}
        dataCy="viewMoreLessButton"
        onClick={() => {
          const newOpenState = !isOpen
          setIsOpen(newOpenState)
        }}
        ariaExpanded={isOpen}
        icon={isOpen}
        caption={viewMoreLessCaption}
        className="w-full px-3 pb-6 sm:px-8 md:px-15 md:pb-8 md:pt-4"
        acronym={acronym}
        refPageAA={refPageAA}
        ariaLabel={`${cardTitle} - ${viewMoreLessCaption}`}
      />
      {!isOpen ? null : (
        <div>
          {cardAlert.map((alert, index) => {
            const alertType = alert.type[0].split('/').pop()
            return (
              <ul className="w-full pb-3 sm:px-8 sm:pb-6 md:px-15" key={index}>
                <ContextualAlert
                  id={alert.id}
                  type={alertType}
                  alertHeading={alert.alertHeading}
                  alertBody={alert.alertBody}
                  alert_icon_alt_text={`${alertType} ${
                    locale === 'fr' ? 'Icônes' : 'icon'
                  }`}
                  alert_icon_id={` alert-icon ${alert.id}`}
                />
              </ul>
            )
          })}
          {accordionAlert.map((alert, index) => {
            const alertType = alert.type[0].split('/').pop()
            return (
              <ul className="w-full pb-3 sm:px-8 sm:pb-6 md:px-15" key={index}>
                <ContextualAlert
                  id={alert.id}
                  type={alertType}
                  alertHeading={alert.alertHeading}
                  alertBody={alert.alertBody}
                  alert_icon_alt_text={`${alertType} ${
                    locale === 'fr' ? 'Icônes' : 'icon'
                  }`}
                  alert_icon_id={` alert-icon ${alert.id}`}
                />
              </ul>
            )
          })}
          <div className="pb-6" data-cy="sectionList">
            {children}
          </div>
        </div>
      )}
    </>
  )
}

export default Accordion
