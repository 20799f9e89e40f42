import './define.js';

export { RelaisIntervieweeList } from './interviewee-list.js';
export { RelaisPerson } from './person.js';
export {
  HEADING_LEVELS,
  LIST_GROUPINGS,
  LIST_INCLUDES,
  LIST_LAYOUTS,
  NAME_PARTICLES,
  THEMES,
  type HeadingLevel,
  type ListGrouping,
  type ListInclude,
  type ListLayout,
  type Theme,
} from './interviewee-list.types.js';
export { VERSION } from './version.js';
