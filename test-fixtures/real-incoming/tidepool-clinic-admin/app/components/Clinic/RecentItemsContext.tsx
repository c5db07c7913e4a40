import React, {
  createContext,
  useContext,
  useState,
  useCallback,
  useMemo,
} from 'react';
import type {
  RecentPatient,
  RecentClinician,
  RecentPrescription,
} from './types';

type RecentItemsContextType = {
  recentPatients: RecentPatient[];
  recentClinicians: RecentClinician[];
  recentPrescriptions: RecentPrescription[];
  addRecentPatient: (patient: RecentPatient) => void;
  addRecentClinician: (clinician: RecentClinician) => void;
  addRecentPrescription: (prescription: RecentPrescription) => void;
  updateRecentPatients: (patients: RecentPatient[]) => void;
  updateRecentClinicians: (clinicians: RecentClinician[]) => void;
  updateRecentPrescriptions: (prescriptions: RecentPrescription[]) => void;
};

const RecentItemsContext = createContext<RecentItemsContextType | undefined>(
  undefined,
);

export function useRecentItems() {
  const context = useContext(RecentItemsContext);
  if (!context) {
    throw new Error('useRecentItems must be used within a RecentItemsProvider');
  }
  return context;
}

type RecentItemsProviderProps = {
  children: React.ReactNode;
  initialPatients?: RecentPatient[];
  initialClinicians?: RecentClinician[];
  initialPrescriptions?: RecentPrescription[];
};

export function RecentItemsProvider({
  children,
  initialPatients = [],
  initialClinicians = [],
  initialPrescriptions = [],
}: RecentItemsProviderProps) {
  const [recentPatients, setRecentPatients] =
    useState<RecentPatient[]>(initialPatients);
  const [recentClinicians, setRecentClinicians] =
    useState<RecentClinician[]>(initialClinicians);
  const [recentPrescriptions, setRecentPrescriptions] =
    useState<RecentPrescription[]>(initialPrescriptions);

  const addRecentPatient = useCallback((patient: RecentPatient) => {
    setRecentPatients((prev) => {
      // Remove existing entry if present
      const filtered = prev.filter((p) => p.id !== patient.id);
      // Add to beginning and keep only last 10
      return [patient, ...filtered].slice(0, 10);
    });
  }, []);

  const addRecentClinician = useCallback((clinician: RecentClinician) => {
    setRecentClinicians((prev) => {
      // Remove existing entry if present
      const filtered = prev.filter((c) => c.id !== clinician.id);
      // Add to beginning and keep only last 10
      return [clinician, ...filtered].slice(0, 10);
    });
  }, []);

  const addRecentPrescription = useCallback(
    (prescription: RecentPrescription) => {
      setRecentPrescriptions((prev) => {
        const filtered = prev.filter((p) => p.id !== prescription.id);
        return [prescription, ...filtered].slice(0, 10);
      });
    },
    [],
  );

  const updateRecentPatients = useCallback((patients: RecentPatient[]) => {
    setRecentPatients(patients);
  }, []);

  const updateRecentClinicians = useCallback(
    (clinicians: RecentClinician[]) => {
      setRecentClinicians(clinicians);
    },
    [],
  );

  const updateRecentPrescriptions = useCallback(
    (prescriptions: RecentPrescription[]) => {
      setRecentPrescriptions(prescriptions);
    },
    [],
  );

  const contextValue = useMemo(
    () => ({
      recentPatients,
      recentClinicians,
      recentPrescriptions,
      addRecentPatient,
      addRecentClinician,
      addRecentPrescription,
      updateRecentPatients,
      updateRecentClinicians,
      updateRecentPrescriptions,
    }),
    [
      recentPatients,
      recentClinicians,
      recentPrescriptions,
      addRecentPatient,
      addRecentClinician,
      addRecentPrescription,
      updateRecentPatients,
      updateRecentClinicians,
      updateRecentPrescriptions,
    ],
  );

  return (
    <RecentItemsContext.Provider value={contextValue}>
      {children}
    </RecentItemsContext.Provider>
  );
}
