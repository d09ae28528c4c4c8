import { ApiToken } from '../modules/api-token/api-token.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Department } from '../modules/user/department.entity';
import { User } from '../modules/user/user.entity';

export const entities = [User, Department, ApiToken, AuditLog];
