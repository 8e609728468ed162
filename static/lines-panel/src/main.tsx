// Entry of the support-lines panel: jira:projectPage, jira:globalPage and jira:dashboardGadget (view and
// edit) share this resource; App.tsx picks the surface from the Forge context.
import './lines-panel.css';
import { bootstrap } from '@ui/bootstrap';
import { api } from './api';
import { App } from './App';

bootstrap(api, App);
