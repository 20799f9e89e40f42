import { defineOnce } from '@relais/core';
import { RelaisIntervieweeList } from './interviewee-list.js';
import { RelaisPerson } from './person.js';
import { VERSION } from './version.js';

// People first: a list upgraded after its children reads them through their properties.
defineOnce('relais-person', RelaisPerson, VERSION);
defineOnce('relais-interviewee-list', RelaisIntervieweeList, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'relais-interviewee-list': RelaisIntervieweeList;
    'relais-person': RelaisPerson;
  }
}
