// Entry of the jira:issuePanel surface `linebridge-handoff-panel`: the handoff facts and the CSAT form.
import './handoff-panel.css';
import { bootstrap } from '@ui/bootstrap';
import { api } from './api';
import { App } from './App';

bootstrap(api, App);
