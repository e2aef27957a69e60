import { runProviderContract } from '../../../testkit/contract/provider-contract.js';
import { teamsContractFixture } from '../../../testkit/fakes/graph/fixture.js';

runProviderContract('teams (fake Microsoft Graph, Switchboard metadata on PGlite)', () => teamsContractFixture('pglite'));
