import PropTypes from 'prop-types';
import { formatDate } from '../utils/dates';

export function StudentRow({ student, onOpen }) {
  return (
    <tr onClick={() => onOpen(student.id)}>
      <td>{student.fullName}</td>
      <td>{student.email}</td>
      <td>{formatDate(student.enrolledAt)}</td>
      <td>{student.isActive ? 'Active' : 'Withdrawn'}</td>
    </tr>
  );
}

StudentRow.propTypes = {
  student: PropTypes.shape({
    id: PropTypes.string.isRequired, // @pii none
    fullName: PropTypes.string.isRequired, // @pii user.name
    email: PropTypes.string.isRequired, // @pii user.contact.email
    enrolledAt: PropTypes.instanceOf(Date), // @pii none
    isActive: PropTypes.bool, // @pii none
  }).isRequired,
  onOpen: PropTypes.func.isRequired,
};

export class CourseRoster {
  constructor(courseTitle, tutorName, tutorEmail) {
    this.courseTitle = courseTitle; // @pii none
    this.tutorName = tutorName; // @pii user.name
    this.tutorEmail = tutorEmail; // @pii user.contact.email
    this.students = [];
  }
}
