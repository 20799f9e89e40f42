import './define.js';

export { RelaisIntervieweeList } from './interviewee-list.js';
export { RelaisPerson } from './person.js';
export {
  HEADING_LEVELS,
  LIST_GROUPINGS,
  LIST_LAYOUTS,
  PEOPLE_INCLUDES,
  THEMES,
  type HeadingLevel,
  type ListGrouping,
  type ListLayout,
  type PeopleInclude,
  type Theme,
} from './interviewee-list.types.js';
export { RelaisErrorEvent, type RelaisErrorDetail } from '@relais/core';
export { VERSION } from './version.js';
