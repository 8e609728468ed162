// Entry of the jira:adminPage surface (module key linebridge-admin, useAsConfig).
import './admin-page.css';
import { bootstrap } from '@ui/bootstrap';
import { api } from './api';
import { App } from './App';

bootstrap(api, App);
