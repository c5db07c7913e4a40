import React from 'react';
import { createPortal } from 'react-dom';
import { XMarkIcon } from '@heroicons/react/24/outline';
import BadgeEditor from './BadgeEditor';

interface Family {
  id: number;
  familyName: string;
}

interface GatheringType {
  id: number;
  name: string;
}

interface MassEditData {
  familyInput: string;
  selectedFamilyId: number | null;
  newFamilyName: string;
  firstName: string;
  lastName: string;
  peopleType: '' | 'regular' | 'local_visitor' | 'traveller_visitor';
  isChild: '' | 'true' | 'false';
  badgeText: string;
  badgeColor: string;
  badgeIcon: string;
  assignments: { [key: number]: boolean };
  initialAssignments: { [key: number]: boolean };
  originalAssignments: { [key: number]: Set<number> };
  applyToWholeFamily: boolean;
}

interface MassEditModalProps {
  isOpen: boolean;
  onClose: () => void;
  selectedCount: number;
  massEdit: MassEditData;
  setMassEdit: React.Dispatch<React.SetStateAction<MassEditData>>;
  families: Family[];
  gatheringTypes: GatheringType[];
  onSave: () => Promise<void>;
  error?: string;
  isLoading?: boolean;
  allSameAgeGroup?: boolean; // true when all selected people are either all adults or all children
  // Provider-neutral source-of-truth lock. Provider-managed fields are
  // disabled while local badge and gathering assignment controls stay usable.
  lockManagedFields?: boolean;
  managedByLabel?: string;
  lockedCount?: number;
}

const MassEditModal: React.FC<MassEditModalProps> = ({
  isOpen,
  onClose,
  selectedCount,
  massEdit,
  setMassEdit,
  families,
  gatheringTypes,
  onSave,
  error,
  isLoading = false,
  allSameAgeGroup = false,
  lockManagedFields = false,
  managedByLabel = 'the authoritative people source',
  lockedCount = 0
}) => {
  // Determine if this is a child (for showing badge editor)
  const isEditingChild = massEdit.isChild === 'true';
  // Show badge editor for single person, or for multiple people who are all the same age group
  const showBadgeSection = selectedCount === 1 || (selectedCount > 1 && allSameAgeGroup);

  if (!isOpen) return null;

  return createPortal(
    <div className="fixed inset-0 bg-gray-600/50 overflow-y-auto h-full w-full z-[9999]">
      <div className="flex items-center justify-center min-h-screen p-4">
        <div className="relative w-11/12 md:w-2/3 lg:w-1/2 max-w-3xl p-5 border shadow-lg rounded-md bg-white dark:bg-gray-800">
          <div className="flex items-center justify-between mb-4">
            <h3 className="text-lg font-medium text-gray-900 dark:text-gray-100">
              {selectedCount === 1 ? 'Edit Person' : `Edit ${selectedCount} Selected`}
            </h3>
            <button onClick={onClose} className="text-gray-400 hover:text-gray-600 dark:hover:text-gray-300">
              <XMarkIcon className="h-6 w-6" />
            </button>
          </div>
          
          {/* Summary of what will be changed */}
          <div className="bg-blue-50 dark:bg-blue-900/30 border border-blue-200 dark:border-blue-800 rounded-md p-3 mb-4">
            <div className="text-sm text-blue-800 dark:text-blue-300">
              <strong>Summary:</strong> Only fields with values will be updated. Leave fields blank to keep current values.
            </div>
          </div>

          {error && (
            <div className="bg-red-50 dark:bg-red-900/30 border border-red-200 dark:border-red-800 rounded-md p-4 mb-4">
              <div className="text-sm text-red-700 dark:text-red-400">{error}</div>
            </div>
          )}

          <div className="space-y-4">
            {/* Show firstName field only when editing single person */}
            {selectedCount === 1 && (
              <div>
                <div className="grid grid-cols-1 md:grid-cols-2 gap-4">
                  <div>
                    <label className="block text-sm font-medium text-gray-700 dark:text-gray-300">First Name</label>
                    <input
                      type="text"
                      value={massEdit.firstName}
                      onChange={(e) => setMassEdit(d => ({ ...d, firstName: e.target.value }))}
                      disabled={lockManagedFields}
                      className={`mt-1 block w-full border-gray-300 dark:border-gray-600 dark:bg-gray-700 dark:text-gray-100 rounded-md shadow-sm focus:ring-primary-500 focus:border-primary-500 ${lockManagedFields ? 'opacity-60 cursor-not-allowed' : ''}`}
                      placeholder="Enter first name"
                    />
                  </div>
                  <div>
                    <label className="block text-sm font-medium text-gray-700 dark:text-gray-300">Last Name</label>
                    <input
                      type="text"
                      value={massEdit.lastName}
                      onChange={(e) => setMassEdit(d => ({ ...d, lastName: e.target.value }))}
                      disabled={lockManagedFields}
                      className={`mt-1 block w-full border-gray-300 dark:border-gray-600 dark:bg-gray-700 dark:text-gray-100 rounded-md shadow-sm focus:ring-primary-500 focus:border-primary-500 ${lockManagedFields ? 'opacity-60 cursor-not-allowed' : ''}`}
                      placeholder="Leave blank to keep current last name"
                    />
                  </div>
                </div>
                {lockManagedFields && (
                  <p className="mt-1 text-xs text-gray-500 dark:text-gray-400">These fields are managed by {managedByLabel}.</p>
                )}
              </div>
            )}

            {/* Show bulk last name field for multiple people */}
            {selectedCount > 1 && (
              <div>
                <label className="block text-sm font-medium text-gray-700 dark:text-gray-300">Last Name</label>
                <input
                  type="text"
                  value={massEdit.lastName}
                  onChange={(e) => setMassEdit(d => ({ ...d, lastName: e.target.value }))}
                  disabled={lockManagedFields}
                  className={`mt-1 block w-full border-gray-300 dark:border-gray-600 dark:bg-gray-700 dark:text-gray-100 rounded-md shadow-sm focus:ring-primary-500 focus:border-primary-500 ${lockManagedFields ? 'opacity-60 cursor-not-allowed' : ''}`}
                  placeholder="Leave blank to keep current last names"
                />
                <div className="text-xs text-gray-500 dark:text-gray-400 mt-1">Enter a last name to set it for all selected people</div>
                {lockedCount > 0 && (
                  <div className="text-xs text-amber-700 dark:text-amber-400 mt-1">
                    {lockedCount} {managedByLabel}–managed {lockedCount === 1 ? 'person' : 'people'} won't have provider-managed fields changed.
                  </div>
                )}
              </div>
            )}

            <div>
              <label className="block text-sm font-medium text-gray-700 dark:text-gray-300">Family</label>
              <input
                type="text"
                list="family-options"
                value={massEdit.familyInput}
                disabled={lockManagedFields}
                onChange={(e) => {
                  const value = e.target.value;
                  const match = families.find(f => f.familyName.toLowerCase() === value.toLowerCase());
                  setMassEdit(d => ({ ...d, familyInput: value, selectedFamilyId: match ? match.id : null, newFamilyName: match ? '' : value }));
                }} 
                className={`mt-1 block w-full border-gray-300 dark:border-gray-600 dark:bg-gray-700 dark:text-gray-100 rounded-md shadow-sm focus:ring-primary-500 focus:border-primary-500 ${lockManagedFields ? 'opacity-60 cursor-not-allowed' : ''}`}
                placeholder="Search or type to create new family" 
              />
              <datalist id="family-options">
                {families.map(f => (
                  <option key={f.id} value={f.familyName} />
                ))}
              </datalist>
              <div className="text-xs text-gray-500 dark:text-gray-400 mt-1">
                Changing the family name will change the family name for all selected people.
              </div>
              
              {/* Apply to whole family checkbox */}
              <label className="flex items-center space-x-2 text-sm mt-2">
                <input 
                  type="checkbox" 
                  checked={massEdit.applyToWholeFamily} 
                  disabled={lockManagedFields}
                  onChange={(e) => setMassEdit(d => ({ ...d, applyToWholeFamily: e.target.checked }))} 
                  className="rounded border-gray-300 dark:border-gray-500 text-primary-600 focus:ring-primary-500" 
                />
                <span>Apply to entire family</span>
              </label>
              <div className="text-xs text-gray-500 dark:text-gray-400 mt-1">
                When checked, changes will affect all family members, even those not selected
              </div>
            </div>

            <div className="grid grid-cols-1 md:grid-cols-2 gap-4">
              <div>
                <label className="block text-sm font-medium text-gray-700 dark:text-gray-300">People Type</label>
                <select 
                  value={massEdit.peopleType} 
                  disabled={lockManagedFields}
                  onChange={(e) => setMassEdit(d => ({ ...d, peopleType: e.target.value as any }))} 
                  className={`mt-1 block w-full border-gray-300 dark:border-gray-600 dark:bg-gray-700 dark:text-gray-100 rounded-md shadow-sm focus:ring-primary-500 focus:border-primary-500 ${lockManagedFields ? 'opacity-60 cursor-not-allowed' : ''}`}
                >
                  <option value="">Do not change</option>
                  <option value="regular">Regular</option>
                  <option value="local_visitor">Local Visitor</option>
                  <option value="traveller_visitor">Traveller Visitor</option>
                </select>
                <div className="text-xs text-gray-500 dark:text-gray-400 mt-1">Select a type to change all selected people to that type</div>
              </div>
              <div>
                <label className="block text-sm font-medium text-gray-700 dark:text-gray-300">Adult / Child</label>
                <select
                  value={massEdit.isChild}
                  onChange={(e) => setMassEdit(d => ({ ...d, isChild: e.target.value as '' | 'true' | 'false' }))}
                  disabled={lockManagedFields}
                  className={`mt-1 block w-full border-gray-300 dark:border-gray-600 dark:bg-gray-700 dark:text-gray-100 rounded-md shadow-sm focus:ring-primary-500 focus:border-primary-500 ${lockManagedFields ? 'opacity-60 cursor-not-allowed' : ''}`}
                >
                  <option value="">Do not change</option>
                  <option value="false">Adult</option>
                  <option value="true">Child</option>
                </select>
                <div className="text-xs text-gray-500 dark:text-gray-400 mt-1">
                  {lockManagedFields ? `Managed by ${managedByLabel}` : 'Set adult or child status for selected people'}
                </div>
              </div>
            </div>

            {/* Badge Editor - single person or multi-person when all same age group */}
            {showBadgeSection && (
              <BadgeEditor
                badgeData={{
                  badgeText: massEdit.badgeText,
                  badgeColor: massEdit.badgeColor,
                  badgeIcon: massEdit.badgeIcon
                }}
                onBadgeChange={(updates) => setMassEdit(d => ({ ...d, ...updates }))}
                isChild={isEditingChild}
              />
            )}

            {gatheringTypes.length > 0 && (
              <div className="space-y-2">
                <div className="flex items-center justify-between">
                  <label className="block text-sm font-medium text-gray-700 dark:text-gray-300">Gathering Assignments</label>
                  <div className="text-xs text-gray-500 dark:text-gray-400">
                    Checked = Add to all selected, Unchecked = Remove from all selected
                  </div>
                </div>
                <div className="grid grid-cols-1 md:grid-cols-2 gap-2">
                  {gatheringTypes.map(g => (
                    <label key={g.id} className="flex items-center space-x-2 text-sm">
                      <input 
                        type="checkbox" 
                        checked={!!massEdit.assignments[g.id]} 
                        onChange={() => setMassEdit(d => ({ ...d, assignments: { ...d.assignments, [g.id]: !d.assignments[g.id] } }))} 
                        className="rounded border-gray-300 dark:border-gray-500 text-primary-600 focus:ring-primary-500" 
                      />
                      <span>{g.name}</span>
                    </label>
                  ))}
                </div>
                <div className="text-xs text-gray-500 dark:text-gray-400">
                  Changes will be applied to all selected people. Checked gatherings will be added, unchecked will be removed.
                </div>
              </div>
            )}

            <div className="flex justify-end space-x-3 pt-2">
              <button 
                onClick={onClose} 
                className="px-4 py-2 border border-gray-300 dark:border-gray-600 text-sm font-medium rounded-md text-gray-700 dark:text-gray-300 bg-white dark:bg-gray-700 hover:bg-gray-50 dark:hover:bg-gray-600"
                disabled={isLoading}
              >
                Cancel
              </button>
              <button 
                onClick={onSave} 
                className="px-4 py-2 border border-transparent text-sm font-medium rounded-md text-white bg-primary-600 hover:bg-primary-700 disabled:opacity-50"
                disabled={isLoading}
              >
                {isLoading ? 'Saving...' : 'Save Changes'}
              </button>
            </div>
          </div>
        </div>
      </div>
    </div>,
    document.body
  );
};

export default MassEditModal;
