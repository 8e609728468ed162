// Entry of the "File incident" surface: jira:projectPage, jira:globalPage and the jira:issueAction
// "File follow-up incident" all load this one resource.
import './file-incident.css';
import { bootstrap } from '@ui/bootstrap';
import { api } from './api';
import { App } from './App';

bootstrap(api, App);
