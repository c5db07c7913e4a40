import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

import { ONGOING_PERMIT_STATES } from '@/utils/constants/permit';
import { PermitStage, PermitState } from '@/utils/enums/codeEnums';
import { PermitNeeded } from '@/utils/enums/permit';
import { ActivityContactRole, ApplicationStatus } from '@/utils/enums/projectCommon';

import type { Ref } from 'vue';
import type { ActivityContact, Document, Enquiry, NoteHistory, Permit, Project } from '@/types';

export interface ProjectStoreState {
  activityContacts: Ref<ActivityContact[]>;
  documents: Ref<Document[]>;
  relatedEnquiries: Ref<Enquiry[]>;
  noteHistory: Ref<NoteHistory[]>;
  permits: Ref<Permit[]>;
  project: Ref<Project | undefined>;
  roadmapNote: Ref<string | undefined>;
}

export const useProjectStore = defineStore('project', () => {
  // State
  const state: ProjectStoreState = {
    activityContacts: ref([]),
    documents: ref([]),
    relatedEnquiries: ref([]),
    noteHistory: ref([]),
    permits: ref([]),
    project: ref(undefined),
    roadmapNote: ref(undefined)
  };

  // Getters
  const getters = {
    getActivityContacts: computed(() => state.activityContacts.value),
    getAuthsOnGoing: computed(() =>
      state.permits.value
        .filter(
          (p) =>
            ONGOING_PERMIT_STATES.includes(p.state as PermitState) &&
            ![PermitNeeded.NO, PermitNeeded.UNDER_INVESTIGATION].includes(p.needed as PermitNeeded)
        )
        .sort(permitNameSortFcn)
    ),
    getAuthsUnderInvestigation: computed(() =>
      state.permits.value
        .filter(
          (p) =>
            p.needed === PermitNeeded.UNDER_INVESTIGATION &&
            p.stage === PermitStage.PRE_SUBMISSION &&
            p.state === PermitState.NONE
        )
        .sort(permitNameSortFcn)
        .sort(permitBusinessSortFcn)
    ),
    getAuthsNeeded: computed(() => {
      return state.permits.value
        .filter((p) => p.needed === PermitNeeded.YES && p.stage === PermitStage.PRE_SUBMISSION)
        .sort(permitNameSortFcn)
        .sort(permitBusinessSortFcn);
    }),
    getAuthsCompleted: computed(() => {
      const authsCompleted = state.permits.value.filter(
        (p) =>
          ![PermitState.NONE, ...ONGOING_PERMIT_STATES].includes(p.state as PermitState) &&
          ![PermitNeeded.NO, PermitNeeded.UNDER_INVESTIGATION].includes(p.needed as PermitNeeded)
      );
      const authsIssued = authsCompleted.filter((p) => p.state === PermitState.ISSUED).sort(permitNameSortFcn);
      const authsNotIssued = authsCompleted.filter((p) => p.state !== PermitState.ISSUED).sort(permitNameSortFcn);

      return [...authsIssued, ...authsNotIssued];
    }),
    getAuthsNotNeeded: computed(() => {
      return state.permits.value
        .filter((p) => p.needed === PermitNeeded.NO)
        .sort(permitNameSortFcn)
        .sort(permitBusinessSortFcn);
    }),
    getAuthsSubmitted: computed(() => {
      return state.permits.value
        .filter(
          (p) =>
            p.state !== PermitState.NONE &&
            p.stage !== PermitStage.PRE_SUBMISSION &&
            ![PermitNeeded.NO, PermitNeeded.UNDER_INVESTIGATION].includes(p.needed as PermitNeeded)
        )
        .sort(permitNameSortFcn)
        .sort(permitBusinessSortFcn);
    }),
    getDocuments: computed(() => state.documents.value),
    getNoteHistory: computed(() => state.noteHistory.value),
    getNoteHistoryById: computed(
      () => (noteHistoryId: string | undefined) =>
        state.noteHistory.value.find((x) => x.noteHistoryId === noteHistoryId)
    ),
    // Get array of note history that is shown to the proponent in descending order of creation date of the note
    getNoteHistoryShownToProponent: computed(() => {
      return state.noteHistory.value
        .filter((noteHistory) => noteHistory.shownToProponent)
        .sort((a, b) => {
          const aCreatedAt = a.note?.[0]?.createdAt;
          const bCreatedAt = b.note?.[0]?.createdAt;
          if (aCreatedAt && bCreatedAt) return new Date(bCreatedAt).getTime() - new Date(aCreatedAt).getTime();
          return -1;
        });
    }),
    getPermits: computed(() => state.permits.value),
    getRelatedEnquiries: computed(() => state.relatedEnquiries.value),
    getPrimaryActivityContact: computed(
      () =>
        // Look in activityContacts first, fall back to project state
        state.activityContacts.value.find((ac) => ac.role === ActivityContactRole.PRIMARY)?.contact ??
        state.project.value?.activity?.activityContact?.find((ac) => ac.role === ActivityContactRole.PRIMARY)?.contact
    ),
    getProject: computed(() => state.project.value),
    getProjectIsCompleted: computed(() => state.project.value?.applicationStatus === ApplicationStatus.COMPLETED),
    getRoadmapNote: computed(() => state.roadmapNote.value)
  };

  // Actions
  function permitBusinessSortFcn(a: Permit, b: Permit) {
    if (a.permitType?.businessDomain && b.permitType?.businessDomain)
      return a.permitType?.businessDomain > b.permitType?.businessDomain ? 1 : -1;
    else return -1;
  }

  function permitNameSortFcn(a: Permit, b: Permit) {
    if (a.permitType?.name && b.permitType?.name) return a.permitType?.name > b.permitType?.name ? 1 : -1;
    else return -1;
  }

  function addActivityContact(data: ActivityContact) {
    state.activityContacts.value.push(data);
  }

  function removeActivityContact(data: ActivityContact) {
    state.activityContacts.value = state.activityContacts.value.filter(
      (x) => x.activityId !== data.activityId || (x.activityId === data.activityId && x.contactId !== data.contactId)
    );
  }

  function updateActivityContact(data: ActivityContact) {
    const idx = state.activityContacts.value.findIndex(
      (x: ActivityContact) => x.activityId === data.activityId && x.contactId === data.contactId
    );

    if (idx >= 0) {
      const copy = [...state.activityContacts.value];
      copy[idx] = data;
      state.activityContacts.value = copy;
    }
  }

  function setActivityContacts(data: ActivityContact[]) {
    state.activityContacts.value = data;
  }

  function addDocument(data: Document) {
    state.documents.value.push(data);
  }

  function removeDocument(data: Document) {
    state.documents.value = state.documents.value.filter((x) => x.documentId !== data.documentId);
  }

  function setDocuments(data: Document[]) {
    state.documents.value = data;
  }

  function addNoteHistory(data: NoteHistory, prepend = false) {
    if (prepend) state.noteHistory.value.unshift(data);
    else state.noteHistory.value.push(data);
  }

  function removeNoteHistory(data: NoteHistory) {
    state.noteHistory.value = state.noteHistory.value.filter((x) => x.noteHistoryId !== data.noteHistoryId);
  }

  function setNoteHistory(data: NoteHistory[]) {
    state.noteHistory.value = data;
  }

  function updateNoteHistory(data: NoteHistory) {
    const idx = state.noteHistory.value.findIndex((x: NoteHistory) => x.noteHistoryId === data.noteHistoryId);
    if (idx >= 0) state.noteHistory.value[idx] = data;
  }

  function addPermit(data: Permit) {
    state.permits.value.push(data);
  }

  function removePermit(data: Permit) {
    state.permits.value = state.permits.value.filter((x) => x.permitId !== data.permitId);
  }

  function setPermits(data: Permit[]) {
    state.permits.value = data;
  }

  function addRelatedEnquiry(data: Enquiry) {
    state.relatedEnquiries.value.push(data);
  }

  function removeRelatedEnquiry(data: Enquiry) {
    state.relatedEnquiries.value = state.relatedEnquiries.value.filter((x) => x.enquiryId !== data.enquiryId);
  }

  function setRelatedEnquiries(data: Enquiry[]) {
    state.relatedEnquiries.value = data;
  }

  function updatePermit(data: Permit) {
    const idx = state.permits.value.findIndex((x: Permit) => x.permitId === data.permitId);
    if (idx >= 0) state.permits.value[idx] = data;
  }

  function setProject(data: Project | undefined) {
    state.project.value = data;
  }

  function setRoadmapNote(data: string | undefined) {
    state.roadmapNote.value = data;
  }

  function reset() {
    state.activityContacts.value = [];
    state.documents.value = [];
    state.relatedEnquiries.value = [];
    state.noteHistory.value = [];
    state.permits.value = [];
    state.project.value = undefined;
  }

  return {
    // State
    ...state,

    // Getters
    ...getters,

    // Actions
    addActivityContact,
    removeActivityContact,
    setActivityContacts,
    updateActivityContact,
    addDocument,
    removeDocument,
    setDocuments,
    addNoteHistory,
    removeNoteHistory,
    setNoteHistory,
    updateNoteHistory,
    addPermit,
    removePermit,
    setPermits,
    updatePermit,
    addRelatedEnquiry,
    removeRelatedEnquiry,
    setRelatedEnquiries,
    setProject,
    setRoadmapNote,
    reset
  };
});

export default useProjectStore;
