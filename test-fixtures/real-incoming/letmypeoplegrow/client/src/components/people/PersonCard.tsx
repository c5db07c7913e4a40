import React from 'react';
import type { BadgeIconType } from '../icons/BadgeIcon';
import BackgroundCheckShield from '../icons/BackgroundCheckShield';
import PersonTileBadges from './PersonTileBadges';

interface Person {
  id: number;
  firstName: string;
  lastName: string;
  peopleType: 'regular' | 'local_visitor' | 'traveller_visitor';
  isChild?: boolean;
  badgeText?: string | null;
  badgeColor?: string | null;
  badgeIcon?: string | null;
  familyId?: number;
  familyName?: string;
  planningCenterId?: string;
  pcoBackgroundCheckCleared?: boolean | null;
  hasMedicalNotes?: boolean;
  gatheringAssignments?: Array<{
    id: number;
    name: string;
  }>;
  createdAt?: string;
}

interface BadgeInfo {
  text: string | null;
  icon: string;
  styles: {
    backgroundColor: string;
    color: string;
  };
}

interface PersonCardProps {
  person: Person;
  isSelected: boolean;
  onToggleSelection: (personId: number) => void;
  displayName: string;
  needsWideLayout: boolean;
  getGatheringColor: (gatheringId: number) => string;
  getStandardGatheringAssignments: (assignments?: Array<{ id: number; name: string }>) => Array<{ id: number; name: string }>;
  getBadgeInfo: (person: { isChild?: boolean; badgeText?: string | null; badgeColor?: string | null; badgeIcon?: string | null }) => BadgeInfo | null;
  variant?: 'grouped' | 'individual'; // grouped has more spacing, individual is compact
  planningCenterSyncIndicator?: boolean;
  showBackgroundCheckStatus?: boolean;
  medicalNotesIndicator?: { icon: BadgeIconType; color: string } | null;
}

const PersonCard: React.FC<PersonCardProps> = ({
  person,
  isSelected,
  onToggleSelection,
  displayName,
  needsWideLayout,
  getGatheringColor,
  getStandardGatheringAssignments,
  getBadgeInfo,
  variant = 'grouped',
  planningCenterSyncIndicator = false,
  showBackgroundCheckStatus = false,
  medicalNotesIndicator = null,
}) => {
  const standardGatherings = getStandardGatheringAssignments(person.gatheringAssignments);
  const isGrouped = variant === 'grouped';
  const badgeInfo = getBadgeInfo(person);

  return (
    <div
      key={person.id}
      className={`relative flex items-center ${isGrouped ? 'justify-between p-3' : 'space-x-3 p-2'} rounded-md ${
        isGrouped ? 'border-2' : 'border'
      } cursor-pointer transition-colors ${
        isSelected
          ? 'border-primary-500 bg-primary-50 dark:bg-primary-900/30'
          : isGrouped ? 'border-gray-200 dark:border-gray-600 hover:border-gray-300 dark:hover:border-gray-500' : 'border-gray-200 dark:border-gray-600 hover:bg-gray-50 dark:hover:bg-gray-700'
      } ${needsWideLayout ? 'col-span-2' : ''}`}
      onClick={() => onToggleSelection(person.id)}
    >
      <div className={`flex items-center space-x-3 ${isGrouped ? 'flex-1 min-w-0' : ''}`}>
        <input
          type="checkbox"
          checked={isSelected}
          onChange={() => onToggleSelection(person.id)}
          className="rounded border-gray-300 dark:border-gray-500 text-primary-600 focus:ring-primary-500 shrink-0"
          onClick={(e) => e.stopPropagation()}
        />
        <div className={isGrouped ? 'flex-1 min-w-0' : 'flex-1 min-w-0'}>
          <div className="flex items-center space-x-2 min-w-0">
            <span className="text-sm font-medium text-gray-900 dark:text-gray-100 truncate">
              {displayName}
            </span>
            {planningCenterSyncIndicator && person.planningCenterId && (
              <span className="shrink-0 inline-flex items-center px-1.5 py-0.5 rounded-full text-[10px] font-medium bg-green-100 text-green-800 dark:bg-green-900/40 dark:text-green-300">
                PCO
              </span>
            )}
            {showBackgroundCheckStatus && !person.isChild && (
              <BackgroundCheckShield cleared={person.pcoBackgroundCheckCleared} className="w-4 h-4" />
            )}
            <div className="flex items-center space-x-1 shrink-0">
              {standardGatherings.map(gathering => (
                <div
                  key={gathering.id}
                  className={`w-2 h-2 rounded-full ${getGatheringColor(gathering.id)}`}
                  title={gathering.name}
                ></div>
              ))}
            </div>
          </div>
        </div>
      </div>

      <PersonTileBadges
        displayName={displayName}
        badgeInfo={badgeInfo}
        hasMedicalNotes={person.hasMedicalNotes}
        medicalNotesIndicator={medicalNotesIndicator}
      />
    </div>
  );
};

export default PersonCard;
