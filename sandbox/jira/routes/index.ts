// Every REST route of the Jira stand-in, in one table. Order does not matter: literal paths win over
// parameterised ones in matchRoute.
import type { Route } from '../http/route';
import { assigneeRoutes } from './issue-assignee';
import { attachmentRoutes } from './attachments';
import { bulkRoutes } from './bulk';
import { changelogRoutes } from './changelog';
import { commentRoutes } from './comments';
import { expressionRoutes } from './expression';
import { fieldRoutes } from './fields';
import { groupRoutes } from './groups';
import { issueRoutes } from './issues';
import { catalogRoutes } from './meta-catalog';
import { projectRoutes } from './meta-project';
import { userRoutes } from './meta-users';
import { propertyRoutes } from './properties';
import { screenSchemeRoutes } from './screen-schemes';
import { screenRoutes } from './screens';
import { searchRoutes } from './search';
import { transitionRoutes } from './transitions';
import { uiModificationRoutes } from './ui-modifications';
import { workflowRoutes } from './workflows';

export const ROUTES: readonly Route[] = [
  ...issueRoutes, ...transitionRoutes, ...commentRoutes, ...propertyRoutes, ...searchRoutes, ...changelogRoutes,
  ...fieldRoutes, ...screenRoutes, ...userRoutes, ...projectRoutes, ...catalogRoutes, ...uiModificationRoutes,
  ...attachmentRoutes, ...expressionRoutes, ...workflowRoutes, ...screenSchemeRoutes, ...bulkRoutes, ...assigneeRoutes,
  ...groupRoutes,
];
