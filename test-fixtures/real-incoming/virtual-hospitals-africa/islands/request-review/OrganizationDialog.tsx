import { Dialog, Transition } from '@headlessui/react'
import { NearestOrganizationSearchResult, RenderedPatientCompletedRegistration } from '../../types.ts'
import ViewIconWithBackground from './ViewIconWithBackground.tsx'
import { H2 } from '../../components/library/typography/H2.tsx'
import { OrganizationCard } from './OrganizationCard.tsx'
import { Person } from '../../components/library/Person.tsx'
import FormButtons from '../form/buttons.tsx'
import { HiddenInput } from '../../components/library/HiddenInput.tsx'
import { TextArea } from '../form/inputs/textarea.tsx'
import { Fragment } from 'preact'

export function RequestingOrganizationDialog(
  { requesting_organization, concerning_patient }: {
    requesting_organization?: NearestOrganizationSearchResult
    concerning_patient: RenderedPatientCompletedRegistration
  },
) {
  return (
    <Transition.Root show={!!requesting_organization} as={Fragment}>
      <Dialog
        className='relative z-10'
        onClose={close}
      >
        <Transition.Child
          as={Fragment}
          enter='ease-out duration-300'
          enterFrom='opacity-0'
          enterTo='opacity-100'
          leave='ease-in duration-200'
          leaveFrom='opacity-100'
          leaveTo='opacity-0'
        >
          <div className='fixed inset-0 transition-opacity bg-gray-500 bg-opacity-75' />
        </Transition.Child>

        <div className='fixed inset-0 z-10 w-screen overflow-y-auto'>
          <div className='flex items-center justify-center min-h-full p-4 sm:p-0'>
            <Transition.Child
              as={Fragment}
              enter='ease-out duration-300'
              enterFrom='opacity-0 translate-y-4 sm:translate-y-0 sm:scale-95'
              enterTo='opacity-100 translate-y-0 sm:scale-100'
              leave='ease-in duration-200'
              leaveFrom='opacity-100 translate-y-0 sm:scale-100'
              leaveTo='opacity-0 translate-y-4 sm:translate-y-0 sm:scale-95'
            >
              <Dialog.Panel className='transform rounded-lg shadow-xl transition-all max-h-screen max-w-screen min-w-112.5 relative'>
                {requesting_organization && (
                  <DialogContents
                    requesting_organization={requesting_organization}
                    concerning_patient={concerning_patient}
                  />
                )}
              </Dialog.Panel>
            </Transition.Child>
          </div>
        </div>
      </Dialog>
    </Transition.Root>
  )
}

function DialogContents({
  concerning_patient,
  requesting_organization,
}: {
  concerning_patient: RenderedPatientCompletedRegistration
  requesting_organization: NearestOrganizationSearchResult
}) {
  return (
    <form
      method='POST'
      className='bg-white shadow sm:rounded-lgoverflow-hidden'
    >
      <HiddenInput
        value={{ 'review_request.organization_id': requesting_organization.id }}
      />
      <ViewIconWithBackground />
      <div className='p-12'>
        <H2>Requesting a patient review</H2>
        <div>
          <h3>Recipient</h3>
          <div>
            <OrganizationCard organization={requesting_organization} />
          </div>
        </div>
        <div>
          <h3>Concerning</h3>
          <div>
            <Person person={concerning_patient} />
          </div>
        </div>
        <div>
          <h3>Additional Notes</h3>
          <TextArea name='review_request.additional_notes' />
        </div>
        <FormButtons
          cancel={{
            href: '#',
          }}
        />
      </div>
    </form>
  )
}
