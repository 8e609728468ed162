// Entry of the jira:issuePanel surface (module key linebridge-issue-panel).
import { bootstrap } from '@ui/bootstrap';
import { api } from './api';
import { App } from './App';

bootstrap(api, App);
