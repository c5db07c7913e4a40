import { ChangeEvent, RefObject, useId, useState } from 'react';

import { ButtonGroup, Label, ModalFooter, ModalRef, ModalToggleButton, TextInput } from '@trussworks/react-uswds';

import { SectionControllerService, SubSectionControllerService } from 'apps/page-builder/generated';
import { ModalComponent } from 'components/ModalComponent/ModalComponent';
import { logErrorToUserConsole } from 'utils/logging';

import { ToggleButton } from '../ToggleButton';
import './AddSectionModal.scss';

type CommonProps = {
    modalRef: RefObject<ModalRef>;
    pageId: string;
    onAddSection: () => void;
};

type TruncatedProps =
    | {
          isSubSection?: false;
          tabId?: number;
          sectionId?: never;
      }
    | { isSubSection?: true; tabId?: never; sectionId?: number };

type AddSectionModalProps = CommonProps & TruncatedProps;

const AddSectionModal = ({ modalRef, pageId, tabId, sectionId, isSubSection, onAddSection }: AddSectionModalProps) => {
    const [sectionName, setSectionName] = useState('');
    const [sectionDescription, setSectionDescription] = useState('');
    const [visible, setVisible] = useState(true);
    const id = useId();

    const handleSectionNameChange = (e: ChangeEvent<HTMLInputElement>) => {
        setSectionName(e.target.value);
    };

    const handleSectionDescriptionChange = (e: ChangeEvent<HTMLInputElement>) => {
        setSectionDescription(e.target.value);
    };

    const handleSubmit = async () => {
        try {
            if (isSubSection) {
                await SubSectionControllerService.createSubsection({
                    page: parseInt(pageId),
                    requestBody: { name: sectionName, sectionId, visible },
                });
                onAddSection();
            } else {
                await SectionControllerService.createSection({
                    page: parseInt(pageId),
                    requestBody: { name: sectionName, tabId, visible },
                });
                onAddSection();
            }
        } catch (e) {
            logErrorToUserConsole(e);
        }
    };

    return (
        <ModalComponent
            id={id}
            modalRef={modalRef}
            isLarge={true}
            modalHeading={isSubSection ? `'Add Subsection` : 'Manage Sections'}
            modalBody={
                <>
                    <div style={{ padding: '0 24px' }}>
                        <Label htmlFor="sectionName" aria-required={true}>
                            Section name<span className="required"></span>
                        </Label>
                        <TextInput
                            aria-label="section name"
                            type="text"
                            name="sectionName"
                            value={sectionName}
                            id="add-section-name"
                            onChange={handleSectionNameChange}
                        />
                        <Label htmlFor="sectionDescription">Section description</Label>
                        <TextInput
                            aria-label="section description"
                            type="text"
                            name="sectionDescription"
                            value={sectionDescription}
                            id="add-section-description"
                            onChange={handleSectionDescriptionChange}
                        />
                        <div className="visible-container">
                            <span>Not Visible</span>
                            <ToggleButton
                                aria-label="visible"
                                className="toggle-visible"
                                checked={visible}
                                name="visible"
                                onChange={() => setVisible(!visible)}
                            />
                            <span>Visible</span>
                        </div>
                    </div>
                    <ModalFooter className="padding-2 margin-left-auto footer">
                        <ButtonGroup className="flex-justify-end">
                            <ModalToggleButton
                                modalRef={modalRef}
                                closer={true}
                                outline={true}
                                data-testid="condition-cancel-btn"
                            >
                                Cancel
                            </ModalToggleButton>
                            <ModalToggleButton
                                modalRef={modalRef}
                                closer={true}
                                data-testid="section-add-btn"
                                onClick={handleSubmit}
                            >
                                Add Section
                            </ModalToggleButton>
                        </ButtonGroup>
                    </ModalFooter>
                </>
            }
        ></ModalComponent>
    );
};

export default AddSectionModal;
