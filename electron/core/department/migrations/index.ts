/**
 * The department schema's numbered migrations, in order (issue 16). Each runs in its own
 * transaction with its row in `briefing.schema_migrations`; see ../migrate.ts.
 */
import { migration0010 } from './0010-fact-log';
import { migration0020 } from './0020-roles';
import { migration0030 } from './0030-notify';
import { migration0040 } from './0040-languages';
import { migration0050 } from './0050-source-metadata-changes';

export interface DepartmentMigration {
  version: number;
  name: string;
  /** Plain SQL, run as one multi-statement query; it names every object with its schema. */
  sql: string;
}

export const departmentMigrations: readonly DepartmentMigration[] = [migration0010, migration0020, migration0030, migration0040, migration0050];

export const latestDepartmentVersion = departmentMigrations[departmentMigrations.length - 1]!.version;
