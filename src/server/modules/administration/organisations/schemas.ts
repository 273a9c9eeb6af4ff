import { Type } from 'typebox';

// Requests and answers of organisation administration; the shapes live in the shared contract.
export {
  AdminOrganisation,
  CreateOrganisationRequest,
  OrganisationList,
  UpdateOrganisationRequest,
} from '../../../../contracts/administration.ts';

export const OrganisationParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
