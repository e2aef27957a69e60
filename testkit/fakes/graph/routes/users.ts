import { matchesFilter, page, pageSize, project } from '../odata.js';
import type { FakeGraphUser } from '../directory.js';
import { badRequest } from '../wire.js';
import { odataContext, type Route, type RouteCall } from './support.js';

/** Users of the tenant (`/users`, `/users/{id}`, `/me`) and the organization (the workspace's name). */

function userJson(user: FakeGraphUser): Record<string, unknown> {
  return {
    id: user.id,
    displayName: user.displayName,
    givenName: user.displayName.split(' ')[0],
    surname: user.displayName.split(' ').slice(1).join(' ') || null,
    mail: user.mail,
    userPrincipalName: user.userPrincipalName,
    userType: user.userType,
    jobTitle: null,
    businessPhones: [],
  };
}

function listUsers(call: RouteCall) {
  const users = [...call.tenant.users.values()]
    .map(userJson)
    .filter((json) => matchesFilter(json, call.query.filter, { displayName: ['eq', 'startswith'], mail: ['eq', 'startswith'], userPrincipalName: ['eq', 'startswith'], id: ['eq'] }))
    .sort((a, b) => String(a.displayName).localeCompare(String(b.displayName)) || String(a.id).localeCompare(String(b.id)));
  const result = page(users, call.query, pageSize(call.query, 100, 999), call.url);
  return { body: { '@odata.context': odataContext(call, 'users'), ...result, value: result.value.map((json) => project(json, call.query.select)) } };
}

export const userRouteTable: Route[] = [
  {
    name: 'me.get',
    method: 'GET',
    path: '/me',
    handler: (call) => {
      if (call.caller.userId === null) throw badRequest('/me request is only valid with delegated authentication flow.');
      return { body: project(userJson(call.tenant.requireUser(call.caller.userId)), call.query.select) };
    },
  },
  { name: 'users.list', method: 'GET', path: '/users', handler: listUsers },
  { name: 'user.get', method: 'GET', path: '/users/{userId}', handler: (call) => ({ body: project(userJson(call.tenant.requireUser(call.params.userId)), call.query.select) }) },
  {
    name: 'organization.list',
    method: 'GET',
    path: '/organization',
    handler: (call) => ({
      body: {
        '@odata.context': odataContext(call, 'organization'),
        value: [{ id: call.tenant.tenantId, displayName: call.tenant.displayName, verifiedDomains: [{ name: 'contoso.example', isDefault: true }] }],
      },
    }),
  },
];
